import { assign, fromPromise, setup } from 'xstate';
import type { AdvanceRequest, AdvanceResult, RunResult } from '../../workers/runMessages';
import type { RunSpec } from '../../workers/runSpec';
import { clampSpeed } from './speed';
import { jsonEqual } from './jsonPatch';

/**
 * The run, En-ROADS style: the state is a spec (scenario, seed, horizon, policy) and a day. A
 * change of spec re-simulates from day 0 up to the current day in the worker (`recomputing`), and
 * the run shown before the change becomes the faded baseline; a saved baseline (a reload) is
 * simulated first (`restoringBaseline`). Play advances one day per
 * 1/speed seconds (`playing.waiting` → `playing.advancing`), step advances one day, reset goes
 * back to day 0. While a day is shown during play, the next one is already computed (see
 * `playing.waiting`). Worker calls are invoked actors named `simulate` and `advance`, and
 * `restartWorker` is a named action: the session provides them, tests provide fakes. Delays go
 * through the actor's clock, so tests drive play with a SimulatedClock.
 */

/** A run to simulate: its spec and how many days. */
export interface RunTarget {
  /** The spec. */ readonly spec: RunSpec;
  /** Days completed. */ readonly day: number;
}

/** What the machine starts from. */
export interface RunInput {
  /** The run to load. */ readonly spec: RunSpec;
  /** Days to simulate at once (e.g. from a link). */ readonly day: number;
  /** Play speed, days per second. */ readonly speed: number;
  /** A saved baseline to simulate first, so a reload keeps the comparison (same world only). */ readonly baseline?: RunTarget | null;
}

/** The machine's context. */
export interface RunContext {
  /** The spec in force (the last one asked for). */ readonly spec: RunSpec;
  /** Days the run should have completed. */ readonly day: number;
  /** Play speed, simulated days per second. */ readonly speed: number;
  /** The run shown, or null before the first answer. */ readonly current: RunResult | null;
  /** The run shown before the last change of spec, drawn faded for comparison. */ readonly baseline: RunResult | null;
  /** A newer spec or day arrived while recomputing. */ readonly pending: boolean;
  /** Play continues after the recomputation in progress. */ readonly playing: boolean;
  /** The last request the worker refused (the run goes on). */ readonly error: string | null;
  /** Why the worker stopped. */ readonly fatal: string | null;
  /** Automatic restarts since the last good answer. */ readonly autoRestarts: number;
  /** A saved baseline still to be simulated (only before the first run). */ readonly restore: RunTarget | null;
  /** The next day, computed while playing and not shown yet. */ readonly prefetch: AdvanceResult | null;
}

/** Events the page (and the session) send. */
export type RunEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'TOGGLE' }
  | { type: 'STEP' }
  | { type: 'RESET' }
  | { type: 'SET_SPEED'; daysPerSecond: number }
  | { type: 'CHANGE'; spec: RunSpec }
  | { type: 'WORKER_DIED'; message: string }
  | { type: 'RESTART' }
  | { type: 'CLEAR_BASELINE' }
  | { type: 'DISMISS_ERROR' };

/** Input of the `simulate` actor. */
export interface SimulateInput {
  /** Spec to simulate. */ readonly spec: RunSpec;
  /** Days to simulate from day 0. */ readonly days: number;
}

/** Automatic restarts of a dead worker before the page asks the user. */
export const MAX_AUTO_RESTARTS = 1;
/** Wait before an automatic restart, milliseconds. */
export const AUTO_RESTART_DELAY_MS = 1500;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const isDeath = (error: unknown): boolean => error instanceof Error && error.name === 'WorkerDiedError';
const sameWorld = (a: RunSpec, b: RunSpec): boolean => a.scenarioId === b.scenarioId && a.scale === b.scale;
const atHorizon = (r: RunResult): boolean => r.snapshot.day >= r.spec.horizon;
const nextDay = ({ context }: { context: RunContext }): AdvanceRequest => {
  const day = context.current?.snapshot.day ?? 0;
  return { toDay: day + 1, since: context.current?.daily.length ?? 0 };
};

