import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayMove } from '../../../src/sim/behaviour/migrateTiers';

/** What the migration pass decides with the exact hazards: -1 down, +1 up, 0 no move. */
function exactMove(u: number, z: number, down0: number, up0: number): number {
  const tilt = Math.exp(z);
  const pDown = 1 - Math.exp(-down0 / tilt), pUp = 1 - Math.exp(-up0 * tilt);
  return u < pDown ? -1 : u < pDown + pUp ? 1 : 0;
}

const hazard = fc.oneof(fc.constant(0), fc.double({ min: 1e-12, max: 3, noNaN: true }));

describe('mayMove (the migration pass skips draws that cannot move a trader)', () => {
  it('never rules out a draw that moves the trader, for any tilt and hazards', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), hazard, hazard, (u, z, down0, up0) => {
      if (!mayMove(u, z, down0, up0)) expect(exactMove(u, z, down0, up0)).toBe(0);
    }), { numRuns: 20000 });
  });

  it('holds at the edge, for draws just around the exact sum of both move probabilities', () => {
    fc.assert(fc.property(fc.double({ min: -0.6, max: 0.6, noNaN: true }), hazard, hazard, fc.integer({ min: -4, max: 4 }), (z, down0, up0, ulps) => {
      const tilt = Math.exp(z);
      const edge = 1 - Math.exp(-down0 / tilt) + (1 - Math.exp(-up0 * tilt));
      const u = Math.min(1 - 2 ** -53, Math.max(0, edge * (1 + ulps * 2 ** -52)));
      if (!mayMove(u, z, down0, up0)) expect(exactMove(u, z, down0, up0)).toBe(0);
    }), { numRuns: 20000 });
  });

  it('rules out most draws at weekly hazards, with and without the exponential', () => {
    // A week of turnover (about 0.1-0.3 a year) gives move probabilities well under 1 %.
    const down0 = 0.2 * 7 / 365, up0 = 0.05 * 7 / 365;
    let skipped = 0, skippedWide = 0;
    for (let k = 0; k < 1000; k++) {
      const u = (k + 0.5) / 1000;
      if (!mayMove(u, 0.3 * Math.sin(k), down0, up0)) skipped++;
      if (!mayMove(u, 2 + Math.sin(k), down0, up0)) skippedWide++;
    }
    expect(skipped).toBeGreaterThan(950);
    expect(skippedWide).toBeGreaterThan(800);
  });
});
