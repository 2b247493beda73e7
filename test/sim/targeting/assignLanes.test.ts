import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignLanes } from '../../../src/sim/targeting/assignLanes';
import { createTargetingContext } from '../../../src/sim/targeting/targetingContext';
import { createRuleRegistry } from '../../../src/sim/targeting/ruleRegistry';
import { matchRule } from '../../../src/sim/targeting/matchRule';
import { ruleSchema, type Scenario } from '../../../src/sim/config/schema';
import { findIndicator } from '../../../src/sim/indicators/catalogue';
import { dayOf, plainRow, tinyWorld, type RowFields } from '../support/dayFixture';

const world = tinyWorld();
/** A few indicators, so that random words often carry the ones a rule asks for. */
const IDS = ['G3', 'G9', 'G18', 'I1', 'L4', 'M9'] as const;

type Condition = { indicator: string; negate: boolean } | { field: 'mode'; op: '!='; value: 'sea' };

const conditionArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ indicator: fc.constantFrom(...IDS), negate: fc.boolean() }),
  fc.constant({ field: 'mode' as const, op: '!=' as const, value: 'sea' as const }),
);

function scenarioWith(rules: readonly Condition[][]): Scenario {
  const scenario = structuredClone(world.scenario);
  scenario.policy.rules = rules.map((conditions, k) => ruleSchema.parse({ id: `r${k}`, name: `rule ${k}`, status: 'active', conditions }));
  return scenario;
}

function rowsOf(words: readonly number[]): RowFields[] {
  return words.map((mask, i) => {
    let lo = 0, hi = 0;
    IDS.forEach((id, k) => {
      if ((mask & (1 << k)) === 0) return;
      const b = findIndicator(id);
      if (b < 32) lo = (lo | (1 << b)) >>> 0; else hi = (hi | (1 << (b - 32))) >>> 0;
    });
    return { ...plainRow(world, i % world.pop.count), mode: i % 3, indicatorsLo: lo, indicatorsHi: hi };
  });
}

describe('assignLanes', () => {
  it('counts for each live rule exactly the declarations matchRule matches, whichever indicators the rules require or forbid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(conditionArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat({ max: 63 }), { minLength: 1, maxLength: 60 }),
        (rules, words) => {
          const scenario = scenarioWith(rules);
          const t = createTargetingContext(scenario, 5);
          const day = dayOf(10, rowsOf(words));
          const registry = createRuleRegistry();
          const slots = Int32Array.from(t.rules, (r) => registry.slotOf(r.rule.id));
          assignLanes(t, world.gen, day, registry, slots, new Uint8Array(t.rules.length).fill(1));
          t.rules.forEach((r, k) => {
            let expected = 0;
            for (let i = 0; i < day.count; i++) if (matchRule(r, day, world.pop, t.chapters, i)) expected++;
            expect(registry.hitsLastDay[slots[k]]).toBe(expected);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
