import {
  createSimulation,
  loadBuiltinScenario,
  parseWithSchema,
  ScenarioInputError,
  type CommandInput,
  type DailyKpis,
  type DryRunResult,
  type Simulation,
  type SimulationOptions,
  type SimulationSnapshot,
} from '../sim';
import { MAX_SEED, MAX_STEP_DAYS } from './limits';
import { advanceRequestSchema, dryRunRequestSchema, simulateRequestSchema, type AdvanceRequest, type AdvanceResult, type RunResult, type SimulateRequest } from './runMessages';
import { simulationOfSpec } from './runSpec';
import { tipsOnDay, type ScheduledTip } from './tipSchedule';
import type { JitWarmUp } from './jitWarmUp';

/**
 * Options of the app's runs: a policy change runs the same world again, so its traffic is kept
 * between runs (about 15 MB for a 90-day run at the app's default traffic).
 */
const APP_RUN: SimulationOptions = { cacheTraffic: true };

/** How many consignments of the last day a snapshot carries to the page. */
export const SNAPSHOT_SAMPLE_SIZE = 100;

export { MAX_SEED, MAX_STEP_DAYS };

/** What the page needs to know about the scenario it is running. */
export interface ScenarioInfo {
  /** Scenario id, e.g. `default`. */ readonly id: string;
  /** Display name. */ readonly name: string;
  /** Description (may be empty). */ readonly description: string;
  /** Horizon, days. */ readonly days: number;
  /** Weekday of day 0 (0 = Monday). */ readonly startWeekday: number;
  /** Seed of the run. */ readonly seed: number;
  /** Offices of entry, in scenario order. */ readonly offices: readonly { readonly id: string; readonly name: string; readonly mode: string }[];
}

/**
 * The simulation worker's API: one running simulation, driven by the caller. It knows nothing of
 * postMessage — the worker file exposes it with comlink, and tests call it directly. Every method
 * is async, so a bad argument or an invalid command comes back as a rejected promise carrying the
 * error's message instead of an exception that could take the worker down.
 */
export interface SimulationApi {
  /** Loads a built-in scenario and creates a fresh simulation with `seed`. */
  init(scenarioId: string, seed: number): Promise<ScenarioInfo>;
  /** Simulates `days` days (an integer, at least 1) and returns the snapshot after them. */
  step(days: number): Promise<SimulationSnapshot>;
  /** The snapshot after the last completed day. */
  snapshot(): Promise<SimulationSnapshot>;
  /** KPIs of every completed day, or only of the `last` most recent ones. */
  daily(last?: number): Promise<DailyKpis[]>;
  /** Validates and applies a policy command before the next day. */
  apply(command: CommandInput): Promise<void>;
  /** Starts the same scenario again from day 0 with the same seed, dropping applied commands and tips. */
  reset(): Promise<SimulationSnapshot>;
  /**
   * Runs a fresh simulation of `spec` (policy in force from day 0, each injected tip received on
   * its day, including those of day `days`) for `days` days and returns
   * every day's KPIs and the snapshot; the simulation stays loaded for {@link advance}. A long run
   * reports how far it is to `onProgress` (see {@link PROGRESS_TIMING}), as it goes.
   */
  simulate(request: SimulateRequest, onProgress?: RunProgress): Promise<RunResult>;
  /**
   * Brings the loaded simulation to day `toDay` (it never goes back) and returns the KPIs of the
   * days from index `since` and the snapshot. Idempotent: asking again for a day already reached
   * simulates nothing, so a caller that dropped an answer loses no day.
   */
  advance(request: AdvanceRequest): Promise<AdvanceResult>;
  /** Predicts a profile's selections on the loaded simulation's last day of traffic. */
  dryRun(rule: unknown): Promise<DryRunResult>;
}

/** Thrown for calls the API refuses (bad arguments, no simulation yet). */
function usageError(path: string, message: string): ScenarioInputError {
  return new ScenarioInputError('Invalid call', [{ path, message }]);
}

