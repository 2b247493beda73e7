import type { DailyKpis, SimulationSnapshot } from '../sim';
import { createSimulationClient, WorkerDiedError, type ScenarioInfo, type SimulationClient } from '../workers/simulationClient';

/** How many recent days the page keeps for the daily table. */
export const RECENT_DAYS = 14;

/**
 * Where the run is: starting (worker loading, scenario being built), ready (paused, can step),
 * playing, finished (horizon reached) or dead (the worker stopped; restart needed).
 */
export type Phase = 'starting' | 'ready' | 'playing' | 'finished' | 'dead';

/** Everything the page shows, as one immutable value. */
export interface SessionView {
  readonly phase: Phase;
  /** The scenario being run, once the worker has loaded it. */ readonly info: ScenarioInfo | null;
  /** The snapshot after the last completed day. */ readonly snapshot: SimulationSnapshot | null;
  /** KPIs of the last {@link RECENT_DAYS} days, oldest first. */ readonly recent: readonly DailyKpis[];
  /** The last call the worker refused (the run continues). */ readonly error: string | null;
  /** Why the worker stopped, when phase is `dead`. */ readonly fatal: string | null;
  /** A worker call is queued or in progress (after a pause, the day in progress still lands). */ readonly busy: boolean;
}

/** The run, driven from the page; the model itself runs in the worker. */
export interface Session {
  /** Runs a day at a time until paused or the horizon is reached. */ play(): void;
  /** Stops after the day in progress. */ pause(): void;
  /** Simulates one day. */ stepOnce(): void;
  /** Starts again from day 0 with `seed`. */ reset(seed: number): void;
  /** Replaces a dead (or live) worker with a new one and starts again from day 0 with `seed`. */ restart(seed: number): void;
}

/** Calls `next` before the next repaint, so each simulated day is drawn before the next is asked for. */
export type Scheduler = (next: () => void) => void;

const nextFrame: Scheduler = (next) => {
  requestAnimationFrame(() => next());
};

/** Starts a worker client; `onError` is called if the worker dies. */
export type ClientFactory = (onError: (message: string) => void) => SimulationClient;

/** Options of {@link createSession}; tests replace the worker and the frame clock. */
export interface SessionOptions {
  /** When to run the next day of play (default: the next animation frame). */ readonly schedule?: Scheduler;
  /** How to start a worker (default: the real simulation worker). */ readonly createClient?: ClientFactory;
}

/**
 * Creates a session running `scenarioId` with `seed` in a new worker. Worker calls are queued so
 * they never overlap; a reset or restart waits for the day in progress. `onChange` receives the
 * new view after every change.
 */
export function createSession(scenarioId: string, seed: number, onChange: (view: SessionView) => void, options: SessionOptions = {}): Session {
  const schedule = options.schedule ?? nextFrame;
  const createClient = options.createClient ?? createSimulationClient;
  let view: SessionView = { phase: 'starting', info: null, snapshot: null, recent: [], error: null, fatal: null, busy: true };
  let pending = 0;
  let playing = false;
  let playRun = 0;
  let epoch = 0;
  let queue: Promise<void> = Promise.resolve();
  let client: SimulationClient = newClient();

  function update(patch: Partial<SessionView>): void {
    view = { ...view, ...patch };
    onChange(view);
  }

  function newClient(): SimulationClient {
    const myEpoch = epoch;
    return createClient((message) => {
      if (myEpoch !== epoch) return;
      playing = false;
      update({ phase: 'dead', fatal: message });
    });
  }

  /** Queues a worker task; its failure is reported unless a restart has made it stale. */
  function enqueue(task: (c: SimulationClient) => Promise<void>): Promise<void> {
    const myEpoch = epoch;
    pending += 1;
    view = { ...view, busy: true };
    queue = queue
      .then(() => (myEpoch === epoch && view.phase !== 'dead' ? task(client) : undefined))
      .catch((error: unknown) => {
        if (myEpoch !== epoch) return;
        playing = false;
        if (error instanceof WorkerDiedError || client.isDead()) {
          update({ phase: 'dead', fatal: view.fatal ?? (error instanceof Error ? error.message : String(error)) });
        } else {
          update({ phase: atHorizon() ? 'finished' : 'ready', error: error instanceof Error ? error.message : String(error) });
        }
      })
      .finally(() => {
        if (myEpoch !== epoch) return;
        pending -= 1;
        if (pending === 0) update({ busy: false });
      });
    return queue;
  }

  function atHorizon(): boolean {
    return view.info !== null && view.snapshot !== null && view.snapshot.day >= view.info.days;
  }

  function start(c: SimulationClient, s: number): Promise<void> {
    return (async () => {
      update({ phase: 'starting', error: null });
      const info = await c.request(c.api.init(scenarioId, s));
      const snapshot = await c.request(c.api.snapshot());
      update({ phase: 'ready', info, snapshot, recent: [], error: null });
    })();
  }

  async function advance(c: SimulationClient): Promise<void> {
    if (atHorizon()) return;
    const snapshot = await c.request(c.api.step(1));
    const recent = await c.request(c.api.daily(RECENT_DAYS));
    const finished = view.info !== null && snapshot.day >= view.info.days;
    if (finished) playing = false;
    update({ snapshot, recent, phase: finished ? 'finished' : playing ? 'playing' : 'ready', error: null });
  }

  /** One day of play; `run` identifies the play that started it, so a pause + play never doubles the loop. */
  function loop(run: number): void {
    const current = (): boolean => playing && run === playRun;
    void enqueue(async (c) => {
      if (current()) await advance(c);
    }).then(() => {
      if (current()) schedule(() => loop(run));
    });
  }

  void enqueue((c) => start(c, seed));

  return {
    play() {
      if (playing || view.phase !== 'ready' || view.info === null) return;
      playing = true;
      playRun += 1;
      update({ phase: 'playing', error: null });
      loop(playRun);
    },
    pause() {
      if (!playing) return;
      playing = false;
      update({ phase: 'ready' });
    },
    stepOnce() {
      if (playing || view.phase !== 'ready' || view.info === null) return;
      void enqueue(advance);
    },
    reset(newSeed) {
      if (view.phase === 'dead') return;
      playing = false;
      void enqueue(async (c) => {
        if (view.info !== null && view.info.seed === newSeed) {
          const snapshot = await c.request(c.api.reset());
          update({ phase: 'ready', snapshot, recent: [], error: null });
        } else {
          await start(c, newSeed);
        }
      });
    },
    restart(newSeed) {
      playing = false;
      epoch += 1;
      client.terminate();
      client = newClient();
      queue = Promise.resolve();
      pending = 0;
      update({ phase: 'starting', info: null, snapshot: null, recent: [], error: null, fatal: null, busy: false });
      void enqueue((c) => start(c, newSeed));
    },
  };
}
