import { availableParallelism } from 'node:os';
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
 * Runs a plan's seeds and returns each seed's KPIs in seed order: on `jobs` worker threads when
 * there is more than one seed to share, else in this thread. By default (`jobs` null), one thread
 * per core for a batch of at least {@link THREADED_FROM_DECLARATIONS} declarations, else one.
 * The results are the same either way; threads only divide the time.
 */
export async function runSeeds(plan: SeedPlan, jobs: number | null, onDay: ((done: number, total: number) => void) | null): Promise<Kpis[][]> {
  const threads = Math.min(jobs ?? defaultThreads(plan), plan.seeds.length);
  if (threads > 1) return runSeedsOnThreads(plan, threads, onDay);
  const perSeed = daysPerSeed(plan), total = plan.seeds.length * perSeed;
  return plan.seeds.map((seed, r) => runSeedTask(plan, seed, onDay === null ? null : (d) => onDay(r * perSeed + d, total)));
}

/** One thread per core for a batch worth it (see THREADED_FROM_DECLARATIONS), else one. */
export function defaultThreads(plan: SeedPlan): number {
  let declarations = 0;
  for (const scenario of plan.scenarios) {
    for (const office of scenario.offices) declarations += office.dailyVolume * plan.days * plan.seeds.length;
  }
  return declarations >= THREADED_FROM_DECLARATIONS ? availableParallelism() : 1;
}