/**
 * Copies an error into a plain `Error` with the same name and message. Comlink forwards only an
 * Error's name, message and stack; this keeps what it forwards independent of the error's class.
 */
function plainError(error: unknown): Error {
  if (error instanceof Error) {
    const copy = new Error(error.message);
    copy.name = error.name;
    if (error.stack !== undefined) copy.stack = error.stack;
    return copy;
  }
  return new Error(String(error));
}

/** Runs `body`, turning anything it throws into a rejected promise with a plain Error. */
async function guardedCall<T>(body: () => T): Promise<T> {
  try {
    return body();
  } catch (error) {
    throw plainError(error);
  }
}

/** The scenario facts of a simulation, for the page. */
function infoOf(s: Simulation): ScenarioInfo {
  const c = s.scenario;
  return { id: c.id, name: c.name, description: c.description, days: c.days, startWeekday: c.startWeekday, seed: s.seed, offices: c.offices.map((o) => ({ id: o.id, name: o.name, mode: o.mode })) };
}

/** Told how far a long simulate request is: days simulated so far, of `days`. */
export type RunProgress = (day: number, days: number) => void;

/** When a simulate request reports progress. */
export interface ProgressTiming {
  /** Simulating this long before the first report, ms. */ readonly firstMs: number;
  /** Then a report at most this often, ms. */ readonly everyMs: number;
  /** The clock, ms. */ readonly now: () => number;
}

/**
 * A run of a quarter of a second or less says nothing (a policy change of the app's default run is
 * about 0.15 s: no message to the page in its middle); a longer one reports ten times a second.
 */
export const PROGRESS_TIMING: ProgressTiming = { firstMs: 250, everyMs: 100, now: () => performance.now() };

/**
 * Creates the API around (at most) one simulation at a time. With `warmUp`, the worker uses its
 * quiet moments to compile the code of a policy change's re-run ahead of the first one (see
 * jitWarmUp.ts); every call interrupts it.
 */
