/**
 * View model of the daily small multiples: which KPIs each panel shows, the points of the current
 * and baseline runs, and each panel's y domain. Pure; the drawing is in drawDaily.ts.
 */
import type { DailyKpis } from '../../sim';
import { valueAxis, type ValueAxis, type ValueKind } from './axisTicks';
import type { ChartsInput } from './chartTypes';
import { COLORS, DASH, LANE_STYLES, type SeriesStyle } from './palette';

export type { ValueKind } from './axisTicks';

/** One series of a panel: a KPI read from each day, or null when undefined that day. */
export interface DailySeriesDef {
  /** Stable key. */ readonly key: string;
  /** Direct label, e.g. `Targeted`. */ readonly label: string;
  /** Colour, dash and marker. */ readonly style: SeriesStyle;
  /** The day's value (fraction, USD or hours), or null (e.g. a hit rate with no inspections). */ readonly value: (d: DailyKpis) => number | null;
}

/** One small multiple. */
export interface DailyPanelDef {
  /** Stable key. */ readonly key: string;
  /** Panel title. */ readonly title: string;
  /** Y-axis label with its unit. */ readonly unit: string;
  /** Value kind. */ readonly kind: ValueKind;
  /** The series, drawn in this order. */ readonly series: readonly DailySeriesDef[];
  /**
   * Days per point (default 1). Longer periods sum counts (and average the other kinds) over
   * consecutive days from day 1; each point is drawn at the period's last day.
   */
  readonly periodDays?: number;
}

const style = (color: string, marker: SeriesStyle['marker']): SeriesStyle => ({ color, casing: null, dash: DASH.solid, marker });
const when = (ok: boolean, v: number): number | null => (ok ? v : null);

/** The six daily panels. */
export const DAILY_PANELS: readonly DailyPanelDef[] = [
  {
    key: 'inspection', title: 'Inspection rate', unit: '% of declarations', kind: 'percent',
    series: [
      { key: 'red', label: 'Red lane', style: LANE_STYLES.red, value: (d) => when(d.declarations > 0, d.inspectionRate.red) },
      { key: 'yellow', label: 'Yellow lane', style: LANE_STYLES.yellow, value: (d) => when(d.declarations > 0, d.inspectionRate.yellow) },
    ],
  },
  {
    key: 'hitRate', title: 'Hit rate', unit: '% of inspections finding an offence', kind: 'percent',
    series: [
      { key: 'targeted', label: 'Targeted', style: style(COLORS.blue, 'circle'), value: (d) => when(d.targetedInspections > 0, d.hitRateTargeted) },
      { key: 'random', label: 'Random', style: style(COLORS.neutral, 'square'), value: (d) => when(d.randomInspections > 0, d.hitRateRandom) },
    ],
  },
  {
    key: 'detection', title: 'Detection rate', unit: '% of non-compliant declarations caught', kind: 'percent',
    series: [{ key: 'detected', label: 'Detected', style: style(COLORS.black, 'circle'), value: (d) => when(d.nonCompliant > 0, d.detectionRate) }],
  },
  {
    key: 'clearance', title: 'Clearance time, 95th percentile', unit: 'time from arrival to release', kind: 'hours',
    series: [
      { key: 'all', label: 'All lanes', style: style(COLORS.black, 'circle'), value: (d) => when(d.clearance.all.count > 0, d.clearance.all.p95) },
      { key: 'red', label: 'Red lane', style: LANE_STYLES.red, value: (d) => when(d.clearance.red.count > 0, d.clearance.red.p95) },
    ],
  },
  {
    key: 'revenue', title: 'Revenue recovered vs at risk', unit: 'USD per day', kind: 'usd',
    series: [
      { key: 'atRisk', label: 'At risk', style: style(COLORS.neutral, 'square'), value: (d) => d.revenueAtRisk },
      { key: 'recovered', label: 'Recovered', style: style(COLORS.blue, 'circle'), value: (d) => d.revenueRecovered },
    ],
  },
  {
    key: 'delay', title: 'Trade delay cost', unit: 'USD per day', kind: 'usd',
    series: [{ key: 'delayCost', label: 'Delay cost', style: style(COLORS.black, 'diamond'), value: (d) => d.delayCost }],
  },
];

/** A point of a daily series; `day` is 1-based (the first simulated day is day 1). */
export interface SeriesPoint {
  /** Day of the run, 1-based. */ readonly day: number;
  /** Value, or null when undefined that day. */ readonly value: number | null;
}

