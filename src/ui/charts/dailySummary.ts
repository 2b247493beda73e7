/**
 * Text summary and data table of the daily small multiples. The summary totals the days of the
 * current run and, when there is a baseline, compares both over the days they both cover, so a
 * run in progress is compared with the same days of the baseline.
 */
import type { DailyKpis } from '../../sim';
import { describePointChange, describeRelativeChange, formatCount, formatHours, formatPercent, formatUsd } from './chartFormat';
import type { ChartsInput } from './chartTypes';
import type { DailyModel, ValueKind } from './dailySeries';
import { numericColumn, runColumnLabel, textColumn, type TableModel } from './tableModel';

/** Totals of a run of days; rates are ratios of sums, null when the denominator is zero. */
export interface DailyTotals {
  /** Days counted. */ readonly days: number;
  /** Share of declarations in the red lane (fraction). */ readonly redShare: number | null;
  /** Share in the yellow lane (fraction). */ readonly yellowShare: number | null;
  /** Targeted hit rate (fraction). */ readonly hitTargeted: number | null;
  /** Random hit rate (fraction). */ readonly hitRandom: number | null;
  /** Detected / non-compliant (fraction). */ readonly detection: number | null;
  /** Mean of the daily all-lane 95th-percentile clearance times (hours). */ readonly meanDailyP95: number | null;
  /** Revenue recovered (USD). */ readonly recovered: number;
  /** Revenue at risk (USD). */ readonly atRisk: number;
  /** Trade delay cost (USD). */ readonly delayCost: number;
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

/** Totals of the days from `fromDay` to `toDay` (1-based, inclusive; every day by default). */
export function totalDays(days: readonly DailyKpis[], fromDay = 1, toDay = Infinity): DailyTotals {
  let decl = 0, red = 0, yellow = 0, tIns = 0, tHit = 0, rIns = 0, rHit = 0, nc = 0, det = 0;
  let p95Sum = 0, p95Days = 0, recovered = 0, atRisk = 0, delayCost = 0;
  let n = 0;
  for (const d of days) {
    if (d.day + 1 < fromDay || d.day + 1 > toDay) continue;
    n++;
    decl += d.declarations; red += d.lanes.red; yellow += d.lanes.yellow;
    tIns += d.targetedInspections; tHit += d.targetedHits; rIns += d.randomInspections; rHit += d.randomHits;
    nc += d.nonCompliant; det += d.detected;
    if (d.clearance.all.count > 0) { p95Sum += d.clearance.all.p95; p95Days++; }
    recovered += d.revenueRecovered; atRisk += d.revenueAtRisk; delayCost += d.delayCost;
  }
  return {
    days: n, redShare: ratio(red, decl), yellowShare: ratio(yellow, decl), hitTargeted: ratio(tHit, tIns),
    hitRandom: ratio(rHit, rIns), detection: ratio(det, nc), meanDailyP95: ratio(p95Sum, p95Days),
    recovered, atRisk, delayCost,
  };
}

/** `days 1–30`, or `day 4` (1-based day numbers). */
export function dayRangeText(fromDay: number, toDay: number): string {
  return fromDay === toDay ? `day ${fromDay}` : `days ${fromDay}–${toDay}`;
}

/** First and last 1-based day of a run, or null when it has no days. */
export function dayRange(days: readonly DailyKpis[]): [number, number] | null {
  const first = days[0];
  const last = days[days.length - 1];
  return first && last ? [first.day + 1, last.day + 1] : null;
}

/** First and last 1-based day both runs cover, or null when they share none. */
export function commonDayRange(a: readonly DailyKpis[], b: readonly DailyKpis[]): [number, number] | null {
  const ra = dayRange(a), rb = dayRange(b);
  if (ra === null || rb === null) return null;
  const from = Math.max(ra[0], rb[0]), to = Math.min(ra[1], rb[1]);
  return from <= to ? [from, to] : null;
}

/** One paragraph: the current run's key numbers, then the comparison with the baseline. */
export function dailySummary(input: ChartsInput): string {
  const { current, baseline } = input;
  const range = dayRange(current.daily);
  if (range === null) return `${current.label}: no days simulated yet.`;
  const t = totalDays(current.daily);
  const text =
    `${current.label}, ${dayRangeText(...range)}: ${formatPercent(t.redShare)} of declarations went to the red lane and ` +
    `${formatPercent(t.yellowShare)} to the yellow lane; targeted inspections found an offence ${formatPercent(t.hitTargeted)} of the time, ` +
    `random ones ${formatPercent(t.hitRandom)}; ${formatPercent(t.detection)} of non-compliant declarations were detected; ` +
    `the daily 95th-percentile clearance time averaged ${formatHours(t.meanDailyP95)}; ${formatUsd(t.recovered)} was recovered ` +
    `of ${formatUsd(t.atRisk)} at risk; clearance delays cost traders ${formatUsd(t.delayCost)}.`;
  if (!baseline) return text;
  const other = dayRange(baseline.daily);
  const from = Math.max(range[0], other?.[0] ?? Infinity);
  const to = Math.min(range[1], other?.[1] ?? -Infinity);
  if (from > to) return `${text} Baseline ${baseline.label} has no days in common to compare.`;
  const c = totalDays(current.daily, from, to);
  const b = totalDays(baseline.daily, from, to);
  return (
    `${text} Compared with baseline ${baseline.label} over ${dayRangeText(from, to)}: red lane ${describePointChange(c.redShare, b.redShare)}, ` +
    `targeted hit rate ${describePointChange(c.hitTargeted, b.hitTargeted)}, detection rate ${describePointChange(c.detection, b.detection)}, ` +
    `95th-percentile clearance ${describeRelativeChange(c.meanDailyP95, b.meanDailyP95, 'longer', 'shorter')}, ` +
    `revenue recovered ${describeRelativeChange(c.recovered, b.recovered)} (${formatUsd(c.recovered)} vs ${formatUsd(b.recovered)}), ` +
    `delay cost ${describeRelativeChange(c.delayCost, b.delayCost)} (${formatUsd(c.delayCost)} vs ${formatUsd(b.delayCost)}).`
  );
}

/** Formats a value of a given kind for text and tables. */
export function formatValue(kind: ValueKind, value: number | null): string {
  if (kind === 'percent') return formatPercent(value);
  if (kind === 'usd') return formatUsd(value);
  if (kind === 'count') return value === null ? formatCount(Number.NaN) : formatCount(value);
  return formatHours(value);
}

/** Unit of a value kind, for table headers. */
const KIND_UNIT: Readonly<Record<ValueKind, string>> = { percent: '%', usd: 'USD', hours: 'hours', count: 'count' };

/** One row per day (of either run), one column per series and run. */
export function dailyTable(model: DailyModel): TableModel {
  return panelsTable(model, 'Daily KPIs');
}

/**
 * One row per point (a day, or a period's last day) of either run, one column per series and
 * run; `title` starts the caption.
 */
export function panelsTable(model: DailyModel, title: string): TableModel {
  const runs: { label: string; pick: 'current' | 'baseline' }[] = [{ label: model.currentLabel, pick: 'current' }];
  if (model.baselineLabel !== null) runs.push({ label: `${model.baselineLabel} (baseline)`, pick: 'baseline' });
  const columns = [textColumn('Day')];
  const cells: ((day: number) => string)[] = [];
  for (const panel of model.panels) {
    for (const series of panel.series) {
      for (const run of runs) {
        const byDay = new Map((run.pick === 'current' ? series.current : series.baseline ?? []).map((p) => [p.day, p.value]));
        const period = (panel.def.periodDays ?? 1) > 1 ? ` per ${panel.def.periodDays} days` : '';
        const name = `${panel.def.title}: ${series.def.label} (${KIND_UNIT[panel.def.kind]}${period})`;
        columns.push(numericColumn(runs.length > 1 ? runColumnLabel(name, run.label) : name));
        cells.push((day) => formatValue(panel.def.kind, byDay.get(day) ?? null));
      }
    }
  }
  const days = new Set<number>();
  for (const p of model.panels) for (const s of p.series) for (const pt of [...s.current, ...(s.baseline ?? [])]) days.add(pt.day);
  const rows = [...days].sort((a, b) => a - b).map((day) => [String(day), ...cells.map((cell) => cell(day))]);
  const runsText = runs.map((r) => r.label).join(' and ');
  const periodic = model.panels.some((p) => (p.def.periodDays ?? 1) > 1);
  return { caption: `${title} of ${runsText}, one row per ${periodic ? 'day or period end' : 'day'}`, columns, rows };
}