/** The run machine; provide `simulate`, `advance` and `restartWorker`. */
export const runMachine = setup({
  types: {} as { context: RunContext; events: RunEvent; input: RunInput },
  actors: {
    simulate: fromPromise<RunResult, SimulateInput>(() => Promise.reject(new Error('[run] simulate is not provided'))),
    advance: fromPromise<AdvanceResult, AdvanceRequest>(() => Promise.reject(new Error('[run] advance is not provided'))),
  },
  actions: {
    restartWorker: () => {},
    storeRun: assign((_, p: { result: RunResult }) => ({ current: p.result, day: p.result.snapshot.day, error: null, fatal: null, autoRestarts: 0 })),
    storeStep: assign(({ context }, p: { result: AdvanceResult }) => {
      const c = context.current;
      if (c === null) return {};
      const current: RunResult = { ...c, daily: c.daily.concat(p.result.daily), snapshot: p.result.snapshot };
      return { current, day: p.result.snapshot.day, error: null };
    }),
    acceptChange: assign(({ context }, p: { spec: RunSpec }) => ({ spec: p.spec, day: Math.min(context.day, p.spec.horizon), error: null })),
    keepBaseline: assign(({ context }, p: { spec: RunSpec }) => {
      const c = context.current;
      if (c === null || !sameWorld(c.spec, p.spec)) return { baseline: null };
      return c.snapshot.day > 0 ? { baseline: c } : {};
    }),
    markPending: assign({ pending: true }),
    clearPending: assign({ pending: false }),
    resetDay: assign({ day: 0, error: null }),
    startPlaying: assign({ playing: true }),
    stopPlaying: assign({ playing: false }),
    setSpeed: assign((_, p: { daysPerSecond: number }) => ({ speed: clampSpeed(p.daysPerSecond) })),
    storeError: assign((_, p: { error: unknown }) => ({ error: errorText(p.error) })),
    storeFatal: assign((_, p: { message: string }) => ({ fatal: p.message, playing: false })),
    countAutoRestart: assign(({ context }) => ({ autoRestarts: context.autoRestarts + 1 })),
    clearBaseline: assign({ baseline: null }),
    storePrefetch: assign((_, p: { result: AdvanceResult }) => ({ prefetch: p.result })),
    clearPrefetch: assign({ prefetch: null }),
    storeRestoredBaseline: assign(({ context }, p: { result: RunResult }) => ({ baseline: sameWorld(p.result.spec, context.spec) ? p.result : null, restore: null })),
    dropRestore: assign({ restore: null }),
    clearError: assign({ error: null }),
  },
  guards: {
    canAdvance: ({ context }) => context.current !== null && !atHorizon(context.current),
    hasPending: ({ context }) => context.pending,
    resumes: ({ context }, p: { result: RunResult }) => context.playing && !atHorizon(p.result),
    reachesHorizon: ({ context }, p: { result: AdvanceResult }) => context.current !== null && p.result.snapshot.day >= context.current.spec.horizon,
    isDeath: (_, p: { error: unknown }) => isDeath(p.error),
    isNewSpec: ({ context }, p: { spec: RunSpec }) => !jsonEqual(context.spec, p.spec),
    mayAutoRestart: ({ context }) => context.autoRestarts < MAX_AUTO_RESTARTS,
    hasRestore: ({ context }) => context.restore !== null,
    hasPrefetch: ({ context }) => context.prefetch !== null && context.current !== null && context.prefetch.snapshot.day === context.current.snapshot.day + 1,
    prefetchReachesHorizon: ({ context }) => context.prefetch !== null && context.current !== null
      && context.prefetch.snapshot.day === context.current.snapshot.day + 1 && context.prefetch.snapshot.day >= context.current.spec.horizon,
  },
  delays: {
    stepDelay: ({ context }) => 1000 / context.speed,
    autoRestartDelay: AUTO_RESTART_DELAY_MS,
  },
}).createMachine({
  id: 'run',
  context: ({ input }) => ({
    spec: input.spec, day: Math.min(input.day, input.spec.horizon), speed: clampSpeed(input.speed), current: null, baseline: null,
    pending: false, playing: false, error: null, fatal: null, autoRestarts: 0, prefetch: null,
    restore: input.baseline && sameWorld(input.baseline.spec, input.spec) && input.baseline.day > 0
      ? { spec: input.baseline.spec, day: Math.min(input.baseline.day, input.baseline.spec.horizon) } : null,
  }),
  initial: 'starting',
  on: {
    WORKER_DIED: { target: '.failed', actions: { type: 'storeFatal', params: ({ event }) => ({ message: event.message }) } },
    SET_SPEED: { actions: { type: 'setSpeed', params: ({ event }) => ({ daysPerSecond: event.daysPerSecond }) } },
    CLEAR_BASELINE: { actions: 'clearBaseline' },
    DISMISS_ERROR: { actions: 'clearError' },
  },
  states: {
    starting: {
      always: [{ guard: 'hasRestore', target: 'restoringBaseline' }, { target: 'recomputing' }],
    },
    restoringBaseline: {
      invoke: {
        src: 'simulate',
        input: ({ context }) => ({ spec: context.restore!.spec, days: context.restore!.day }),
        onDone: { target: 'recomputing', actions: { type: 'storeRestoredBaseline', params: ({ event }) => ({ result: event.output }) } },
        onError: [
          { guard: { type: 'isDeath', params: ({ event }) => ({ error: event.error }) }, target: 'failed', actions: ['dropRestore', { type: 'storeFatal', params: ({ event }) => ({ message: errorText(event.error) }) }] },
          // A baseline that no longer simulates is only a comparison: the run goes on without it.
          { target: 'recomputing', actions: 'dropRestore' },
        ],
      },
      on: {
        CHANGE: { actions: { type: 'acceptChange', params: ({ event }) => ({ spec: event.spec }) } },
        RESET: { actions: ['resetDay', 'stopPlaying'] },
        PLAY: { actions: 'startPlaying' },
        PAUSE: { actions: 'stopPlaying' },
      },
    },
    recomputing: {
      invoke: {
        src: 'simulate',
        input: ({ context }) => ({ spec: context.spec, days: context.day }),
        onDone: [
          { guard: 'hasPending', target: 'recomputing', reenter: true, actions: [{ type: 'storeRun', params: ({ event }) => ({ result: event.output }) }, 'clearPending'] },
          { guard: { type: 'resumes', params: ({ event }) => ({ result: event.output }) }, target: 'playing', actions: { type: 'storeRun', params: ({ event }) => ({ result: event.output }) } },
          { target: 'paused', actions: [{ type: 'storeRun', params: ({ event }) => ({ result: event.output }) }, 'stopPlaying'] },
        ],
        onError: [
          { guard: { type: 'isDeath', params: ({ event }) => ({ error: event.error }) }, target: 'failed', actions: { type: 'storeFatal', params: ({ event }) => ({ message: errorText(event.error) }) } },
          { guard: 'hasPending', target: 'recomputing', reenter: true, actions: 'clearPending' },
          { target: 'paused', actions: [{ type: 'storeError', params: ({ event }) => ({ error: event.error }) }, 'stopPlaying'] },
        ],
      },
      on: {
        CHANGE: { guard: { type: 'isNewSpec', params: ({ event }) => ({ spec: event.spec }) }, actions: [{ type: 'acceptChange', params: ({ event }) => ({ spec: event.spec }) }, 'markPending'] },
        RESET: { actions: ['resetDay', 'markPending', 'stopPlaying'] },
        PLAY: { actions: 'startPlaying' },
        PAUSE: { actions: 'stopPlaying' },
      },
    },
    paused: {
      on: {
        PLAY: { guard: 'canAdvance', target: 'playing' },
        TOGGLE: { guard: 'canAdvance', target: 'playing' },
        STEP: { guard: 'canAdvance', target: 'stepping' },
        CHANGE: {
          guard: { type: 'isNewSpec', params: ({ event }) => ({ spec: event.spec }) }, target: 'recomputing',
          actions: [{ type: 'keepBaseline', params: ({ event }) => ({ spec: event.spec }) }, { type: 'acceptChange', params: ({ event }) => ({ spec: event.spec }) }],
        },
        RESET: { target: 'recomputing', actions: 'resetDay' },
      },
    },
    stepping: {
      invoke: {
        src: 'advance',
        input: nextDay,
        onDone: { target: 'paused', actions: { type: 'storeStep', params: ({ event }) => ({ result: event.output }) } },
        onError: [
          { guard: { type: 'isDeath', params: ({ event }) => ({ error: event.error }) }, target: 'failed', actions: { type: 'storeFatal', params: ({ event }) => ({ message: errorText(event.error) }) } },
          { target: 'paused', actions: { type: 'storeError', params: ({ event }) => ({ error: event.error }) } },
        ],
      },
      on: {
        CHANGE: {
          guard: { type: 'isNewSpec', params: ({ event }) => ({ spec: event.spec }) }, target: 'recomputing',
          actions: [{ type: 'keepBaseline', params: ({ event }) => ({ spec: event.spec }) }, { type: 'acceptChange', params: ({ event }) => ({ spec: event.spec }) }],
        },
        RESET: { target: 'recomputing', actions: 'resetDay' },
      },
    },
    playing: {
      // A prefetched day is consumed only in `waiting`, so clearing it on entry is enough (clearing
      // on exit would run before the transition that stores it on reaching the horizon).
      entry: ['startPlaying', 'clearPrefetch'],
      initial: 'waiting',
      states: {
        waiting: {
          // The next day is computed while the current one is shown, so a day takes max(compute,
          // 1/speed) rather than their sum. Leaving early drops the answer; asking again for the
          // same day simulates nothing (advance is idempotent), so no day is lost or doubled.
          invoke: {
            src: 'advance',
            input: nextDay,
            onDone: { actions: { type: 'storePrefetch', params: ({ event }) => ({ result: event.output }) } },
            onError: [
              { guard: { type: 'isDeath', params: ({ event }) => ({ error: event.error }) }, target: '#run.failed', actions: { type: 'storeFatal', params: ({ event }) => ({ message: errorText(event.error) }) } },
              // Any other refusal is asked again, and reported, by `advancing`.
              { actions: 'clearPrefetch' },
            ],
          },
          after: {
            stepDelay: [
              { guard: 'prefetchReachesHorizon', target: '#run.paused', actions: [{ type: 'storeStep', params: ({ context }) => ({ result: context.prefetch! }) }, 'stopPlaying'] },
              { guard: 'hasPrefetch', target: 'waiting', reenter: true, actions: [{ type: 'storeStep', params: ({ context }) => ({ result: context.prefetch! }) }, 'clearPrefetch'] },
              { target: 'advancing' },
            ],
          },
          on: { SET_SPEED: { target: 'waiting', reenter: true, actions: { type: 'setSpeed', params: ({ event }) => ({ daysPerSecond: event.daysPerSecond }) } } },
        },
        advancing: {
          invoke: {
            src: 'advance',
            input: nextDay,
            onDone: [
              { guard: { type: 'reachesHorizon', params: ({ event }) => ({ result: event.output }) }, target: '#run.paused', actions: [{ type: 'storeStep', params: ({ event }) => ({ result: event.output }) }, 'stopPlaying'] },
              { target: 'waiting', actions: { type: 'storeStep', params: ({ event }) => ({ result: event.output }) } },
            ],
            onError: [
              { guard: { type: 'isDeath', params: ({ event }) => ({ error: event.error }) }, target: '#run.failed', actions: { type: 'storeFatal', params: ({ event }) => ({ message: errorText(event.error) }) } },
              { target: '#run.paused', actions: [{ type: 'storeError', params: ({ event }) => ({ error: event.error }) }, 'stopPlaying'] },
            ],
          },
        },
      },
      on: {
        PAUSE: { target: 'paused', actions: 'stopPlaying' },
        TOGGLE: { target: 'paused', actions: 'stopPlaying' },
        CHANGE: {
          guard: { type: 'isNewSpec', params: ({ event }) => ({ spec: event.spec }) }, target: 'recomputing',
          actions: [{ type: 'keepBaseline', params: ({ event }) => ({ spec: event.spec }) }, { type: 'acceptChange', params: ({ event }) => ({ spec: event.spec }) }],
        },
        RESET: { target: 'recomputing', actions: ['resetDay', 'stopPlaying'] },
      },
    },
    failed: {
      entry: 'stopPlaying',
      after: { autoRestartDelay: { guard: 'mayAutoRestart', target: 'recomputing', actions: ['countAutoRestart', 'restartWorker'] } },
      on: {
        WORKER_DIED: { actions: { type: 'storeFatal', params: ({ event }) => ({ message: event.message }) } },
        RESTART: { target: 'recomputing', actions: 'restartWorker' },
        CHANGE: { actions: { type: 'acceptChange', params: ({ event }) => ({ spec: event.spec }) } },
        RESET: { actions: 'resetDay' },
      },
    },
  },
});
