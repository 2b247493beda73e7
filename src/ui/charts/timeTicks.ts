/**
 * Readable ticks for a logarithmic time axis in hours: round durations people use (1 min,
 * 15 min, 1 h, 4 h, 1 day, 1 week, 30 days, 1 year) instead of powers of ten. Ticks come in
 * priority levels; the coarsest levels are kept first so that a narrow axis still gets a
 * minute / hour / day / week skeleton.
 */

/** A tick on a time axis: its position in hours and its label. */
export interface TimeTick {
  /** Position, hours. */ readonly hours: number;
  /** Label with its unit, e.g. `15 min`. */ readonly label: string;
  /** 0 = most important; higher levels are dropped first when space is short. */ readonly level: number;
}

const MIN = 1 / 60;
const DAY = 24;

/** Candidate ticks from one minute to two years. */
export const TIME_TICKS: readonly TimeTick[] = [
  { hours: MIN, label: '1 min', level: 0 },
  { hours: 2 * MIN, label: '2 min', level: 2 },
  { hours: 5 * MIN, label: '5 min', level: 1 },
  { hours: 10 * MIN, label: '10 min', level: 2 },
  { hours: 15 * MIN, label: '15 min', level: 1 },
  { hours: 30 * MIN, label: '30 min', level: 2 },
  { hours: 1, label: '1 h', level: 0 },
  { hours: 2, label: '2 h', level: 2 },
  { hours: 4, label: '4 h', level: 1 },
  { hours: 8, label: '8 h', level: 2 },
  { hours: 12, label: '12 h', level: 2 },
  { hours: DAY, label: '1 day', level: 0 },
  { hours: 2 * DAY, label: '2 days', level: 2 },
  { hours: 3 * DAY, label: '3 days', level: 1 },
  { hours: 7 * DAY, label: '1 week', level: 0 },
  { hours: 14 * DAY, label: '2 weeks', level: 2 },
  { hours: 30 * DAY, label: '30 days', level: 0 },
  { hours: 90 * DAY, label: '90 days', level: 1 },
  { hours: 182 * DAY, label: '6 months', level: 2 },
  { hours: 365 * DAY, label: '1 year', level: 0 },
  { hours: 730 * DAY, label: '2 years', level: 1 },
];

/**
 * The ticks inside `[lowHours, highHours]`, at most `maxTicks` of them: whole priority levels
 * are added, coarsest first, while they fit. At least the level-0 ticks in range are returned
 * (possibly more than `maxTicks` on a very narrow axis), sorted by time.
 */
export function timeTicks(lowHours: number, highHours: number, maxTicks: number): TimeTick[] {
  const inRange = TIME_TICKS.filter((t) => t.hours >= lowHours * 0.999 && t.hours <= highHours * 1.001);
  let chosen = inRange.filter((t) => t.level === 0);
  for (let level = 1; level <= 2; level++) {
    const next = inRange.filter((t) => t.level <= level);
    if (next.length > maxTicks) break;
    chosen = next;
  }
  return chosen;
}

/**
 * The range to show for log-binned data: from the lower edge of the first non-empty bin to the
 * upper edge of the last, widened to at least `minRatio` (high / low) around its geometric
 * centre so that a narrow distribution is not blown up. `edges` has one more entry than
 * `counts`; null when every count is zero.
 */
export function occupiedRange(edges: readonly number[], counts: readonly (readonly number[])[], minRatio = 60): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const series of counts) {
    for (let b = 0; b < series.length; b++) {
      if ((series[b] ?? 0) > 0) {
        first = Math.min(first, b);
        last = Math.max(last, b);
      }
    }
  }
  if (!Number.isFinite(first)) return null;
  let low = edges[first] ?? 0;
  let high = edges[last + 1] ?? low;
  if (!(low > 0) || !(high > low)) return null;
  if (high / low < minRatio) {
    const centre = Math.sqrt(low * high);
    const half = Math.sqrt(minRatio);
    low = centre / half;
    high = centre * half;
  }
  const floor = edges[0] ?? low;
  const ceiling = edges[edges.length - 1] ?? high;
  return [Math.max(low, floor), Math.min(high, ceiling)];
}