/** A series with the current run's and the baseline's points. */
export interface DailySeriesModel {
  /** Its definition. */ readonly def: DailySeriesDef;
  /** Current run, one point per day. */ readonly current: readonly SeriesPoint[];
  /** Baseline run, or null without a baseline. */ readonly baseline: readonly SeriesPoint[] | null;
  /** The current run's last defined point (for the direct label), or null. */ readonly last: SeriesPoint | null;
}

/** One panel, ready to draw. */
export interface DailyPanelModel {
  /** Its definition. */ readonly def: DailyPanelDef;
  /** Its series. */ readonly series: readonly DailySeriesModel[];
  /** The y axis from 0: a round top above every value, ticks round in the unit shown. */ readonly axis: ValueAxis;
}

/** The daily small multiples. */
export interface DailyModel {
  /** Current run's label. */ readonly currentLabel: string;
  /** Baseline's label, or null. */ readonly baselineLabel: string | null;
  /** Days of the current run. */ readonly currentDays: number;
  /** First day on the x axis, 1-based: the earliest day of either run (1 when both are empty). */ readonly firstDay: number;
  /** Last day on the x axis: the later end of the two runs (at least `firstDay`). */ readonly lastDay: number;
  /** The panels. */ readonly panels: readonly DailyPanelModel[];
}

/** Points of one series over a run. */
export function seriesPoints(days: readonly DailyKpis[], value: (d: DailyKpis) => number | null): SeriesPoint[] {
  return days.map((d) => {
    const v = value(d);
    return { day: d.day + 1, value: v !== null && Number.isFinite(v) ? v : null };
  });
}

/**
 * Points grouped into periods of `periodDays` days counted from day 1: counts are summed (a
 * partial period, such as the last one of a run in progress, is scaled to a full period so its
 * point reads in the same unit instead of as a drop), other kinds averaged over the defined days;
 * a period without a defined day is null. Each point carries the period's last day present.
 */
export function periodPoints(points: readonly SeriesPoint[], periodDays: number, kind: ValueKind): SeriesPoint[] {
  if (periodDays <= 1) return points.slice();
  const out: SeriesPoint[] = [];
  let period = -1, sum = 0, n = 0, days = 0, last = 0;
  const flush = (): void => {
    if (period >= 0) out.push({ day: last, value: n === 0 ? null : kind === 'count' ? (sum * periodDays) / days : sum / n });
  };
  for (const p of points) {
    const k = Math.floor((p.day - 1) / periodDays);
    if (k !== period) {
      flush();
      period = k;
      sum = 0;
      n = 0;
      days = 0;
    }
    last = p.day;
    days++;
    if (p.value !== null) {
      sum += p.value;
      n++;
    }
  }
  flush();
  return out;
}

/** Builds the daily panels from the current and (optional) baseline runs. */
export function buildDailyModel(input: ChartsInput): DailyModel {
  return buildPanelsModel(input, DAILY_PANELS);
}

/** Builds small multiples of `defs` (daily or per period) from the current and baseline runs. */
export function buildPanelsModel(input: ChartsInput, defs: readonly DailyPanelDef[]): DailyModel {
  const { current, baseline } = input;
  const panels = defs.map((def): DailyPanelModel => {
    let max = 0;
    const points = (days: readonly DailyKpis[], value: DailySeriesDef['value']): SeriesPoint[] => periodPoints(seriesPoints(days, value), def.periodDays ?? 1, def.kind);
    const series = def.series.map((s): DailySeriesModel => {
      const cur = points(current.daily, s.value);
      const base = baseline ? points(baseline.daily, s.value) : null;
      for (const p of [...cur, ...(base ?? [])]) if (p.value !== null && p.value > max) max = p.value;
      const last = [...cur].reverse().find((p) => p.value !== null) ?? null;
      return { def: s, current: cur, baseline: base, last };
    });
    return { def, series, axis: valueAxis(max, def.kind) };
  });
  const runs = baseline ? [current.daily, baseline.daily] : [current.daily];
  const firsts = runs.filter((r) => r.length > 0).map((r) => r[0]!.day + 1);
  const lasts = runs.filter((r) => r.length > 0).map((r) => r[r.length - 1]!.day + 1);
  const firstDay = firsts.length > 0 ? Math.min(...firsts) : 1;
  return {
    currentLabel: current.label,
    baselineLabel: baseline?.label ?? null,
    currentDays: current.daily.length,
    firstDay,
    lastDay: Math.max(firstDay, ...lasts),
    panels,
  };
}
