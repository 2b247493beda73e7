/**
 * Text summary of "Where the risk moved": how much the networks smuggled and how much was seized,
 * where most of it went, which office, route and cover goods gained the most share between the
 * first and the last four weeks of the run (displacement), and the comparison with the baseline
 * over the days both runs cover.
 */
import type { DailyKpis } from '../../sim';
import { describeRelativeChange, formatCount, formatPercent } from './chartFormat';
import type { ChartsInput } from './chartTypes';
import { commonDayRange, dayRange, dayRangeText } from './dailySummary';
import { breakdownTotals, type Breakdown } from './riskMovedModel';

/** Days compared at the start and at the end of the run. */
export const SHIFT_WINDOW_DAYS = 28;

const NAMES: Readonly<Record<Breakdown, string>> = { byOffice: 'office', byRoute: 'route', byCommodity: 'cover goods', seizedByOffice: 'seizures at office' };

/** Shares of a breakdown's totals (empty when nothing was lodged). */
export function shares(totals: ReadonlyMap<string, number>): Map<string, number> {
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return new Map([...totals].map(([k, v]) => [k, all > 0 ? v / all : 0]));
}

/** The key whose share rose most between two share maps, with both shares, or null. */
export function largestGain(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): { key: string; from: number; to: number } | null {
  let best: { key: string; from: number; to: number } | null = null;
  for (const [key, to] of after) {
    const from = before.get(key) ?? 0;
    if (to - from > 0.005 && (best === null || to - from > best.to - best.from)) best = { key, from, to };
  }
  return best;
}

const sumNetworks = (days: readonly DailyKpis[], fromDay: number, toDay: number): { lodged: number; seized: number } => {
  let lodged = 0, seized = 0;
  for (const d of days) {
    if (d.day + 1 < fromDay || d.day + 1 > toDay) continue;
    lodged += d.networks.consignments;
    seized += d.networks.seized;
  }
  return { lodged, seized };
};

/** The largest share of a breakdown in words: `express (55%)`. */
function leader(s: ReadonlyMap<string, number>): string {
  const top = [...s].sort((a, b) => b[1] - a[1])[0];
  return top ? `${top[0]} (${formatPercent(top[1])})` : 'none';
}

/** One paragraph on where the networks smuggled, and where that moved. */
export function riskSummary(input: ChartsInput): string {
  const { current, baseline } = input;
  const days = current.daily;
  const range = dayRange(days);
  if (range === null) return `${current.label}: no days simulated yet.`;
  const [from, to] = range;
  const all = sumNetworks(days, from, to);
  const parts = [
    `${current.label}, ${dayRangeText(from, to)}: organised networks lodged ${formatCount(all.lodged)} smuggling consignments (ground truth), ` +
    `${formatCount(all.seized)} were seized (${formatPercent(all.lodged > 0 ? all.seized / all.lodged : null)}). ` +
    `Most went through office ${leader(shares(breakdownTotals(days, 'byOffice')))}, route ${leader(shares(breakdownTotals(days, 'byRoute')))}, ` +
    `under cover of ${leader(shares(breakdownTotals(days, 'byCommodity')))}.`,
  ];
  if (to - from + 1 >= 2 * SHIFT_WINDOW_DAYS) {
    const moves = (['byOffice', 'byRoute', 'byCommodity'] as const).map((b) => {
      const gain = largestGain(shares(breakdownTotals(days, b, from, from + SHIFT_WINDOW_DAYS - 1)), shares(breakdownTotals(days, b, to - SHIFT_WINDOW_DAYS + 1, to)));
      return gain ? `${NAMES[b]} ${gain.key} from ${formatPercent(gain.from)} to ${formatPercent(gain.to)}` : null;
    }).filter((m): m is string => m !== null);
    parts.push(moves.length > 0
      ? `Between the first and the last ${SHIFT_WINDOW_DAYS} days the share that grew most: ${moves.join('; ')}.`
      : `The shares hardly moved between the first and the last ${SHIFT_WINDOW_DAYS} days.`);
  }
  if (baseline) {
    const common = commonDayRange(days, baseline.daily);
    if (common === null) parts.push(`Baseline ${baseline.label} has no days in common to compare.`);
    else {
      const [lo, hi] = common;
      const c = sumNetworks(days, lo, hi), b = sumNetworks(baseline.daily, lo, hi);
      const gain = largestGain(shares(breakdownTotals(baseline.daily, 'byOffice', lo, hi)), shares(breakdownTotals(days, 'byOffice', lo, hi)));
      parts.push(
        `Against baseline ${baseline.label} over ${dayRangeText(lo, hi)}: ${formatCount(c.lodged)} vs ${formatCount(b.lodged)} lodged, ` +
        `seizures ${describeRelativeChange(c.seized, b.seized)} (${formatCount(c.seized)} vs ${formatCount(b.seized)})` +
        (gain ? `; the risk moved toward office ${gain.key} (${formatPercent(gain.to)} of network traffic, against ${formatPercent(gain.from)}).` : '; the offices\' shares are about the same.'),
      );
    }
  }
  return parts.join(' ');
}
