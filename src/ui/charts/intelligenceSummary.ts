/**
 * Text summary of "The value of intelligence": tips received and acted on, the inspections they
 * fed, their hit rate against random inspections', and the comparison with the baseline.
 */
import type { DailyKpis } from '../../sim';
import { describeRelativeChange, formatCount, formatPercent } from './chartFormat';
import type { ChartsInput } from './chartTypes';
import { commonDayRange, dayRange, dayRangeText } from './dailySummary';

/** Tip counts over a run's days. */
export interface TipTotals {
  /** Tips received. */ readonly received: number;
  /** Tips that selected a consignment. */ readonly acted: number;
  /** Inspections of tip selections. */ readonly inspections: number;
  /** Of them, hits. */ readonly hits: number;
  /** Random inspections and their hits, to compare the hit rate with. */ readonly randomInspections: number; readonly randomHits: number;
}

/** Totals of the days from `fromDay` to `toDay` (1-based, inclusive; all by default). */
export function tipTotals(days: readonly DailyKpis[], fromDay = 1, toDay = Infinity): TipTotals {
  let received = 0, acted = 0, inspections = 0, hits = 0, randomInspections = 0, randomHits = 0;
  for (const d of days) {
    if (d.day + 1 < fromDay || d.day + 1 > toDay) continue;
    received += d.intelligence.tipsReceived;
    acted += d.intelligence.tipsActed;
    inspections += d.intelligence.tipInspections;
    hits += d.intelligence.tipHits;
    randomInspections += d.randomInspections;
    randomHits += d.randomHits;
  }
  return { received, acted, inspections, hits, randomInspections, randomHits };
}

/** One paragraph on what the tips brought and cost. */
export function intelligenceSummary(input: ChartsInput): string {
  const { current, baseline } = input;
  const range = dayRange(current.daily);
  if (range === null) return `${current.label}: no days simulated yet.`;
  const [from, to] = range;
  const t = tipTotals(current.daily);
  const rate = t.inspections > 0 ? t.hits / t.inspections : null;
  const random = t.randomInspections > 0 ? t.randomHits / t.randomInspections : null;
  const parts = [
    `${current.label}, ${dayRangeText(from, to)}: ${formatCount(t.received)} tips received, ${formatCount(t.acted)} acted on; ` +
    `they fed ${formatCount(t.inspections)} inspections, ${formatCount(t.hits)} of which found an offence (${formatPercent(rate)}, against ${formatPercent(random)} for random inspections) ` +
    `and ${formatCount(t.inspections - t.hits)} found nothing (the cost of false tips).`,
  ];
  const common = baseline ? commonDayRange(current.daily, baseline.daily) : null;
  if (baseline && common === null) parts.push(`Baseline ${baseline.label} has no days in common to compare.`);
  else if (baseline && common !== null) {
    const b = tipTotals(baseline.daily, ...common), c = tipTotals(current.daily, ...common);
    parts.push(`Against baseline ${baseline.label} over ${dayRangeText(...common)}: tip hits ${describeRelativeChange(c.hits, b.hits)} (${formatCount(c.hits)} vs ${formatCount(b.hits)}), ` +
      `wasted tip inspections ${formatCount(c.inspections - c.hits)} vs ${formatCount(b.inspections - b.hits)}.`);
  }
  return parts.join(' ');
}
