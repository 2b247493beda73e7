import { Worker } from 'node:worker_threads';
import type { Kpis } from '../../sim';
import { daysPerSeed, type SeedPlan } from '../seedTask';
import { checkReply, type SeedWorkerData } from './seedMessages';
import { seedWorkerSource } from './seedWorkerSource';

/**
 * Runs a plan's seeds on `threads` worker threads, each taking the next seed when it finishes one,
 * and returns every seed's KPIs in the plan's seed order: the same values, bit for bit, as running
 * them one after another in this thread (each run depends only on its scenario and seed).
 * `onDay(done, total)` is told after every simulated day of any thread. A failure in a thread stops
 * them all and rejects with its message.
 */
export async function runSeedsOnThreads(plan: SeedPlan, threads: number, onDay: ((done: number, total: number) => void) | null): Promise<Kpis[][]> {
  const code = await seedWorkerSource();
  const total = plan.seeds.length * daysPerSeed(plan);
  const results: (Kpis[] | undefined)[] = new Array<Kpis[] | undefined>(plan.seeds.length);
  const workers: Worker[] = [];
  let next = 0, finished = 0, daysDone = 0, settled = false;
  return new Promise<Kpis[][]>((resolve, reject) => {
    const stop = (): void => {
      settled = true;
      for (const w of workers) void w.terminate();
    };
    const fail = (message: string): void => {
      if (settled) return;
      stop();
      reject(new Error(`a seed worker failed: ${message}`));
    };
    const give = (w: Worker): void => {
      if (next < plan.seeds.length) {
        w.postMessage({ index: next, seed: plan.seeds[next] });
        next++;
      }
    };
    const data: SeedWorkerData = { plan, progress: onDay !== null };
    for (let t = 0; t < threads; t++) {
      const w = new Worker(code, { eval: true, workerData: data });
      workers.push(w);
      w.on('message', (message: unknown) => {
        if (settled) return;
        const reply = checkReply(message, plan.seeds.length, plan.scenarios.length);
        if (reply.kind === 'day') {
          daysDone++;
          onDay?.(daysDone, total);
        } else if (reply.kind === 'failed') {
          fail(reply.message);
        } else if (results[reply.index] === undefined) {
          results[reply.index] = reply.kpis;
          if (++finished === plan.seeds.length) {
            stop();
            resolve(results as Kpis[][]);
          } else give(w);
        }
      });
      w.on('error', (err) => fail(err.message));
      w.on('exit', (exitCode) => fail(`a thread ended with exit code ${exitCode} before its seeds were done`));
      give(w);
    }
  });
}
