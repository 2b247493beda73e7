import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../src/sim';
import { runSeed } from '../src/workers/seedRuns';
import { runSeedTask, type SeedPlan } from '../src/workers/seedTask';
import { runSeedsOnThreads } from '../src/workers/node/seedPool';
import { median } from './stats';

/** Wall times of one paired comparison (`run --compare`) done three ways, interleaved, and how much of two cores the machine gave meanwhile. */
export interface SeedBatchResult {
  /** Seeds, days per run, threads of the threaded way. */ readonly seeds: number; readonly days: number; readonly threads: number;
  /** Repeats of each way (medians are reported). */ readonly repeats: number;
  /** Both policies run from scratch on each seed, one after another in this thread (the way before), wall s. */ readonly separateSeconds: number;
  /** Each seed's alternative restoring its baseline's traffic (runPolicies), in this thread, wall s. */ readonly pairedSeconds: number;
  /** runPolicies on `threads` worker threads, the workers' start included, wall s. */ readonly threadedSeconds: number;
  /** pairedSeconds / separateSeconds and threadedSeconds / separateSeconds, medians of the repeats' ratios. */ readonly pairedRatio: number; readonly threadedRatio: number;
  /** A fixed arithmetic loop on two threads at once over the same loop on one, median of probes beside the repeats: 1 when the machine gives two cores, 2 when it gives one. */ readonly twoCoreProbe: number;
}

/**
 * Times `run --compare` on `seeds` seeds of `days` days: from scratch, paired (the traffic cache),
 * and paired on worker threads. Threads divide wall time only where the machine has cores to give:
 * a shared machine's share changes by the minute, so each repeat also times an arithmetic loop
 * alone and twice at once, and the report shows both.
 */
export async function timeSeedBatches(baseline: Scenario, alternative: Scenario, seeds: number, days: number, threads: number, repeats: number): Promise<SeedBatchResult> {
  const plan: SeedPlan = { scenarios: [baseline, alternative], days, seeds: Array.from({ length: seeds }, (_, i) => 101 + i) };
  const separate = (): void => { for (const seed of plan.seeds) { runSeed(baseline, seed, days, null); runSeed(alternative, seed, days, null); } };
  const paired = (): void => { for (const seed of plan.seeds) runSeedTask(plan, seed, null); };
  const wall = async (f: () => unknown): Promise<number> => { const t = performance.now(); await f(); return (performance.now() - t) / 1000; };
  // Warm-up: this thread's compiled code and the workers' bundle, as a second command in one process would have them.
  paired();
  await runSeedsOnThreads({ ...plan, seeds: plan.seeds.slice(0, threads) }, threads, null);
  const rows: number[][] = [];
  for (let r = 0; r < repeats; r++) {
    const a = await wall(separate), b = await wall(paired), c = await wall(() => runSeedsOnThreads(plan, threads, null));
    rows.push([a, b, c, b / a, c / a, await probeTwoCores()]);
  }
  const col = (k: number): number => median(rows.map((row) => row[k]));
  return {
    seeds, days, threads, repeats,
    separateSeconds: col(0), pairedSeconds: col(1), threadedSeconds: col(2), pairedRatio: col(3), threadedRatio: col(4), twoCoreProbe: col(5),
  };
}

/** An arithmetic loop on two threads at once over the same loop on one thread (wall time). */
async function probeTwoCores(): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) | 0; parentPort.postMessage(x);`;
  const spin = (n: number): Promise<number> => {
    const t = performance.now();
    return Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => {
      const w = new Worker(code, { eval: true });
      w.once('message', () => { void w.terminate(); resolve(null); });
      w.once('error', reject);
    }))).then(() => performance.now() - t);
  };
  const one = await spin(1);
  return (await spin(2)) / one;
}