export function createSimulationApi(warmUp: JitWarmUp | null = null, progressTiming: ProgressTiming = PROGRESS_TIMING): SimulationApi {
  let sim: Simulation | null = null;
  // Every call goes through here: the warm-up stops while the call runs, and may resume after it.
  const guarded = <T>(body: () => T): Promise<T> => {
    warmUp?.interrupt();
    const answer = guardedCall(body);
    warmUp?.idle(sim);
    return answer;
  };

  const current = (): Simulation => {
    if (sim === null) throw usageError('init', 'no simulation yet: call init(scenarioId, seed) first');
    return sim;
  };

  let sampleSize = SNAPSHOT_SAMPLE_SIZE;
  const snapshotOf = (s: Simulation): SimulationSnapshot => s.snapshot({ sampleSize });
  // The run spec's injected tips, and the first day whose tips are not applied yet.
  let tips: readonly ScheduledTip[] = [];
  let tipsFrom = 0;

  /** Injects the tips received on the days up to `day` that are not in yet. */
  const injectTipsThrough = (s: Simulation, day: number): void => {
    for (let d = tipsFrom; d <= day; d++) for (const tip of tipsOnDay(tips, d)) s.apply({ type: 'injectTip', tip });
    tipsFrom = Math.max(tipsFrom, day + 1);
  };
  /**
   * Simulates to day `toDay`, injecting each tip before the day after it was received; with
   * `onProgress`, day by day, telling it how far the run is (see {@link PROGRESS_TIMING}).
   */
  const runTo = (s: Simulation, toDay: number, onProgress: RunProgress | null = null): void => {
    const { firstMs, everyMs, now } = progressTiming;
    let reportAt = now() + firstMs;
    injectTipsThrough(s, s.day());
    while (s.day() < toDay) {
      const next = tips.reduce((m, t) => (t.day > s.day() && t.day < m ? t.day : m), toDay);
      while (s.day() < next) {
        s.run(1);
        if (onProgress !== null && s.day() < toDay && now() >= reportAt) {
          // A call through comlink is a message to the page: its promise is not waited for.
          void Promise.resolve(onProgress(s.day(), toDay)).catch(() => {});
          reportAt = now() + everyMs;
        }
      }
      injectTipsThrough(s, s.day());
    }
  };
  const load = (s: Simulation, scheduled: readonly ScheduledTip[]): void => {
    sim = s;
    tips = scheduled;
    tipsFrom = 0;
  };

  return {
    init: (scenarioId, seed) =>
      guarded(() => {
        if (typeof scenarioId !== 'string' || scenarioId.length === 0) {
          throw usageError('scenarioId', `expected a scenario id, got ${JSON.stringify(scenarioId)}`);
        }
        if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
          throw usageError('seed', `must be an integer from 0 to ${MAX_SEED}, got ${JSON.stringify(seed)}`);
        }
        const fresh = createSimulation(loadBuiltinScenario(scenarioId), seed, APP_RUN);
        load(fresh, []);
        sampleSize = SNAPSHOT_SAMPLE_SIZE;
        return infoOf(fresh);
      }),

    step: (days) =>
      guarded(() => {
        const s = current();
        if (!Number.isInteger(days) || days < 1 || days > MAX_STEP_DAYS) {
          throw usageError('days', `must be an integer from 1 to ${MAX_STEP_DAYS}, got ${JSON.stringify(days)}`);
        }
        runTo(s, s.day() + days);
        return snapshotOf(s);
      }),

    snapshot: () => guarded(() => snapshotOf(current())),

    daily: (last) =>
      guarded(() => {
        const all = current().daily();
        if (last === undefined) return all.slice();
        if (!Number.isInteger(last) || last < 0) {
          throw usageError('last', `must be a non-negative integer, got ${JSON.stringify(last)}`);
        }
        return last === 0 ? [] : all.slice(-last);
      }),

    apply: (command) =>
      guarded(() => {
        current().apply(command);
      }),

    reset: () =>
      guarded(() => {
        const s = current();
        const fresh = createSimulation(s.scenario, s.seed, APP_RUN);
        load(fresh, []);
        return snapshotOf(fresh);
      }),

    simulate: (request, onProgress) =>
      guarded(() => {
        const started = performance.now();
        if (onProgress !== undefined && typeof onProgress !== 'function') {
          throw usageError('onProgress', `must be a function (day, days) or left out, got ${typeof onProgress}`);
        }
        const r = parseWithSchema(simulateRequestSchema, request, 'Invalid simulate request');
        if (r.days > r.spec.horizon) throw usageError('days', `must be at most the horizon (${r.spec.horizon}), got ${r.days}`);
        const fresh = simulationOfSpec(r.spec, APP_RUN);
        load(fresh, r.spec.policy.tips);
        runTo(fresh, r.days, onProgress ?? null);
        sampleSize = r.sampleSize;
        return { spec: r.spec, info: infoOf(fresh), daily: fresh.daily().slice(), snapshot: snapshotOf(fresh), computeMs: performance.now() - started };
      }),

    advance: (request) =>
      guarded(() => {
        const s = current();
        const r = parseWithSchema(advanceRequestSchema, request, 'Invalid advance request');
        if (r.toDay < s.day()) throw usageError('toDay', `the simulation is already at day ${s.day()}; it cannot go back to ${r.toDay}`);
        if (r.toDay > s.scenario.days) throw usageError('toDay', `must be at most the horizon (${s.scenario.days}), got ${r.toDay}`);
        if (r.since > r.toDay) throw usageError('since', `must be at most toDay (${r.toDay}), got ${r.since}`);
        runTo(s, r.toDay);
        return { daily: s.daily().slice(r.since, r.toDay), snapshot: snapshotOf(s) };
      }),

    dryRun: (rule) =>
      guarded(() => {
        const s = current();
        return s.dryRun(parseWithSchema(dryRunRequestSchema, rule, 'Invalid profile'));
      }),
  };
}
