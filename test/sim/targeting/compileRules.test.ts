import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileRules, F, LANE_RANK, OP, RANK_LANE, type RuleInput } from '../../../src/sim/targeting/compileRules';
import { ruleSchema, type Rule } from '../../../src/sim/config/schema';
import { findIndicator } from '../../../src/sim/indicators/catalogue';
import { MODES, LANES } from '../../../src/sim/declarations/codes';
import { COMMODITIES } from '../../../src/sim/world/commodities';
import { findCountry } from '../../../src/sim/world/countries';

const OFFICES = ['port', 'airport', 'express', 'border'];

function rule(conditions: RuleInput['conditions'], extra: Partial<RuleInput> = {}): Rule {
  return ruleSchema.parse({ id: 'r', name: 'test rule', status: 'active', conditions, ...extra });
}

function compileOne(conditions: RuleInput['conditions'], extra: Partial<RuleInput> = {}) {
  return compileRules([rule(conditions, extra)], OFFICES);
}

describe('compileRules', () => {
  it('compiles indicators to their bits and negate to the "not" operator', () => {
    const { rules, issues } = compileOne([{ indicator: 'G3' }, { indicator: 'I2', negate: true }]);
    expect(issues).toEqual([]);
    expect(rules[0].conditions.map((c) => [c.field, c.op])).toEqual([[findIndicator('G3'), OP.indicator], [findIndicator('I2'), OP.notIndicator]]);
  });

  it('encodes countries (any case), offices, modes, HS6 codes and booleans as column values', () => {
    const { rules, issues } = compileOne([
      { field: 'origin', op: 'in', value: ['hk', 'CN'] },
      { field: 'office', op: '=', value: 'border' },
      { field: 'mode', op: '!=', value: 'express' },
      { field: 'hs6', op: 'in', value: [COMMODITIES[3].hs6] },
      { field: 'aeo', op: '=', value: true },
    ]);
    expect(issues).toEqual([]);
    const [origin, office, mode, hs6, aeo] = rules[0].conditions;
    expect(origin.field).toBe(F.origin);
    expect(Array.from(origin.set)).toEqual([findCountry('CN'), findCountry('HK')].sort((a, b) => a - b));
    expect([office.op, office.value]).toEqual([OP.eq, 3]);
    expect([mode.op, mode.value]).toEqual([OP.ne, MODES.indexOf('express')]);
    expect(Array.from(hs6.set)).toEqual([3]);
    expect(aeo.value).toBe(1);
  });

  it('keeps numbers for numeric fields with every comparison operator', () => {
    const ops = ['=', '!=', '<', '<=', '>', '>='] as const;
    const expected = [OP.eq, OP.ne, OP.lt, OP.le, OP.gt, OP.ge];
    fc.assert(
      fc.property(fc.constantFrom(...ops.keys()), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (k, v) => {
        const { rules, issues } = compileOne([{ field: 'declaredValue', op: ops[k], value: v }]);
        expect(issues).toEqual([]);
        expect(rules[0].conditions[0]).toMatchObject({ field: F.declaredValue, op: expected[k], value: v });
      }),
    );
  });

  it('maps each lane to its precedence rank and back (green < blue < yellow < red)', () => {
    for (const lane of ['yellow', 'red', 'blue'] as const) {
      const { rules } = compileOne([{ indicator: 'G1' }], { lane });
      expect(LANES[RANK_LANE[rules[0].laneRank]]).toBe(lane);
    }
    expect(compileOne([{ indicator: 'G1' }]).rules[0].laneRank).toBe(0);
    expect([...LANE_RANK.keys()].sort((a, b) => LANE_RANK[a] - LANE_RANK[b]).map((l) => LANES[l])).toEqual(['green', 'blue', 'yellow', 'red']);
  });

  it('reports an unknown office with the offices that exist', () => {
    const { issues } = compileOne([{ indicator: 'G1' }, { field: 'office', op: '=', value: 'harbour' }]);
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('0.conditions.1.value');
    for (const id of ['harbour', ...OFFICES]) expect(issues[0].message).toContain(id);
  });

  it('reports an order comparison on a categorical field', () => {
    for (const [field, value] of [['origin', 'CN'], ['mode', 'sea'], ['office', 'port'], ['hs6', COMMODITIES[0].hs6]] as const) {
      const { issues } = compileOne([{ field, op: '<', value }]);
      expect(issues.map((i) => i.path), field).toEqual(['0.conditions.0.op']);
      expect(issues[0].message).toContain(field);
    }
  });

  it('reports a list given to a single-value operator', () => {
    const { issues } = compileOne([{ field: 'origin', op: '=', value: ['CN', 'HK'] }]);
    expect(issues.map((i) => i.path)).toEqual(['0.conditions.0.value']);
    expect(issues[0].message).toMatch(/one value/);
  });

  it('reports unknown indicators, categories, countries, HS codes, wrong types and duplicate ids at their paths', () => {
    const bad = compileRules([
      rule([{ indicator: 'X1' }]),
      rule([{ field: 'paymentType', op: '=', value: 'bitcoin' }, { field: 'departure', op: 'in', value: ['ZZ'] }]),
      rule([{ field: 'hs6', op: '=', value: '12' }, { field: 'transshipped', op: '=', value: 1 }, { field: 'massKg', op: '>', value: 'heavy' }], { id: 'r' }),
    ], OFFICES);
    expect(bad.issues.map((i) => i.path).sort()).toEqual([
      '0.conditions.0.indicator', '1.conditions.0.value', '1.conditions.1.value', '1.id',
      '2.conditions.0.value', '2.conditions.1.value', '2.conditions.2.value', '2.id',
    ].sort());
    expect(bad.issues.find((i) => i.path === '1.conditions.0.value')!.message).toContain('bank transfer');
  });
});
