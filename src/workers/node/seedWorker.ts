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

port.on('message', (message: { readonly index: number; readonly seed: number }) => {
  const post = (reply: WorkerReply): void => port.postMessage(reply);
  try {
    const kpis = runSeedTask(plan, message.seed, data.progress ? () => post({ kind: 'day' }) : null);
    post({ kind: 'done', index: message.index, kpis });
  } catch (err) {
    post({ kind: 'failed', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
});
