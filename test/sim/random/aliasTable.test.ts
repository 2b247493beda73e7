import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAliasTable, pickAlias, type AliasTable } from '../../../src/sim/random/aliasTable';
import { mulberry32 } from '../support/stats';

/** The exact probability of each outcome implied by the table: keep[i]/n plus what other columns alias to i. */
function impliedProbabilities(t: AliasTable): number[] {
  const p = new Array<number>(t.size).fill(0);
  for (let col = 0; col < t.size; col++) {
    p[col] += t.keep[col] / t.size;
    p[t.alias[col]] += (1 - t.keep[col]) / t.size;
  }
  return p;
}

/** Weight vectors of 1-12 outcomes, some zero, at least one positive. */
const weightsArb = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 100, noNaN: true })), { minLength: 1, maxLength: 12 })
  .filter((w) => w.some((x) => x > 0));

describe('createAliasTable / pickAlias', () => {
  it('implies exactly the normalized weights', () => {
    fc.assert(
      fc.property(weightsArb, (w) => {
        const total = w.reduce((a, b) => a + b, 0);
        const p = impliedProbabilities(createAliasTable(w));
        w.forEach((x, i) => expect(p[i]).toBeCloseTo(x / total, 9));
      }),
      { numRuns: 300 },
    );
  });

  it('picks outcomes with frequencies matching the normalized weights', () => {
    fc.assert(
      fc.property(weightsArb, fc.integer(), (w, seed) => {
        const total = w.reduce((a, b) => a + b, 0);
        const table = createAliasTable(w);
        const rnd = mulberry32(seed);
        const n = 20_000;
        const counts = new Array<number>(w.length).fill(0);
        for (let k = 0; k < n; k++) counts[pickAlias(table, rnd())]++;
        w.forEach((x, i) => {
          const p = x / total;
          // 5 binomial standard errors, plus a little slack for p near 0 or 1.
          expect(Math.abs(counts[i] / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n) + 1e-3);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('never picks a zero-weight outcome, whatever the uniform', () => {
    fc.assert(
      fc.property(weightsArb, fc.nat({ max: 11 }), (w0, z) => {
        const w = [...w0];
        w.splice(z % (w.length + 1), 0, 0); // at least one zero-weight outcome, anywhere
        const table = createAliasTable(w);
        // A fine grid over [0, 1) plus the values just below every column boundary.
        const us: number[] = [];
        for (let k = 0; k < 5000; k++) us.push(k / 5000);
        for (let col = 1; col <= w.length; col++) us.push(col / w.length - 1e-12, (col - 1) / w.length);
        us.push(1 - 2 ** -53);
        const bad = us.filter((u) => {
          const pick = pickAlias(table, u);
          return !(pick >= 0 && pick < w.length && w[pick] > 0);
        });
        expect(bad).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('always picks the only positive outcome', () => {
    const table = createAliasTable([0, 0, 3, 0]);
    for (let k = 0; k < 1000; k++) expect(pickAlias(table, k / 1000)).toBe(2);
  });

  it('throws when no weight is positive', () => {
    expect(() => createAliasTable([0, 0, 0])).toThrow(/positive sum/);
    expect(() => createAliasTable([])).toThrow(/positive sum/);
  });
});
