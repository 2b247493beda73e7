import { createSimulation, type DailyKpis, type Kpis } from '../sim';
import type { RunOptions } from './parseArgs';
import { resolveScenario } from './resolveScenario';
import { dailyCsv } from './dailyCsv';
import { writeRun, type RunIo } from './writeRun';

/** The JSON document a run prints (or writes to `--out`). */
export interface RunResult {
  /** Scenario id (from the built-in or the file's `id`). */
  readonly scenario: string;
  /** Seed used. */
  readonly seed: number;
  /** Days simulated. */
  readonly days: number;
  /** KPIs over the whole run. */
  readonly kpis: Kpis;
  /** One entry per simulated day, day 0 first. */
  readonly daily: readonly DailyKpis[];
}

/** Where a run writes (see writeRun.ts). */
export type { RunIo } from './writeRun';

/**
 * Loads the scenario, simulates it and returns the result; `onDay(day, days)` is told after every
 * simulated day. Pure apart from reading a scenario file.
 */
export function simulate(options: RunOptions, onDay: ((day: number, days: number) => void) | null = null): RunResult {
  const scenario = resolveScenario(options.scenario, options.sets);
  const days = options.days ?? scenario.days;
  const sim = createSimulation(scenario, options.seed);
  for (let d = 1; d <= days; d++) {
    sim.run(1);
    onDay?.(d, days);
  }
  return {
    scenario: scenario.id,
    seed: options.seed,
    days,
    // The run totals come from the snapshot; no consignment sample is needed for them.
    kpis: sim.snapshot({ sampleSize: 0 }).kpis,
    daily: sim.daily(),
  };
}

/** The `run` command: simulate, then write JSON (stdout or `--out`), CSV (`--csv`) and a summary. */
export function runCommand(options: RunOptions, io: RunIo): Promise<void> {
  return writeRun(options, io, {
    simulate: (onDay) => simulate(options, onDay),
    csv: (result) => dailyCsv(result.daily),
    summary: (result, seconds) =>
      `${result.scenario}, seed ${result.seed}: ${result.days} days, ${result.kpis.declarations.toLocaleString('en-US')} declarations in ${seconds.toFixed(2)} s`,
  });
}
