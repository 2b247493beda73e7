/**
 * View model of the clearance-time histograms: per lane, the share of the lane's declarations in
 * each log-spaced time bin, for the current run and the baseline, with the run's median and 95th
 * percentile. Shares (not counts) make the lanes comparable although the green lane is about
 * twenty times larger than the others. Pure; the drawing is in drawHistogram.ts.
 */
import { nice } from 'd3';
import type { ClearanceHistogramView, TimeSummary } from '../../sim';
import type { ChartsInput, RunView } from './chartTypes';
import { LANE_STYLES, type SeriesStyle } from './palette';
import { occupiedRange } from './timeTicks';

/** Lanes in display order. */
export const HISTOGRAM_LANES = ['green', 'yellow', 'red', 'blue'] as const;
/** A lane. */
export type HistogramLane = (typeof HISTOGRAM_LANES)[number];

/** What each lane means, for labels. */
export const LANE_MEANING: Readonly<Record<HistogramLane, string>> = {
  green: 'released without control',
  yellow: 'documentary check',
  red: 'physical examination',
  blue: 'released, post-clearance audit',
};

/** One run's distribution in one lane. */
export interface LaneDistribution {
  /** Declarations counted. */ readonly total: number;
  /** Declarations per bin. */ readonly counts: readonly number[];
  /** Share of the lane's declarations per bin (fractions summing to 1, or all 0). */ readonly shares: readonly number[];
  /** The run's clearance summary for the lane (exact quantiles from the fine histogram). */ readonly summary: TimeSummary;
}

/** One lane's small multiple. */
export interface LaneHistogram {
  /** Lane. */ readonly lane: HistogramLane;
  /** Title, e.g. `Red lane — physical examination`. */ readonly title: string;
  /** Colour and marker. */ readonly style: SeriesStyle;
  /** Current run. */ readonly current: LaneDistribution;
  /** Baseline, or null. */ readonly baseline: LaneDistribution | null;
}

/** The chart's model. */
export interface HistogramModel {
  /** Current run's label. */ readonly currentLabel: string;
  /** Baseline's label, or null. */ readonly baselineLabel: string | null;
  /** Days of the current run. */ readonly days: number;
  /** Bin edges, hours (one more than the bins). */ readonly edges: readonly number[];
  /** Time range to show, hours, or null when nothing has cleared yet. */ readonly range: readonly [number, number] | null;
  /** Top of the share axis, shared by all lanes so they can be compared (fraction). */ readonly yMax: number;
  /** The four lanes. */ readonly lanes: readonly LaneHistogram[];
}

/** Shares of a list of counts (all zero when the total is zero). */
export function sharesOf(counts: readonly number[]): number[] {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/** One run's distribution in one lane. */
function distribution(run: RunView, lane: HistogramLane): LaneDistribution {
  const counts = run.snapshot.clearanceHistogram[lane];
  return { total: counts.reduce((a, b) => a + b, 0), counts, shares: sharesOf(counts), summary: run.snapshot.kpis.clearance[lane] };
}

/** Bin counts of every lane of a histogram view. */
function laneCounts(view: ClearanceHistogramView): (readonly number[])[] {
  return HISTOGRAM_LANES.map((lane) => view[lane]);
}

/** Builds the chart's model. */
export function buildHistogramModel(input: ChartsInput): HistogramModel {
  const { current, baseline } = input;
  const edges = current.snapshot.clearanceHistogram.edgesHours;
  const all = [...laneCounts(current.snapshot.clearanceHistogram), ...(baseline ? laneCounts(baseline.snapshot.clearanceHistogram) : [])];
  const lanes = HISTOGRAM_LANES.map((lane): LaneHistogram => ({
    lane,
    title: `${lane[0]!.toUpperCase()}${lane.slice(1)} lane — ${LANE_MEANING[lane]}`,
    style: LANE_STYLES[lane],
    current: distribution(current, lane),
    baseline: baseline ? distribution(baseline, lane) : null,
  }));
  let max = 0;
  for (const l of lanes) for (const s of [...l.current.shares, ...(l.baseline?.shares ?? [])]) max = Math.max(max, s);
  return {
    currentLabel: current.label,
    baselineLabel: baseline?.label ?? null,
    days: current.snapshot.day,
    edges,
    range: occupiedRange(edges, all),
    yMax: nice(0, Math.max(max, 0.05), 4)[1],
    lanes,
  };
}
