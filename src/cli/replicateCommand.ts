import { createSimulation, type Kpis, type Scenario } from '../sim';
import type { RunOptions } from './parseArgs';
import { writeRun, type RunIo } from './writeRun';
import { resolveScenario } from './resolveScenario';
import { dailyCsv } from './dailyCsv';
import { summariseReplicates, type ReplicateStat } from './summariseReplicates';

/** The JSON document of `run --replicates n` (n > 1). */
export interface ReplicatesResult {
  /** Scenario id (from the built-in or the file's `id`). */ readonly scenario: string;
  /** The seeds run, `--seed` first, one per replicate. */ readonly seeds: readonly number[];
  /** Days simulated in each run. */ readonly days: number;
  /** Every run-level KPI by its path: mean over the runs and the 95 % interval of that mean. */ readonly summary: Readonly<Record<string, ReplicateStat>>;
  /** Each run's KPIs over its whole horizon, in seed order. */ readonly runs: readonly { readonly seed: number; readonly kpis: Kpis }[];
}

/**
 * Runs the scenario once per seed (`seed`, `seed + 1`, ...), each a full run of `days`, and
 * summarises the run-level KPIs over them. Two policies run with the same seeds see the same
 * traffic in each replicate (common random numbers), so their difference can be read run by run.
 * `onDay(done, total)` is told after every simulated day of every run.
 */
export function simulateReplicates(options: RunOptions, onDay: ((done: number, total: number) => void) | null = null): ReplicatesResult {
  const scenario = resolveScenario(options.scenario, options.sets);
  const days = options.days ?? scenario.days;
  const total = options.replicates * days;
  const runs: { seed: number; kpis: Kpis }[] = [];
  for (let r = 0; r < options.replicates; r++) {
    const seed = options.seed + r;
    runs.push({ seed, kpis: runSeed(scenario, seed, days, onDay === null ? null : (d) => onDay(r * days + d, total)) });
  }
  return { scenario: scenario.id, seeds: runs.map((r) => r.seed), days, summary: summariseReplicates(runs.map((r) => r.kpis)), runs };
}

/**
 * One run's KPIs over `days` days of `scenario` with `seed`; `onDay(d)` is told after day d.
 * Only the run totals are kept: a thousand runs of ten years would not fit with their days.
 */
export function runSeed(scenario: Scenario, seed: number, days: number, onDay: ((day: number) => void) | null): Kpis {
  const sim = createSimulation(scenario, seed, { keepDaily: false });
  for (let d = 1; d <= days; d++) {
    sim.run(1);
    onDay?.(d);
  }
  return sim.snapshot({ sampleSize: 0 }).kpis;
}

/** `run --replicates n`: simulate every seed, then write JSON (stdout or `--out`), CSV (`--csv`, one row per run) and a summary. */
export function replicateCommand(options: RunOptions, io: RunIo): void {
  writeRun(options, io, {
    simulate: (onDay) => simulateReplicates(options, onDay),
    csv: (result) => dailyCsv(result.runs.map((r) => ({ seed: r.seed, ...r.kpis }))),
    summary: (result, seconds) => {
      const detection = result.summary['detectionRate'];
      const interval = detection?.mean != null && detection.low != null && detection.high != null
        ? `; detection rate ${pct(detection.mean)} (95 % interval ${pct(detection.low)}-${pct(detection.high)})` : '';
      return `${result.scenario}, seeds ${result.seeds[0]}-${result.seeds[result.seeds.length - 1]}: ${result.seeds.length} runs of ${result.days} days in ${seconds.toFixed(2)} s${interval}`;
    },
  });
}

const pct = (f: number): string => `${(100 * f).toFixed(1)} %`;
