import type { SimulationState } from './simulationState';
import type { DryRunResult } from '../simulationTypes';
import { ruleSchema } from '../config/schema';
import { parseWithSchema } from '../config/parseWithSchema';
import { ScenarioInputError } from '../config/scenarioError';
import { compileRules, type RuleInput } from '../targeting/compileRules';
import { matchRule } from '../targeting/matchRule';
import { createDayBuffer, type DayBuffer } from '../declarations/dayBuffer';
import { generateDay } from '../declarations/generateDay';
import { evaluateIndicators } from '../indicators/evaluateIndicators';
import { KINDS, K_PHYSICAL } from '../inspection/inspectionNetwork';

/**
 * The profile sandbox (HMRC's listing action indicators, domain reference §3.4): how many
 * declarations a profile would have selected on the last simulated day's traffic, without it going
 * live. Before the first day it uses day 0's traffic, generated into a scratch buffer from the
 * same day stream, so the preview equals what day 0 will bring.
 */
export function dryRunProfile(s: SimulationState, input: RuleInput): DryRunResult {
  const rule = parseWithSchema(ruleSchema, input, 'Invalid profile');
  const officeIds = s.scenario.offices.map((o) => o.id);
  const compiled = compileRules([rule], officeIds);
  if (compiled.issues.length > 0) throw new ScenarioInputError('Invalid profile', compiled.issues.map((i) => ({ ...i, path: i.path.replace(/^0\./, '') })));
  let day: DayBuffer = s.buffer;
  if (s.day === 0) {
    day = createDayBuffer(1024);
    generateDay(s.gen, day, 0);
    evaluateIndicators(s.indicators, day);
  }
  const byOffice: Record<string, number> = Object.fromEntries(officeIds.map((id) => [id, 0]));
  let matches = 0;
  for (let i = 0; i < day.count; i++) {
    if (matchRule(compiled.rules[0], day, s.pop, s.targeting.chapters, i)) {
      matches++;
      byOffice[officeIds[day.office[i]]]++;
    }
  }
  let physicalCapacity = 0;
  const from = day.day * 24;
  officeIds.forEach((_, o) => {
    const p = o * KINDS + K_PHYSICAL;
    physicalCapacity += s.network.pools[p].onDutyHours(from, from + 24) / s.network.samplers[p].mean;
  });
  return {
    day: day.day,
    declarations: day.count,
    matches,
    expectedSelections: (matches * rule.selectionPercent) / 100,
    selectionRate: day.count > 0 ? matches / day.count : 0,
    byOffice,
    physicalCapacity: Math.floor(physicalCapacity),
  };
}
