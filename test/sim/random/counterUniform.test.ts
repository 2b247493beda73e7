import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { counterKey, counterUniform } from '../../../src/sim/random/counterUniform';
import { binUniform, chiSquareUniform, CHI2_19_P001, correlation } from '../support/stats';

const N = 200_000;

describe('counterUniform', () => {
  it('is pure: the same (key, id, purpose) always gives the same value in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.maxSafeNat(), fc.nat({ max: 64 }), (key, id, purpose) => {
        const a = counterUniform(key, id, purpose);
        // Other calls in between must not change the answer (no hidden state).
        counterUniform(key, id + 1, purpose);
        counterUniform(key ^ 1, id, purpose + 1);
        const b = counterUniform(key, id, purpose);
        expect(b).toBe(a);
        expect(a >= 0 && a < 1).toBe(true);
      }),
    );
  });

  it('is uniform over consecutive ids (chi-square over 20 bins)', () => {
    const key = counterKey(42, 'service');
    for (const purpose of [0, 3]) {
      const counts = binUniform({ *[Symbol.iterator]() { for (let id = 0; id < N; id++) yield counterUniform(key, id, purpose); } }, 20);
      expect(chiSquareUniform(counts), `purpose ${purpose}`).toBeLessThan(CHI2_19_P001);
    }
  });

  it('is uniform over ids above 2^32 (high word used)', () => {
    const key = counterKey(7, 'targeting');
    const base = 3 * 2 ** 32;
    const counts = binUniform({ *[Symbol.iterator]() { for (let k = 0; k < N; k++) yield counterUniform(key, base + k * 2 ** 32, 0); } }, 20);
    expect(chiSquareUniform(counts)).toBeLessThan(CHI2_19_P001);
  });

  it('looks independent across purposes, neighbouring ids and subsystem keys (correlation near 0)', () => {
    const n = 100_000;
    const k1 = counterKey(42, 'service'), k2 = counterKey(42, 'detection');
    const p0 = new Float64Array(n), p1 = new Float64Array(n), next = new Float64Array(n), other = new Float64Array(n);
    for (let id = 0; id < n; id++) {
      p0[id] = counterUniform(k1, id, 0);
      p1[id] = counterUniform(k1, id, 1);
      next[id] = counterUniform(k1, id + 1, 0);
      other[id] = counterUniform(k2, id, 0);
    }
    // Under independence the sample correlation has sd 1/sqrt(n); allow 4 sd.
    const tol = 4 / Math.sqrt(n);
    expect(Math.abs(correlation(p0, p1))).toBeLessThan(tol);
    expect(Math.abs(correlation(p0, next))).toBeLessThan(tol);
    expect(Math.abs(correlation(p0, other))).toBeLessThan(tol);
  });
});

describe('counterKey', () => {
  it('differs between seeds and between subsystems, and repeats for the same pair', () => {
    expect(counterKey(1, 'service')).toBe(counterKey(1, 'service'));
    const keys = new Set([counterKey(1, 'service'), counterKey(2, 'service'), counterKey(1, 'detection'), counterKey(1, 'targeting'), counterKey(1, '')]);
    expect(keys.size).toBe(5);
  });
});
