import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wilsonInterval } from '../../../src/sim/kpi/wilsonInterval';
import { mulberry32 } from '../support/stats';

/** Two-sided 95 % normal quantile (standard tables). */
const Z = 1.959964;

/**
 * Wilson's bounds as the roots of (p_hat - p)^2 = z^2 p (1 - p) / n, a quadratic in p:
 * (1 + z^2/n) p^2 - (2 p_hat + z^2/n) p + p_hat^2 = 0. Solved directly, not by the centre/half form.
 */
function wilsonRoots(x: number, n: number): [number, number] {
  const ph = x / n;
  const a = 1 + (Z * Z) / n, b = -(2 * ph + (Z * Z) / n), c = ph * ph;
  const disc = Math.sqrt(Math.max(0, b * b - 4 * a * c));
  return [(-b - disc) / (2 * a), (-b + disc) / (2 * a)];
}

describe('wilsonInterval', () => {
  it('matches the roots of the Wilson score equation for several (x, n)', () => {
    for (const [x, n] of [[0, 10], [1, 10], [5, 10], [10, 10], [3, 500], [15, 500], [250, 500], [1, 1], [7, 12345]]) {
      const r = wilsonInterval(x, n);
      const [lo, hi] = wilsonRoots(x, n);
      expect(r.rate).toBeCloseTo(x / n, 12);
      expect(r.low, `${x}/${n}`).toBeCloseTo(lo, 5);
      expect(r.high, `${x}/${n}`).toBeCloseTo(hi, 5);
      expect(r.sample).toBe(n);
    }
  });

  it('gives rate 0 and the whole [0, 1] for an empty sample', () => {
    expect(wilsonInterval(0, 0)).toEqual({ rate: 0, low: 0, high: 1, sample: 0 });
  });

  it('contains the observed proportion and stays within [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))), ([x, n]) => {
        const r = wilsonInterval(x, n);
        expect(r.low).toBeGreaterThanOrEqual(0);
        expect(r.high).toBeLessThanOrEqual(1);
        expect(r.low).toBeLessThanOrEqual(r.rate + 1e-12);
        expect(r.high).toBeGreaterThanOrEqual(r.rate - 1e-12);
      }),
    );
  });

  it('narrows as the sample grows at a fixed proportion', () => {
    let width = Infinity;
    for (const n of [20, 200, 2000, 20000]) {
      const r = wilsonInterval(n * 0.03, n);
      expect(r.high - r.low).toBeLessThan(width);
      width = r.high - r.low;
    }
  });

  it('covers the true proportion in about 95 % of simulated samples (p = 0.03, n = 500)', () => {
    const p = 0.03, n = 500, trials = 2000;
    const rnd = mulberry32(20240601);
    let covered = 0;
    for (let t = 0; t < trials; t++) {
      let x = 0;
      for (let k = 0; k < n; k++) if (rnd() < p) x++;
      const r = wilsonInterval(x, n);
      if (r.low <= p && p <= r.high) covered++;
    }
    const coverage = covered / trials;
    expect(coverage).toBeGreaterThan(0.92);
    expect(coverage).toBeLessThan(0.98);
  });
});
