import { z } from 'zod';
import { commandSchema, COMMODITIES, COUNTRIES, type InputIssue, type Scenario, type TipInput } from '../sim';
import { MAX_HORIZON, MAX_TIPS } from './limits';

/**
 * The tips an instructor injected into a run, each with the day it was received. They belong to
 * the run spec (not to the scenario): the worker applies each one as an `injectTip` command when
 * the run reaches its day, so a re-run under another policy, a reload or a share link replays the
 * same tips on the same days.
 */

/** The `tip` of the core's `injectTip` command, taken from the command schema so both stay one. */
function injectTipSchema(): z.ZodType<TipInput, unknown> {
  const option = commandSchema.options.find((o) => o.shape.type.value === 'injectTip');
  const shape = option?.shape as unknown as { tip?: z.ZodType<TipInput, unknown> } | undefined;
  if (!shape?.tip) throw new Error('[workers/tipSchedule] the core has no injectTip command');
  return shape.tip;
}

/** One injected tip and the day (days completed) before which it was received. */
export const scheduledTipSchema = z.strictObject({
  day: z.number().int().min(0).max(MAX_HORIZON).describe('Days completed when the tip was received (it acts from the next day on)'),
  tip: injectTipSchema(),
});

/** The injected tips of a run, in the order they were received. */
export const scheduledTipsSchema = z.array(scheduledTipSchema).max(MAX_TIPS);

/** An injected tip with its day. */
export type ScheduledTip = z.infer<typeof scheduledTipSchema>;

/**
 * What the core would refuse when the tip is injected, found before the run starts: a day past the
 * horizon, an importer index beyond the population, an unknown office, country or HS6 code.
 * Paths are `policy.tips.<i>.…`, as in the run spec.
 */
export function tipScheduleIssues(tips: readonly ScheduledTip[], scenario: Scenario, horizon: number): InputIssue[] {
  const issues: InputIssue[] = [];
  const importers = scenario.traders.importers + scenario.traders.networks.count * scenario.traders.networks.membersPerNetwork;
  const offices = scenario.offices.map((o) => o.id);
  tips.forEach(({ day, tip }, i) => {
    const at = (field: string, message: string): void => {
      issues.push({ path: `policy.tips.${i}.${field}`, message });
    };
    if (day >= horizon) at('day', `must be before the horizon (${horizon} days), got ${day}`);
    if (tip.subject === 'trader') {
      if (tip.importer === undefined) at('tip.importer', 'required for a trader tip');
      else if (tip.importer >= importers) at('tip.importer', `must be an importer index from 0 to ${importers - 1}, got ${tip.importer}`);
      return;
    }
    if (tip.office === undefined) {
      if (tip.subject === 'route') at('tip.office', 'required for a route tip');
    } else if (!offices.includes(tip.office)) at('tip.office', `unknown office "${tip.office}"; offices: ${offices.join(', ')}`);
    if (tip.subject === 'route') {
      if (tip.departure === undefined) at('tip.departure', 'required for a route tip');
      else if (!COUNTRIES.some((c) => c.code === tip.departure!.toUpperCase())) at('tip.departure', `unknown country "${tip.departure}"; one of ${COUNTRIES.map((c) => c.code).join(', ')}`);
    } else if (tip.hs6 === undefined) at('tip.hs6', 'required for a commodity tip');
    else if (!COMMODITIES.some((c) => c.hs6 === tip.hs6)) at('tip.hs6', `"${tip.hs6}" is not in the commodity catalogue`);
  });
  return issues;
}

/** The tips received on `day`, in order. */
export function tipsOnDay(tips: readonly ScheduledTip[], day: number): TipInput[] {
  return tips.filter((t) => t.day === day).map((t) => t.tip);
}
