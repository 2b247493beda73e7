import type { ProportionEstimate } from './kpiTypes';

/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion (Wilson 1927; recommended over the Wald interval for the
 * small non-compliance rates of customs random samples, Brown, Cai & DasGupta 2001). With no sample
 * the estimate is 0 with the uninformative interval [0, 1].
 */
export function wilsonInterval(successes: number, n: number): ProportionEstimate {
  if (n <= 0) return { rate: 0, low: 0, high: 1, sample: 0 };
  const p = successes / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), sample: n };
}
