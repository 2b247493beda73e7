/**
 * Small statistical helpers shared by the simulation-core tests. Independent of src/sim on purpose:
 * the tests check the core's random machinery against these, never against itself.
 */

/** mulberry32 (Tommy Ettinger, public domain): a small seeded uniform generator in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pearson's chi-square statistic of observed bin counts against a uniform expectation. */
export function chiSquareUniform(counts: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  const expected = total / counts.length;
  let chi = 0;
  for (let i = 0; i < counts.length; i++) chi += (counts[i] - expected) ** 2 / expected;
  return chi;
}

/**
 * Upper 0.1 % critical value of the chi-square distribution with 19 degrees of freedom (20 bins),
 * from standard tables: a uniform source exceeds it with probability 0.001.
 */
export const CHI2_19_P001 = 43.82;

/** Counts of `values` (each in [0, 1)) in `bins` equal-width bins. */
export function binUniform(values: Iterable<number>, bins: number): Float64Array {
  const counts = new Float64Array(bins);
  for (const v of values) counts[Math.floor(v * bins)]++;
  return counts;
}

/** Sample mean and (unbiased) variance. */
export function meanVar(xs: ArrayLike<number>): { mean: number; variance: number } {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  const mean = s / xs.length;
  let ss = 0;
  for (let i = 0; i < xs.length; i++) ss += (xs[i] - mean) ** 2;
  return { mean, variance: ss / (xs.length - 1) };
}

/** Pearson correlation of two equally long samples. */
export function correlation(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const a = meanVar(xs), b = meanVar(ys);
  let c = 0;
  for (let i = 0; i < xs.length; i++) c += (xs[i] - a.mean) * (ys[i] - b.mean);
  return c / (xs.length - 1) / Math.sqrt(a.variance * b.variance);
}

/** Standard error of the difference of two proportions with pooled rate `p`. */
export function twoProportionSe(p: number, n1: number, n2: number): number {
  return Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
}
