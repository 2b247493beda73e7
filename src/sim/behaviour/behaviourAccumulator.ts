/**
 * Running counters of trader behaviour in one Float64Array (indices below), like the core's KPI
 * accumulator: one collects a day, and is added into the run's at day end. Rates are kept as
 * numerator and denominator so a run's rate is declaration-weighted over its days.
 */
export interface BehaviourAccumulator {
  /** Counters, see the B_* indices. */ readonly c: Float64Array;
}

let next = 0;
const slot = () => next++;
/** Declarations lodged; by tier 1-2 traders; by AEO holders. */ export const B_DECL = slot(), B_DECL_VOLUNTARY = slot(), B_DECL_AEO = slot();
/** Sums of declarations x perceived and x realised detection probability. */ export const B_PERCEIVED = slot(), B_ACTUAL = slot();
/** Declarations of tier 3-4 traders, and their expected evasions. */ export const B_DECL_DELIBERATE = slot(), B_EVASIONS = slot();
/** Moves down the pyramid by cause. */ export const B_DOWN_TURNOVER = slot(), B_DOWN_DETERRED = slot(), B_DOWN_OUTREACH = slot(), B_DOWN_AEO = slot();
/** Moves up the pyramid by cause. */ export const B_UP_TURNOVER = slot(), B_UP_EMBOLDENED = slot();
/** Treatment activity counts. */
export const B_HELP = slot(), B_APPLICATIONS = slot(), B_VALIDATIONS = slot(), B_GRANTED = slot(), B_AEO_SUSPENDED = slot();
/** More activity counts. */ export const B_PROSECUTIONS = slot(), B_INFILTRATIONS = slot(), B_INSPECTIONS = slot();
/** Treatment costs, USD. */ export const B_COST_EASY = slot(), B_COST_HELP = slot(), B_COST_DETER = slot(), B_COST_FORCE = slot(), B_COST_AEO = slot();
const COUNTERS = next;

/** Creates an empty accumulator. */
export function createBehaviourAccumulator(): BehaviourAccumulator {
  return { c: new Float64Array(COUNTERS) };
}

/** Adds a day's counters into the run's. */
export function addBehaviourInto(run: BehaviourAccumulator, day: BehaviourAccumulator): void {
  for (let k = 0; k < COUNTERS; k++) run.c[k] += day.c[k];
}
