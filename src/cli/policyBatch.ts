import type { Kpis, Scenario } from '../sim';
import type { RunOptions } from './parseArgs';
import { runSeeds } from './runSeeds';
import { summariseDifferences, summariseReplicates, type ReplicateStat } from './summariseReplicates';

/** The runs of a batch: its seeds and days, and each seed's KPIs under each scenario, the baseline first. */
export interface PolicyBatch {
  /** The seeds run, `--seed` first, `--replicates` of them. */ readonly seeds: readonly number[];
  /** Days simulated in each run. */ readonly days: number;
  /** By seed, then by scenario in the order given. */ readonly kpis: readonly (readonly Kpis[])[];
}

/** By KPI path, each statistic over a batch's seeds. */
export type BatchSummary = Readonly<Record<string, ReplicateStat>>;

/**
 * Runs `scenarios` (the baseline first, then any alternatives) on the seeds the options ask for,
 * for `--days` or the baseline's own horizon, sharing `--jobs` worker threads: what replicated runs,
 * comparisons and sweeps have in common.
 */
export async function runPolicyBatch(options: RunOptions, scenarios: readonly Scenario[], onDay: ((done: number, total: number) => void) | null): Promise<PolicyBatch> {
  const days = options.days ?? scenarios[0]!.days;
  const seeds = Array.from({ length: options.replicates }, (_, r) => options.seed + r);
  return { seeds, days, kpis: await runSeeds({ scenarios, days, seeds }, options.jobs, onDay) };
}

/** Scenario `k`'s KPIs over the batch's seeds, in seed order. */
export function runsOf(batch: PolicyBatch, k: number): Kpis[] {
  return batch.kpis.map((bySeed) => bySeed[k]!);
}

/** Each alternative's summary over the seeds and its paired differences from the baseline's runs, in order. */
export function summariseAlternatives(batch: PolicyBatch): { readonly summary: BatchSummary; readonly difference: BatchSummary }[] {
  const baseline = runsOf(batch, 0);
  return batch.kpis[0]!.slice(1).map((_, a) => {
    const runs = runsOf(batch, a + 1);
    return { summary: summariseReplicates(runs), difference: summariseDifferences(baseline, runs) };
  });
}

/** "first-last" of the batch's seeds, for summary lines. */
export function seedRange(batch: { readonly seeds: readonly number[] }): string {
  return `${batch.seeds[0]}-${batch.seeds[batch.seeds.length - 1]}`;
}
