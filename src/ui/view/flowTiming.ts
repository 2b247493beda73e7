/**
 * How long the legs of a consignment's trip through an office take, in simulated hours. The
 * snapshot gives each consignment's arrival hour, lane and outcome but not its service times, so
 * the view spends the lane's mean clearance time of the day (from `lastDay.clearance`) on the
 * trip, spread by a deterministic per-consignment factor. Arrival times, routes and end states
 * are the simulation's; the timing inside the day is illustrative.
 */
import type { DailyKpis, LaneName } from '../../sim';
import { VIEW_LANES } from './palette';

/** Durations used to build consignment paths, hours. */
export interface FlowTiming {
  /** Arrivals gate to the targeting node. */ readonly toTargeting: number;
  /** Targeting node to the lane row. */ readonly toRow: number;
  /** Each move between two places along a row. */ readonly move: number;
  /** Whole trip per lane (arrival to exit or to the audit backlog), before the spread. */ readonly total: Readonly<Record<LaneName, number>>;
}

/** Trip times when the day has no clearance statistics, hours. */
export const DEFAULT_TOTAL_HOURS: Readonly<Record<LaneName, number>> = { green: 2, yellow: 6, red: 10, blue: 2 };
/** Trip times are kept within this range so every lane moves visibly but inside a day, hours. */
export const TOTAL_HOURS_RANGE: readonly [number, number] = [1.5, 16];

/** The flow timing of a day, from its per-lane clearance means (hours, as the KPIs give them). */
export function flowTimingOf(lastDay: Pick<DailyKpis, 'clearance'> | null): FlowTiming {
  const total = {} as Record<LaneName, number>;
  for (const lane of VIEW_LANES) {
    const mean = lastDay?.clearance[lane];
    const hours = mean && mean.count > 0 && Number.isFinite(mean.mean) ? mean.mean : DEFAULT_TOTAL_HOURS[lane];
    total[lane] = Math.min(TOTAL_HOURS_RANGE[1], Math.max(TOTAL_HOURS_RANGE[0], hours));
  }
  return { toTargeting: 0.4, toRow: 0.4, move: 0.5, total };
}

/**
 * A deterministic number in [0, 1) from a consignment id (a 32-bit integer hash), used to spread
 * trip times and place consignments without any random state.
 */
export function hashUnit(id: number, salt = 0): number {
  let h = (Math.floor(id) ^ Math.floor(id / 4294967296) ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h / 4294967296;
}
