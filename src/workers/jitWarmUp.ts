import { createSimulation, type Scenario, type Simulation } from '../sim';

/** How the warm-up waits: `later(fn, ms)` runs `fn` after `ms` milliseconds and returns a handle `cancel` accepts. */
export interface WarmUpClock {
  later(fn: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

/** A warm-up of the worker's JIT in idle time (see createJitWarmUp). */
export interface JitWarmUp {
  /** A request arrived: any warm-up in progress stops (the request comes first). */ interrupt(): void;
  /** A request was answered with `sim` loaded: once the worker stays idle, warm up on its world. */ idle(sim: Simulation | null): void;
  /** Whether the warm-up has run to its end (it runs once per worker). */ done(): boolean;
}

/** Options of the warm-up: idle time before it starts, the least days the loaded run must have, and how many re-runs. */
export interface JitWarmUpOptions {
  /** Milliseconds without a request before warming up. */ readonly idleMs: number;
  /** The loaded run must have simulated this many days (its traffic is then in the world's cache), days. */ readonly minDays: number;
  /** Re-runs to make (count). */ readonly runs: number;
  /**
   * A re-run goes at most this far, days (default 90): enough for V8 to compile every path of a
   * re-run, and a ten-year run is not simulated again in the background to warm up the JIT.
   */
  readonly maxDays?: number;
}

/**
 * Defaults: a third of a second of quiet, a run at least 20 days in, two re-runs (in Node, after one
 * the next re-runs still take 1.2-1.5 times a warm one; after two, about as long) of at most 90 days
 * (the default scenario's horizon).
 */
export const WARM_UP_DEFAULTS: JitWarmUpOptions = { idleMs: 300, minDays: 20, runs: 2, maxDays: 90 };

/**
 * The first policy change of a session re-runs the world through code the worker has not run yet
 * (days restored from the traffic cache, declarations written again, indicators from declared
 * bits), which V8 compiles while it runs: in Node that first re-run takes two to three times a
 * warm one. This makes such re-runs ahead, in idle time, one simulated day per task so
 * that a request never waits for more than a day's work: a simulation of the loaded run's world
 * under a slightly different random rate, to the loaded run's day (at most maxDays), then dropped (options.runs
 * times). It shares only the world's caches, whose results do not depend on who filled them, so
 * no run's output changes. A request stops it; the run it was in starts again from day 0 at the
 * next quiet moment, until all have finished once. `finish`, when given, is called with each
 * finished run (the worker builds and encodes an answer from it, as a request would, then drops it).
 */
export function createJitWarmUp(clock: WarmUpClock, options: JitWarmUpOptions = WARM_UP_DEFAULTS, finish: ((sim: Simulation) => void) | null = null): JitWarmUp {
  let finished = false, runsDone = 0;
  let timer: unknown = null;
  let warm: { sim: Simulation; toDay: number } | null = null;
  let world: { scenario: Scenario; seed: number; toDay: number } | null = null;

  const stop = (): void => {
    if (timer !== null) clock.cancel(timer);
    timer = null;
    warm = null;
  };
  const startRun = (): void => {
    if (world === null) return;
    warm = { sim: createSimulation(nudgedPolicy(world.scenario, runsDone + 1), world.seed, { cacheTraffic: true }), toDay: world.toDay };
    stepOnce();
  };
  const stepOnce = (): void => {
    timer = null;
    if (warm === null) return;
    warm.sim.step();
    if (warm.sim.day() < warm.toDay) {
      timer = clock.later(stepOnce, 0);
      return;
    }
    const done = warm.sim;
    warm = null;
    // What a request does with a finished run (its snapshot, its answer encoded): in a task of its own.
    if (finish !== null) {
      timer = clock.later(() => {
        timer = null;
        finish(done);
        endRun();
      }, 0);
      return;
    }
    endRun();
  };
  const endRun = (): void => {
    runsDone++;
    if (runsDone >= options.runs) finished = true;
    else timer = clock.later(startRun, 0);
  };

  return {
    interrupt: stop,
    idle: (sim) => {
      stop();
      if (finished || sim === null || sim.day() < options.minDays) return;
      world = { scenario: sim.scenario, seed: sim.seed, toDay: Math.min(sim.day(), options.maxDays ?? WARM_UP_DEFAULTS.maxDays ?? Infinity) };
      timer = clock.later(startRun, options.idleMs);
    },
    done: () => finished,
  };
}

/** The scenario with its random selection rate moved by `k` tenths of a percentage point, within [0, 1]. */
function nudgedPolicy(scenario: Scenario, k: number): Scenario {
  const copy = structuredClone(scenario);
  const rate = copy.policy.randomRate;
  copy.policy.randomRate = rate <= 0.5 ? rate + 0.001 * k : rate - 0.001 * k;
  return copy;
}
