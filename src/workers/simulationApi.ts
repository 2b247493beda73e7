import {
  createSimulation,
  loadBuiltinScenario,
  ScenarioInputError,
  type CommandInput,
  type DailyKpis,
  type Simulation,
  type SimulationSnapshot,
} from '../sim';
import { MAX_SEED, MAX_STEP_DAYS } from './limits';

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
  /** Starts the same scenario again from day 0 with the same seed, dropping applied commands. */
  reset(): Promise<SimulationSnapshot>;
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
async function guarded<T>(body: () => T): Promise<T> {
  try {
    return body();
  } catch (error) {
    throw plainError(error);
  }
}

/** Creates the API around (at most) one simulation at a time. */
export function createSimulationApi(): SimulationApi {
  let sim: Simulation | null = null;

  const current = (): Simulation => {
    if (sim === null) throw usageError('init', 'no simulation yet: call init(scenarioId, seed) first');
    return sim;
  };

  const snapshotOf = (s: Simulation): SimulationSnapshot => s.snapshot({ sampleSize: SNAPSHOT_SAMPLE_SIZE });

  return {
    init: (scenarioId, seed) =>
      guarded(() => {
        if (typeof scenarioId !== 'string' || scenarioId.length === 0) {
          throw usageError('scenarioId', `expected a scenario id, got ${JSON.stringify(scenarioId)}`);
        }
        if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
          throw usageError('seed', `must be an integer from 0 to ${MAX_SEED}, got ${JSON.stringify(seed)}`);
        }
        const scenario = loadBuiltinScenario(scenarioId);
        sim = createSimulation(scenario, seed);
        return { id: scenario.id, name: scenario.name, description: scenario.description, days: scenario.days, startWeekday: scenario.startWeekday, seed };
      }),

    step: (days) =>
      guarded(() => {
        const s = current();
        if (!Number.isInteger(days) || days < 1 || days > MAX_STEP_DAYS) {
          throw usageError('days', `must be an integer from 1 to ${MAX_STEP_DAYS}, got ${JSON.stringify(days)}`);
        }
        if (days === 1) s.step();
        else s.run(days);
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
        sim = createSimulation(s.scenario, s.seed);
        return snapshotOf(sim);
      }),
  };
}
