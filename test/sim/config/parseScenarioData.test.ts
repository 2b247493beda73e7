import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateScenario, validateScenarioData } from '../../../src/sim/config/loadScenario';
import { BUILTIN_SCENARIOS } from '../../../src/sim/config/builtinScenarios';
import { ScenarioInputError } from '../../../src/sim/config/scenarioError';

const ids = Object.keys(BUILTIN_SCENARIOS);
const copy = (id: string): Record<string, unknown> => JSON.parse(JSON.stringify(BUILTIN_SCENARIOS[id])) as Record<string, unknown>;

/** What a validation gives: the scenario, or the issues it throws. */
function outcomeOf(run: () => unknown): unknown {
  try {
    return { scenario: run() };
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioInputError);
    return { issues: (err as ScenarioInputError).issues };
  }
}

/** Edits of a built-in scenario: some valid (another policy, offices, behaviour), some not. */
const edits: ((s: Record<string, unknown>) => void)[] = [
  () => undefined,
  (s) => { (s['policy'] as { randomRate: number }).randomRate = 0.07; },
  (s) => { (s['offices'] as { dailyVolume: number }[])[0].dailyVolume *= 0.4; },
  (s) => { delete s['behaviour']; },
  (s) => { s['days'] = 30; (s['policy'] as { randomRate: number }).randomRate = 0.01; },
  (s) => { (s['policy'] as { randomRate: unknown }).randomRate = 'often'; },
  (s) => { (s['offices'] as { mode: string }[])[0].mode = 'rail'; },
  (s) => { s['colour'] = 'blue'; },
  (s) => { (s['policy'] as { thresholds: { red: number } }).thresholds.red = -5; },
];

describe('validateScenarioData', () => {
  it('gives what validateScenario gives, field for field, whichever sections changed since the last call', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.nat({ max: edits.length - 1 })), { minLength: 1, maxLength: 12 }), (steps) => {
        for (const [id, e] of steps) {
          const a = copy(id), b = copy(id);
          edits[e](a);
          edits[e](b);
          expect(outcomeOf(() => validateScenarioData(b))).toStrictEqual(outcomeOf(() => validateScenario(a)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('returns a fresh copy each time: changing one result leaves the next call alone', () => {
    const first = validateScenarioData(copy('default'));
    first.offices[0].resources.physical.teams = 99;
    first.behaviour.beliefs.memoryHalfLifeDays = 1;
    const second = validateScenarioData(copy('default'));
    expect(second).toStrictEqual(validateScenario(copy('default')));
  });
});

