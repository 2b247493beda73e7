import { proxy, wrap, type Remote } from 'comlink';
import { registerRunWire } from './runWire';
import type { RunProgress, SimulationApi } from './simulationApi';

export type { SimulationApi, ScenarioInfo, RunProgress } from './simulationApi';

/** The page's handle on one simulation worker. */
export interface SimulationClient {
  /** The worker's API; every call is a promise. */
  readonly api: Remote<SimulationApi>;
  /**
   * Waits for `call`, but rejects as soon as the worker dies: a dead worker never answers, so a
   * plain await on its API would hang.
   */
  request<T>(call: Promise<T>): Promise<T>;
  /** Whether the worker has reported a fatal error. */
  isDead(): boolean;
  /** Stops the worker; calls still waiting are rejected. `onError` is not called. */
  terminate(): void;
  /**
   * Stops the worker as if it had crashed: calls still waiting are rejected and `onError` is
   * called with `message`. For the end-to-end test of crash recovery and for drills.
   */
  crash(message: string): void;
  /** `onProgress` as an argument of a worker call (passed by reference: the worker calls it back). */
  progress(onProgress: RunProgress): RunProgress;
}

/** Raised by {@link SimulationClient.request} when the worker died before answering. */
export class WorkerDiedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerDiedError';
  }
}

function describeWorkerError(event: Event): string {
  if (event instanceof ErrorEvent && event.message) {
    const where = event.filename ? ` (${event.filename}${event.lineno ? `:${event.lineno}` : ''})` : '';
    return `${event.message}${where}`;
  }
  return 'it failed to load or crashed';
}

/**
 * Starts the simulation worker and wraps it with comlink. `onError` is called once, with a
 * readable message, if the worker fails to load or dies; the client is unusable after that.
 */
export function createSimulationClient(onError: (message: string) => void): SimulationClient {
  registerRunWire();
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
  const api = wrap<SimulationApi>(worker);
  let dead = false;
  let rejectDeath: (error: Error) => void = () => {};
  const death = new Promise<never>((_, reject) => {
    rejectDeath = reject;
  });
  // Nobody may be waiting when the worker dies; don't report that as an unhandled rejection.
  death.catch(() => {});

  const die = (message: string): void => {
    if (dead) return;
    dead = true;
    rejectDeath(new WorkerDiedError(message));
    onError(message);
  };

  worker.addEventListener('error', (event) => {
    event.preventDefault();
    die(describeWorkerError(event));
  });
  worker.addEventListener('messageerror', () => {
    die('the simulation worker sent a message the page could not read');
  });

  return {
    api,
    crash: (message) => {
      worker.terminate();
      die(message);
    },
    request: (call) => (dead ? Promise.reject(new WorkerDiedError('the simulation worker is not running')) : Promise.race([call, death])),
    isDead: () => dead,
    progress: (onProgress) => proxy(onProgress),
    terminate: () => {
      worker.terminate();
      if (!dead) {
        dead = true;
        rejectDeath(new WorkerDiedError('the simulation worker was stopped'));
      }
    },
  };
}
