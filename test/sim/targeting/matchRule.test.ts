import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileRules, type RuleInput } from '../../../src/sim/targeting/compileRules';
import { matchRule, readField } from '../../../src/sim/targeting/matchRule';
import { ruleSchema } from '../../../src/sim/config/schema';
import { findIndicator } from '../../../src/sim/indicators/catalogue';
import { COMMODITIES } from '../../../src/sim/world/commodities';
import { COUNTRIES } from '../../../src/sim/world/countries';
import { F } from '../../../src/sim/targeting/compileRules';
import { country, dayOf, plainRow, tinyWorld, type RowFields } from '../support/dayFixture';

const world = tinyWorld();
const OFFICES = world.scenario.offices.map((o) => o.id);
const CHAPTERS = Uint8Array.from(COMMODITIES.map((c) => Number(c.hs6.slice(0, 2))));
const G3 = findIndicator('G3');

function compiled(conditions: RuleInput['conditions']) {
  const { rules, issues } = compileRules([ruleSchema.parse({ id: 'r', name: 'rule', status: 'active', conditions })], OFFICES);
  expect(issues).toEqual([]);
  return rules[0];
}

/** Indicator words with the given bits set. */
function bits(...ids: number[]): { indicatorsLo: number; indicatorsHi: number } {
  let lo = 0, hi = 0;
  for (const b of ids) if (b < 32) lo = (lo | (1 << b)) >>> 0; else hi = (hi | (1 << (b - 32))) >>> 0;
  return { indicatorsLo: lo, indicatorsHi: hi };
}

function matches(rule: ReturnType<typeof compiled>, rows: readonly RowFields[]): boolean[] {
  const day = dayOf(100, rows);
  return rows.map((_, i) => matchRule(rule, day, world.pop, CHAPTERS, i));
}

describe('matchRule', () => {
  it('matches exactly the declarations from CN or HK that carry G3', () => {
    const rule = compiled([{ field: 'origin', op: 'in', value: ['CN', 'HK'] }, { indicator: 'G3' }]);
    const p = plainRow(world, 0);
    const rows = [
      { ...p, origin: country('CN'), ...bits(G3) },
      { ...p, origin: country('HK'), ...bits(G3, findIndicator('I2')) },
      { ...p, origin: country('CN'), ...bits(findIndicator('G5')) },
      { ...p, origin: country('DE'), ...bits(G3) },
      { ...p, origin: country('TH'), ...bits() },
    ];
    expect(matches(rule, rows)).toEqual([true, true, false, false, false]);
  });

  it('matches origin-in-list and G3 for arbitrary declarations exactly when both hold', () => {
    const rule = compiled([{ field: 'origin', op: 'in', value: ['CN', 'HK'] }, { indicator: 'G3' }]);
    const inList = new Set([country('CN'), country('HK')]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ origin: fc.integer({ min: 0, max: COUNTRIES.length - 1 }), lo: fc.nat(), hi: fc.nat() }), { minLength: 1, maxLength: 20 }),
        (rows) => {
          const got = matches(rule, rows.map((r) => ({ ...plainRow(world, 0), origin: r.origin, indicatorsLo: r.lo >>> 0, indicatorsHi: r.hi >>> 0 })));
          const want = rows.map((r) => inList.has(r.origin) && ((r.lo >>> G3) & 1) === 1);
          expect(got).toEqual(want);
        },
      ),
    );
  });

  it('compares numeric fields with !=, <, >= as JavaScript does', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (value, threshold) => {
        const rows = [{ ...plainRow(world, 0), declaredValue: value }, { ...plainRow(world, 0), declaredValue: threshold }];
        expect(matches(compiled([{ field: 'declaredValue', op: '!=', value: threshold }]), rows)).toEqual([value !== threshold, false]);
        expect(matches(compiled([{ field: 'declaredValue', op: '<', value: threshold }]), rows)).toEqual([value < threshold, false]);
        expect(matches(compiled([{ field: 'declaredValue', op: '>=', value: threshold }]), rows)).toEqual([value >= threshold, true]);
      }),
    );
  });

  it('compares an integer field at the boundary', () => {
    const rows = [3, 4, 5].map((n) => ({ ...plainRow(world, 0), parcelItems: n }));
    expect(matches(compiled([{ field: 'parcelItems', op: '<', value: 4 }]), rows)).toEqual([true, false, false]);
    expect(matches(compiled([{ field: 'parcelItems', op: '>=', value: 4 }]), rows)).toEqual([false, true, true]);
    expect(matches(compiled([{ field: 'parcelItems', op: '!=', value: 4 }]), rows)).toEqual([true, false, true]);
    expect(matches(compiled([{ field: 'parcelItems', op: 'notIn', value: [3, 5] }]), rows)).toEqual([false, true, false]);
  });

  it('negates an indicator condition', () => {
    const rule = compiled([{ indicator: 'G3', negate: true }]);
    const I2 = findIndicator('I2');
    const rows = [bits(G3), bits(), bits(I2), bits(G3, I2)].map((b) => ({ ...plainRow(world, 0), ...b }));
    expect(matches(rule, rows)).toEqual([false, true, true, false]);
    const hiRule = compiled([{ indicator: 'I2', negate: true }]);
    expect(matches(hiRule, rows)).toEqual([true, true, false, false]);
  });

  it('reads importer fields from the population as it stands', () => {
    const imp = 0;
    world.pop.firstDay[imp] = 40;
    const rows = [{ ...plainRow(world, imp) }];
    const day = dayOf(100, rows);
    expect(readField(day, world.pop, CHAPTERS, F.importerTenureDays, 0)).toBe(60);
    expect(matches(compiled([{ field: 'importerTenureDays', op: '<', value: 90 }]), rows)).toEqual([true]);
    world.pop.firstDay[imp] = -500;
    expect(matches(compiled([{ field: 'importerTenureDays', op: '<', value: 90 }]), rows)).toEqual([false]);
    expect(readField(day, world.pop, CHAPTERS, F.hsChapter, 0)).toBe(Number(COMMODITIES[rows[0].commodity!].hs6.slice(0, 2)));
  });

  it('requires every condition (an empty intersection matches nothing)', () => {
    const rule = compiled([{ field: 'origin', op: '=', value: 'CN' }, { field: 'origin', op: '=', value: 'HK' }]);
    const rows = ['CN', 'HK', 'DE'].map((c) => ({ ...plainRow(world, 0), origin: country(c) }));
    expect(matches(rule, rows)).toEqual([false, false, false]);
  });
});
