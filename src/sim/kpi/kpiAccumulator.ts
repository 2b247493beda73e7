import { HISTOGRAM_BINS, binOf } from './clearanceHistogram';
import { OFFENCE_COUNT } from '../declarations/codes';

/**
 * Running KPI counters in one Float64Array (indices below), plus clearance histograms per lane.
 * One accumulator collects a day; at day end it is added into the run's. Recording is a few
 * array increments, with no allocation.
 */
export interface KpiAccumulator {
  /** Counters, see the C_* indices. */ readonly c: Float64Array;
  /** Clearance histograms: (lane 0-3, 4 = all) * HISTOGRAM_BINS + bin. */ readonly hist: Float64Array;
  /**
   * Clearance of the inspected lanes per office: [(office * 2 + lane - 1) * 2] the hours summed and
   * [... + 1] the releases, for the yellow (1) and red (2) lanes.
   */
  readonly office: Float64Array;
}

let next = 0;
const slot = (n = 1) => { const s = next; next += n; return s; };
/** Declarations lodged. */ export const C_DECL = slot();
/** Lane counts (4). */ export const C_LANE = slot(4);
/** Physical examinations completed. */ export const C_PHYSICAL = slot();
/** Targeted inspections completed, and hits. */ export const C_TGT = slot(); export const C_TGT_HIT = slot();
/** Random inspections completed, and hits. */ export const C_RND = slot(); export const C_RND_HIT = slot();
/** Non-compliant lodged; detected. */ export const C_NONCOMP = slot(); export const C_DETECTED = slot();
/** Revenue at risk, recovered; penalties (USD). */ export const C_REV_RISK = slot(); export const C_REV_REC = slot(); export const C_PENALTY = slot();
/** Seizures by offence (OFFENCE_COUNT). */ export const C_SEIZ = slot(OFFENCE_COUNT);
/** False positives. */ export const C_FALSEPOS = slot();
/** Delay cost (USD). */ export const C_DELAY = slot();
/** Overflow releases. */ export const C_OVERFLOW = slot();
/** Clearance sums (hours) and counts per lane and all (5 each). */ export const C_CLR_SUM = slot(5); export const C_CLR_N = slot(5);
/** Resource busy hours, on-duty hours and starts by kind (6 each). */ export const C_BUSY = slot(6); export const C_DUTY = slot(6); export const C_STARTED = slot(6);
/** Queue lengths at period end by kind (6; overwritten, not summed). */ export const C_QUEUE = slot(6);
/** Declarations on their way to each kind at period end (6; overwritten, not summed). */ export const C_ARRIVING = slot(6);
/** Pending inspections at period end (overwritten). */ export const C_PENDING = slot();
const COUNTERS = next;

/** Creates an empty accumulator for `offices` offices. */
export function createKpiAccumulator(offices: number): KpiAccumulator {
  return { c: new Float64Array(COUNTERS), hist: new Float64Array(5 * HISTOGRAM_BINS), office: new Float64Array(offices * 4) };
}

/** Records a release after `hours` of clearance in `lane` at `office`. */
export function recordClearance(acc: KpiAccumulator, office: number, lane: number, hours: number): void {
  // Per office, only the inspected lanes: green and blue releases take the office's fixed release time.
  if (lane === 1 || lane === 2) {
    const k = (office * 2 + lane - 1) * 2;
    acc.office[k] += hours;
    acc.office[k + 1]++;
  }
  const b = binOf(hours);
  acc.hist[lane * HISTOGRAM_BINS + b]++;
  acc.hist[4 * HISTOGRAM_BINS + b]++;
  acc.c[C_CLR_SUM + lane] += hours;
  acc.c[C_CLR_N + lane]++;
  acc.c[C_CLR_SUM + 4] += hours;
  acc.c[C_CLR_N + 4]++;
}

/**
 * Counts `count` releases in `lane` that all fall in histogram bin `b` (an office's fixed release
 * time for green and blue): histogram and counts only; the caller adds their hours to C_CLR_SUM.
 */
export function recordClearanceCounts(acc: KpiAccumulator, lane: number, b: number, count: number): void {
  acc.hist[lane * HISTOGRAM_BINS + b] += count;
  acc.hist[4 * HISTOGRAM_BINS + b] += count;
  acc.c[C_CLR_N + lane] += count;
  acc.c[C_CLR_N + 4] += count;
}

/** Adds a day into the run totals; end-of-period levels (queues, arrivals, pending) are copied, not summed. */
export function addInto(run: KpiAccumulator, day: KpiAccumulator): void {
  for (let k = 0; k < COUNTERS; k++) run.c[k] += day.c[k];
  for (let k = 0; k < 6; k++) {
    run.c[C_QUEUE + k] = day.c[C_QUEUE + k];
    run.c[C_ARRIVING + k] = day.c[C_ARRIVING + k];
  }
  run.c[C_PENDING] = day.c[C_PENDING];
  for (let k = 0; k < run.hist.length; k++) run.hist[k] += day.hist[k];
  for (let k = 0; k < run.office.length; k++) run.office[k] += day.office[k];
}

/** Zeroes an accumulator for a new period. */
export function resetAccumulator(acc: KpiAccumulator): void {
  acc.c.fill(0);
  acc.hist.fill(0);
  acc.office.fill(0);
}
