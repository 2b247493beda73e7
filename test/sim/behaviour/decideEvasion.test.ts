import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideEvasion, delayCostPerUsd, evasionMargin, evasionProbability, evasionThreshold } from '../../../src/sim/behaviour/decideEvasion';

describe('the evasion decision (Allingham-Sandmo / Becker, customs form)', () => {
  it('a risk-neutral trader evades exactly when the detection probability is below g / (g + F)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (g, f, q) => {
        const threshold = evasionThreshold(g, f);
        fc.pre(Math.abs(q - threshold) > 1e-9);
        expect(decideEvasion(g, f, q)).toBe(q < threshold);
      }),
    );
  });

  it('with the penalty a multiple m of the duty the threshold is 1 / (1 + m), and the per-USD margin changes sign there', () => {
    for (const m of [2, 4, 6]) {
      expect(evasionThreshold(100, 100 * m)).toBeCloseTo(1 / (1 + m), 12);
      expect(evasionMargin(1 / (1 + m) - 0.01, m, 0, 0)).toBeGreaterThan(0);
      expect(evasionMargin(1 / (1 + m) + 0.01, m, 0, 0)).toBeLessThan(0);
    }
  });

  it('delay and moral costs lower the margin one for one', () => {
    expect(evasionMargin(0.1, 4, 0.05, 0.2)).toBeCloseTo(1 - 0.5 - 0.05 - 0.2, 12);
    expect(delayCostPerUsd(0.05, 2, 0.01, 0.05)).toBeCloseTo(0.02, 12);
  });

  it('the quantal response is a sigmoid in margin / noise, deterministic at noise 0 and monotone', () => {
    expect(evasionProbability(0.3, 0)).toBe(1);
    expect(evasionProbability(-0.3, 0)).toBe(0);
    expect(evasionProbability(0, 0.5)).toBeCloseTo(0.5, 12);
    expect(evasionProbability(0.5, 0.5)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 3, noNaN: true }), (m, dm, noise) => {
        const p = evasionProbability(m, noise);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(evasionProbability(m + dm, noise)).toBeGreaterThanOrEqual(p);
      }),
    );
  });
});
