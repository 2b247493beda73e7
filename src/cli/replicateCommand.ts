import type { Kpis } from '../sim';
import type { RunOptions } from './parseArgs';
import { writeRun, type RunIo } from './writeRun';
import { resolveScenario } from './resolveScenario';
import { dailyCsv } from './dailyCsv';
import { summariseReplicates, type ReplicateStat } from './summariseReplicates';
import { runPolicyBatch, runsOf, seedRange } from './policyBatch';

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
 * The seeds share `--jobs` worker threads; `onDay(done, total)` is told after every simulated day.
 */
export async function simulateReplicates(options: RunOptions, onDay: ((done: number, total: number) => void) | null = null): Promise<ReplicatesResult> {
  const scenario = resolveScenario(options.scenario, options.sets);
  const batch = await runPolicyBatch(options, [scenario], onDay);
  const kpis = runsOf(batch, 0);
  return { scenario: scenario.id, seeds: batch.seeds, days: batch.days, summary: summariseReplicates(kpis), runs: batch.seeds.map((seed, r) => ({ seed, kpis: kpis[r]! })) };
}

/** `run --replicates n`: simulate every seed, then write JSON (stdout or `--out`), CSV (`--csv`, one row per run) and a summary. */
export function replicateCommand(options: RunOptions, io: RunIo): Promise<void> {
  return writeRun(options, io, {
    simulate: (onDay) => simulateReplicates(options, onDay),
    csv: (result) => dailyCsv(result.runs.map((r) => ({ seed: r.seed, ...r.kpis }))),
    policies: (result) => [{ policy: 0, value: '', summary: result.summary, difference: null }],
    summary: (result, seconds) => {
      const detection = result.summary['detectionRate'];
      const interval = detection?.mean != null && detection.low != null && detection.high != null
        ? `; detection rate ${pct(detection.mean)} (95 % interval ${pct(detection.low)}-${pct(detection.high)})` : '';
      return `${result.scenario}, seeds ${seedRange(result)}: ${result.seeds.length} runs of ${result.days} days in ${seconds.toFixed(2)} s${interval}`;
    },
  });
}

const pct = (f: number): string => `${(100 * f).toFixed(1)} %`;
