import type { Kpis } from '../sim';
import type { RunOptions } from './parseArgs';
import { writeRun, type RunIo } from './writeRun';
import { resolveScenario } from './resolveScenario';
import { dailyCsv } from './dailyCsv';
import { summariseReplicates, type ReplicateStat } from './summariseReplicates';
import { runPolicyBatch, runsOf, seedRange, summariseAlternatives } from './policyBatch';
import { describeDifference } from './differenceText';

/** The JSON document of `run --compare <path>=<value> ...`. */
export interface ComparisonResult {
  /** Scenario id. */ readonly scenario: string;
  /** The seeds run, `--seed` first; both policies run each. */ readonly seeds: readonly number[];
  /** Days simulated in each run. */ readonly days: number;
  /** The overrides that make the alternative from the baseline (the baseline is the scenario with `--set`). */ readonly compare: readonly string[];
  /** By KPI path: each policy's mean with its 95 % interval, and the paired difference alternative - baseline with its own. */
  readonly summary: {
    readonly baseline: Readonly<Record<string, ReplicateStat>>;
    readonly alternative: Readonly<Record<string, ReplicateStat>>;
    readonly difference: Readonly<Record<string, ReplicateStat>>;
  };
  /** Each seed's KPIs under both policies. */ readonly runs: readonly { readonly seed: number; readonly baseline: Kpis; readonly alternative: Kpis }[];
}

/**
 * Runs the baseline (the scenario with `--set`) and the alternative (with `--compare` on top) on
 * each seed, and summarises both and their paired differences. The two runs of a seed see the same
 * consignments and the same luck (common random numbers), so the difference of a KPI varies far
 * less from seed to seed than the KPI itself: fewer replicates tell two policies apart. A seed's
 * alternative restores its baseline's traffic instead of generating it again (see runPolicies), and
 * the seeds share `--jobs` worker threads.
 */
export async function simulateComparison(options: RunOptions, onDay: ((done: number, total: number) => void) | null = null): Promise<ComparisonResult> {
  const baseline = resolveScenario(options.scenario, options.sets);
  const alternative = resolveScenario(options.scenario, [...options.sets, ...options.compare]);
  const batch = await runPolicyBatch(options, [baseline, alternative], onDay);
  const [{ summary, difference }] = summariseAlternatives(batch);
  return {
    scenario: baseline.id, seeds: batch.seeds, days: batch.days, compare: options.compare,
    summary: { baseline: summariseReplicates(runsOf(batch, 0)), alternative: summary!, difference: difference! },
    runs: batch.seeds.map((seed, r) => ({ seed, baseline: batch.kpis[r]![0]!, alternative: batch.kpis[r]![1]! })),
  };
}

/** `run --compare ...`: simulate both policies on every seed, then write JSON, CSV (`--csv`: one row per seed and policy) and a summary. */
export function compareCommand(options: RunOptions, io: RunIo): Promise<void> {
  return writeRun(options, io, {
    simulate: (onDay) => simulateComparison(options, onDay),
    csv: (result) => dailyCsv(result.runs.flatMap((r) => [{ seed: r.seed, alternative: 0, ...r.baseline }, { seed: r.seed, alternative: 1, ...r.alternative }])),
    policies: (result) => [
      { policy: 0, value: '', summary: result.summary.baseline, difference: null },
      { policy: 1, value: result.compare.join(' '), summary: result.summary.alternative, difference: result.summary.difference },
    ],
    summary: (result, seconds) => {
      const difference = describeDifference(result.summary.difference);
      return `${result.scenario}, seeds ${seedRange(result)}: ${result.seeds.length} pairs of ${result.days}-day runs in ${seconds.toFixed(2)} s${difference === '' ? '' : `; ${difference}`}`;
    },
  });
}
