import { parentPort, workerData } from 'node:worker_threads';
import { runSeedTask, type SeedPlan } from '../seedTask';
import type { SeedWorkerData, WorkerReply } from './seedMessages';

/**
 * A worker thread of the seed pool: runs the seeds it is sent, one at a time, under the plan it was
 * started with, and replies with their KPIs (and, when asked, a message after every simulated day).
 */
const data = workerData as SeedWorkerData;
const plan: SeedPlan = data.plan;
const port = parentPort!;

port.on('message', (message: unknown) => {
  const post = (reply: WorkerReply): void => port.postMessage(reply);
  if (!isSeedRequest(message)) {
    post({ kind: 'failed', message: `unexpected message to a seed worker: ${JSON.stringify(message)?.slice(0, 200)}` });
    return;
  }
  try {
    const kpis = runSeedTask(plan, message.seed, data.progress ? () => post({ kind: 'day' }) : null);
    post({ kind: 'done', index: message.index, kpis });
  } catch (err) {
    post({ kind: 'failed', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
});

/** A request the pool sends: a seed to run, with its index in the plan. */
function isSeedRequest(m: unknown): m is { readonly index: number; readonly seed: number } {
  const r = m as Partial<Record<string, unknown>> | null;
  return r !== null && typeof r === 'object' && Number.isInteger(r.index) && Number.isInteger(r.seed);
}
