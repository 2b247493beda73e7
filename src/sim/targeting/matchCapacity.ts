import type { DayBuffer } from '../declarations/dayBuffer';
import { LANE_BLUE, LANE_GREEN, LANE_RED, LANE_YELLOW, REASON_OVERFLOW_RELEASED, REASON_RANDOM, REASON_TOPUP } from '../declarations/codes';

/** Capacity policy, as numbers. */
export interface CapacityPolicy {
  /** Expected selection rates per lane code (index by lane; green unused), fractions. */ readonly expected: Float64Array;
}

/**
 * Matches the day's selections to capacity, office by office (ASYCUDA MODSEL, domain reference
 * §3.4): first tops each lane up to its expected rate with the highest-scoring green declarations
 * (precedence red > yellow > blue), then releases the lowest-scoring targeted selections beyond
 * the capacity of the lane's first resource. Random selections are never released: the compliance
 * sample must stay random.
 *
 * `capacity[office * 4 + lane]` is how many more declarations the lane can take (inspections): the
 * caller gives today's capacity under the "release" policy, and adds the backlog it allows under "wait".
 * Returns the number released. `scratch` must hold at least `day.count` entries.
 */
export function matchCapacity(day: DayBuffer, officeCount: number, policy: CapacityPolicy, capacity: Float64Array, scratch: Int32Array): number {
  let released = 0;
  const score = day.score;
  const byScoreDesc = (a: number, b: number) => score[b] - score[a] || a - b;
  const topUp = policy.expected[LANE_RED] > 0 || policy.expected[LANE_YELLOW] > 0 || policy.expected[LANE_BLUE] > 0;
  for (let o = 0; topUp && o < officeCount; o++) {
    let total = 0;
    for (let i = 0; i < day.count; i++) if (day.office[i] === o) total++;
    if (total === 0) continue;
    for (const lane of [LANE_RED, LANE_YELLOW, LANE_BLUE]) {
      const rate = policy.expected[lane];
      if (rate <= 0) continue;
      let have = 0, m = 0;
      for (let i = 0; i < day.count; i++) {
        if (day.office[i] !== o) continue;
        if (day.lane[i] === lane) have++;
        else if (day.lane[i] === LANE_GREEN) scratch[m++] = i;
      }
      const want = Math.ceil(rate * total) - have;
      if (want <= 0) continue;
      const candidates = scratch.subarray(0, m).sort(byScoreDesc);
      for (let k = 0; k < want && k < m; k++) {
        day.lane[candidates[k]] = lane;
        day.reason[candidates[k]] |= REASON_TOPUP;
      }
    }
  }
  // Counts of random and of releasable (targeted) selections per office and lane, in one pass;
  // an office's lane is ranked only when it is over capacity.
  const counts = new Int32Array(officeCount * 8);
  for (let i = 0; i < day.count; i++) {
    const lane = day.lane[i];
    if (lane !== LANE_RED && lane !== LANE_YELLOW) continue;
    counts[(day.office[i] * 4 + lane) * 2 + ((day.reason[i] & REASON_RANDOM) !== 0 ? 1 : 0)]++;
  }
  for (let o = 0; o < officeCount; o++) {
    for (const lane of [LANE_RED, LANE_YELLOW]) {
      const cell = o * 4 + lane;
      const room = Math.max(0, Math.floor(capacity[cell]) - counts[cell * 2 + 1]);
      if (counts[cell * 2] <= room) continue;
      let m = 0;
      for (let i = 0; i < day.count; i++) {
        if (day.office[i] === o && day.lane[i] === lane && (day.reason[i] & REASON_RANDOM) === 0) scratch[m++] = i;
      }
      const ranked = scratch.subarray(0, m).sort(byScoreDesc);
      for (let k = room; k < m; k++) {
        day.lane[ranked[k]] = LANE_GREEN;
        day.reason[ranked[k]] |= REASON_OVERFLOW_RELEASED;
        released++;
      }
    }
  }
  return released;
}
