import { availableParallelism, freemem } from 'node:os';
import type { Kpis } from '../sim';
import { daysPerSeed, runSeedTask, type SeedPlan } from '../workers/seedTask';
import { runSeedsOnThreads } from '../workers/node/seedPool';

/**
 * Declarations (over all the plan's runs) below which the default is one thread: a worker thread
 * starts cold (its code bundled, loaded and compiled again: 0.5-1 s before it runs at full speed),
 * and threads share the cores' caches and memory, so a batch of a few seconds does not win it back.
 * Measured on this project's 2-core machine: 4.7 million declarations (a comparison of 4 seeds of
 * 120 days) 1.02 of one thread, 21 million (6 seeds, one year) 0.70.
 */
export const THREADED_FROM_DECLARATIONS = 10_000_000;

/**
 * Memory to allow a thread, bytes: the traffic its seed's baseline keeps for the other policies
 * (110 MB at most), a run's own state, its heap and code. A one-year comparison of the default
 * scenario grew a process by 141 MB (117 MB of array buffers, a 50 MB heap); this leaves room
 * for bigger administrations and the collector.
 */
export const THREAD_MEMORY_BYTES = 400 * 2 ** 20;

/**
 * Runs a plan's seeds and returns each seed's KPIs in seed order: on `jobs` worker threads when
 * there is more than one seed to share, else in this thread. By default (`jobs` null), one thread
 * per core for a batch of at least {@link THREADED_FROM_DECLARATIONS} declarations, as many as the
 * free memory holds ({@link THREAD_MEMORY_BYTES} each), else one.
 * The results are the same either way; threads only divide the time.
 */
export async function runSeeds(plan: SeedPlan, jobs: number | null, onDay: ((done: number, total: number) => void) | null): Promise<Kpis[][]> {
  const threads = Math.min(jobs ?? defaultThreads(plan), plan.seeds.length);
  if (threads > 1) return runSeedsOnThreads(plan, threads, onDay);
  const perSeed = daysPerSeed(plan), total = plan.seeds.length * perSeed;
  return plan.seeds.map((seed, r) => runSeedTask(plan, seed, onDay === null ? null : (d) => onDay(r * perSeed + d, total)));
}

/**
 * One thread per core for a batch worth it (see THREADED_FROM_DECLARATIONS), but no more than
 * `freeBytes` of memory holds, else one. `cores` and `freeBytes` are the machine's unless given.
 */
export function defaultThreads(plan: SeedPlan, cores = availableParallelism(), freeBytes = freemem()): number {
  let declarations = 0;
  for (const scenario of plan.scenarios) {
    for (const office of scenario.offices) declarations += office.dailyVolume * plan.days * plan.seeds.length;
  }
  if (declarations < THREADED_FROM_DECLARATIONS) return 1;
  return Math.max(1, Math.min(cores, Math.floor(freeBytes / THREAD_MEMORY_BYTES)));
}
