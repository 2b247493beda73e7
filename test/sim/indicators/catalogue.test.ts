import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultIndicatorWeights, findIndicator, hasIndicator, INDICATOR_COUNT, INDICATORS,
} from '../../../src/sim/indicators/catalogue';
import { BUILTIN_SCENARIOS } from '../../../src/sim/config/builtinScenarios';
import { MODES } from '../../../src/sim/declarations/codes';

describe('indicator catalogue', () => {
  it('has at least 30 indicators with unique ids, each on a bit below 64', () => {
    expect(INDICATOR_COUNT).toBe(INDICATORS.length);
    expect(INDICATOR_COUNT).toBeGreaterThanOrEqual(30);
    expect(new Set(INDICATORS.map((x) => x.id)).size).toBe(INDICATOR_COUNT);
    INDICATORS.forEach((x, i) => {
      const bit = findIndicator(x.id);
      expect(bit).toBe(i);
      expect(bit).toBeLessThan(64);
    });
  });

  it('describes every indicator with known modes, a name and a test', () => {
    for (const x of INDICATORS) {
      expect(x.id).toMatch(/^[GMALI]\d+$/);
      expect(x.name.length).toBeGreaterThan(0);
      expect(x.test.length).toBeGreaterThan(0);
      expect(x.modes.length).toBeGreaterThan(0);
      for (const m of x.modes) expect(MODES).toContain(m);
    }
  });

  it('returns -1 for an unknown id', () => {
    expect(findIndicator('G0')).toBe(-1);
    expect(findIndicator('g3')).toBe(-1);
    expect(findIndicator('')).toBe(-1);
  });

  it('only weighs and references indicators that exist, in every built-in scenario', () => {
    for (const id of Object.keys(defaultIndicatorWeights())) expect(findIndicator(id), id).toBeGreaterThanOrEqual(0);
    for (const scenario of Object.values(BUILTIN_SCENARIOS)) {
      for (const id of Object.keys(scenario.policy.indicatorWeights)) expect(findIndicator(id), id).toBeGreaterThanOrEqual(0);
      for (const rule of scenario.policy.rules) {
        for (const c of rule.conditions) if ('indicator' in c) expect(findIndicator(c.indicator), c.indicator).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives default weights equal to the catalogue defaults', () => {
    const w = defaultIndicatorWeights();
    expect(Object.keys(w)).toHaveLength(INDICATOR_COUNT);
    for (const x of INDICATORS) expect(w[x.id]).toBe(x.defaultWeight);
  });

  it('reads bits 0-31 from the low word and 32-63 from the high word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 63 }), (bit) => {
        const lo = new Uint32Array(2), hi = new Uint32Array(2);
        if (bit < 32) lo[1] = 2 ** bit; else hi[1] = 2 ** (bit - 32);
        for (let b = 0; b < 64; b++) {
          expect(hasIndicator(lo, hi, 1, b)).toBe(b === bit);
          expect(hasIndicator(lo, hi, 0, b)).toBe(false);
        }
      }),
      { numRuns: 64 },
    );
  });
});
