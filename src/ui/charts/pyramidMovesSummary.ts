/**
 * Text summary of "Why the pyramid moves": the tier moves by cause over the run, the detection
 * probability traders perceived against the one realised, and the comparison with the baseline
 * over the days both runs cover.
 */
import type { DailyKpis } from '../../sim';
import { describePointChange, formatCount, formatPercent } from './chartFormat';
import type { ChartsInput } from './chartTypes';
import { commonDayRange, dayRange, dayRangeText } from './dailySummary';
import { AWAY_CAUSES, TOWARD_CAUSES } from './pyramidMovesModel';

/** Moves by cause and declaration-weighted detection over days `fromDay`–`toDay` (1-based, inclusive). */
export interface MoveTotals {
  /** Moves by cause (the keys of MigrationKpis). */ readonly byCause: Readonly<Record<string, number>>;
  /** Moves toward compliance. */ readonly toward: number;
  /** Moves away from compliance. */ readonly away: number;
  /** Perceived detection probability, declaration-weighted (fraction), or null without declarations. */ readonly perceived: number | null;
  /** Realised detection probability, declaration-weighted (fraction), or null. */ readonly actual: number | null;
}

/** Totals of the days from `fromDay` to `toDay`. */
export function moveTotals(days: readonly DailyKpis[], fromDay = 1, toDay = Infinity): MoveTotals {
  const byCause: Record<string, number> = {};
  let decl = 0, perceived = 0, actual = 0;
  for (const d of days) {
    if (d.day + 1 < fromDay || d.day + 1 > toDay) continue;
    const m = d.behaviour.migrations;
    for (const [key] of [...TOWARD_CAUSES, ...AWAY_CAUSES]) byCause[key] = (byCause[key] ?? 0) + m[key];
    decl += d.declarations;
    perceived += d.behaviour.perceivedDetection * d.declarations;
    actual += d.behaviour.actualDetection * d.declarations;
  }
  const sum = (causes: readonly (readonly [string, string])[]): number => causes.reduce((s, [k]) => s + (byCause[k] ?? 0), 0);
  return { byCause, toward: sum(TOWARD_CAUSES), away: sum(AWAY_CAUSES), perceived: decl > 0 ? perceived / decl : null, actual: decl > 0 ? actual / decl : null };
}

const causesText = (t: MoveTotals, causes: readonly (readonly [string, string])[]): string =>
  causes.map(([k, label]) => `${formatCount(t.byCause[k] ?? 0)} ${label}`).join(', ');

/** One paragraph on why the tiers moved. */
export function movesSummary(input: ChartsInput): string {
  const { current, baseline } = input;
  const range = dayRange(current.daily);
  if (range === null) return `${current.label}: no days simulated yet.`;
  const [from, to] = range;
  const t = moveTotals(current.daily);
  const net = t.toward - t.away;
  const parts = [
    `${current.label}, ${dayRangeText(from, to)}: ${formatCount(t.toward)} importers moved one tier toward compliance (${causesText(t, TOWARD_CAUSES)}) ` +
    `and ${formatCount(t.away)} away from it (${causesText(t, AWAY_CAUSES)}), a net ${net >= 0 ? 'gain' : 'loss'} of ${formatCount(Math.abs(net))}. ` +
    `Traders perceived a ${formatPercent(t.perceived)} chance that an evasion is detected; the realised rate was ${formatPercent(t.actual)}.`,
  ];
  if (baseline) {
    const common = commonDayRange(current.daily, baseline.daily);
    if (common === null) parts.push(`Baseline ${baseline.label} has no days in common to compare.`);
    else {
      const [lo, hi] = common;
      const c = moveTotals(current.daily, lo, hi), b = moveTotals(baseline.daily, lo, hi);
      parts.push(
        `Against baseline ${baseline.label} over ${dayRangeText(lo, hi)}: net moves toward compliance ${formatCount(c.toward - c.away)} vs ${formatCount(b.toward - b.away)}, ` +
        `perceived detection ${describePointChange(c.perceived, b.perceived)}, realised detection ${describePointChange(c.actual, b.actual)}.`,
      );
    }
  }
  return parts.join(' ');
}
