import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalFromUniform } from '../../../src/sim/random/normalTable';

/** Midpoints of a fine grid over (0, 1): an exact stand-in for integrating over a uniform u. */
const M = 1_000_000;
const grid = (f: (z: number) => number): number => {
  let s = 0;
  for (let k = 0; k < M; k++) s += f(normalFromUniform((k + 0.5) / M));
  return s / M;
};

describe('normalFromUniform', () => {
  it('has mean about 0 and standard deviation about 1', () => {
    const mean = grid((z) => z);
    const sd = Math.sqrt(grid((z) => z * z) - mean * mean);
    expect(Math.abs(mean)).toBeLessThan(1e-3);
    // Tails are cut at |z| = 3.6, which removes about 0.06 % of the variance.
    expect(Math.abs(sd - 1)).toBeLessThan(5e-3);
  });

  it('puts about 95 % of the mass within |z| < 1.96 and about 68.3 % within 1', () => {
    expect(Math.abs(grid((z) => (Math.abs(z) < 1.959964 ? 1 : 0)) - 0.95)).toBeLessThan(2e-3);
    expect(Math.abs(grid((z) => (Math.abs(z) < 1 ? 1 : 0)) - 0.682689)).toBeLessThan(2e-3);
  });

  it('is the normal quantile at known points', () => {
    expect(normalFromUniform(0.5)).toBeCloseTo(0, 3);
    expect(normalFromUniform(0.975)).toBeCloseTo(1.959964, 2);
    expect(normalFromUniform(0.025)).toBeCloseTo(-1.959964, 2);
    expect(normalFromUniform(0.8413447)).toBeCloseTo(1, 2);
  });

  it('is monotone non-decreasing in u', () => {
    let prev = -Infinity;
    let violations = 0;
    for (let k = 0; k < M; k++) {
      const z = normalFromUniform(k / M);
      if (z < prev) violations++;
      prev = z;
    }
    expect(violations).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(normalFromUniform(lo)).toBeLessThanOrEqual(normalFromUniform(hi));
      }),
    );
  });

  it('is antisymmetric about u = 0.5 and bounded by the 3.6 tail cut', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4095 }), (k) => {
        // On table knots the interpolation is exact, so symmetry holds to rounding.
        expect(normalFromUniform(k / 4096) + normalFromUniform(1 - k / 4096)).toBeCloseTo(0, 6);
      }),
    );
    expect(Math.abs(normalFromUniform(0))).toBeLessThan(3.7);
    expect(Math.abs(normalFromUniform(1 - 2 ** -40))).toBeLessThan(3.7);
  });
});
