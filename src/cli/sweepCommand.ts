import { ScenarioInputError, type Kpis, type Scenario } from '../sim';
import type { RunOptions, Sweep } from './parseArgs';
import { writeRun, type RunIo } from './writeRun';
import { resolveScenario } from './resolveScenario';
import { dailyCsv } from './dailyCsv';
import { summariseReplicates, type ReplicateStat } from './summariseReplicates';
import { runPolicyBatch, runsOf, seedRange, summariseAlternatives } from './policyBatch';
import { describeDifference } from './differenceText';

/** One value of a sweep: the alternative's summary and its paired differences from the baseline. */
export interface SweepPoint {
  /** The value given to the swept field, as written. */ readonly value: string;
  /** By KPI path: the alternative's mean with its 95 % interval. */ readonly summary: Readonly<Record<string, ReplicateStat>>;
  /** By KPI path: the paired difference alternative - baseline with its 95 % interval. */ readonly difference: Readonly<Record<string, ReplicateStat>>;
}

/** The JSON document of `run --sweep <path>=<v1>,<v2>,...`. */
export interface SweepResult {
  /** Scenario id. */ readonly scenario: string;
  /** The seeds run, `--seed` first; every policy runs each. */ readonly seeds: readonly number[];
  /** Days simulated in each run. */ readonly days: number;
  /** The swept field and its values. */ readonly sweep: Sweep;
  /** The baseline's summary (the scenario with `--set`), then one point per value, in order. */
  readonly summary: { readonly baseline: Readonly<Record<string, ReplicateStat>>; readonly points: readonly SweepPoint[] };
  /** Each seed's KPIs: the baseline's, then each value's in order. */ readonly runs: readonly { readonly seed: number; readonly baseline: Kpis; readonly alternatives: readonly Kpis[] }[];
}

/**
 * Runs the baseline (the scenario with `--set`) and one alternative per swept value (the field set
 * to it on top) on each seed, and summarises each alternative with its paired differences from the
 * baseline: a trade-off curve (detection against delay, say, over a threshold's values) with the
 * uncertainty of replicated runs. All the policies of a seed see the same consignments and the
 * same luck, and restore the baseline's traffic instead of generating it again.
 */
export async function simulateSweep(options: RunOptions, sweep: Sweep, onDay: ((done: number, total: number) => void) | null = null): Promise<SweepResult> {
  const baseline = resolveScenario(options.scenario, options.sets);
  const alternatives = sweep.values.map((value) => alternativeOf(options, sweep.path, value));
  const batch = await runPolicyBatch(options, [baseline, ...alternatives], onDay);
  const points = summariseAlternatives(batch).map((p, k): SweepPoint => ({ value: sweep.values[k]!, ...p }));
  const runs = batch.seeds.map((seed, r) => ({ seed, baseline: batch.kpis[r]![0]!, alternatives: batch.kpis[r]!.slice(1) }));
  return { scenario: baseline.id, seeds: batch.seeds, days: batch.days, sweep, summary: { baseline: summariseReplicates(runsOf(batch, 0)), points }, runs };
}

/** The scenario with `--set`, then the swept field at `value`; a refusal names the sweep value. */
function alternativeOf(options: RunOptions, path: string, value: string): Scenario {
  try {
    return resolveScenario(options.scenario, [...options.sets, `${path}=${value}`]);
  } catch (err) {
    if (err instanceof ScenarioInputError) throw new ScenarioInputError(`--sweep ${path}=${value}`, err.issues);
    throw err;
  }
}

/**
 * `run --sweep ...`: simulate every policy on every seed, then write JSON, CSV (`--csv`: one row per
 * seed and policy, column `policy` 0 for the baseline and k for the k-th value) and a summary: one
 * line per value with its differences from the baseline.
 */
export function sweepCommand(options: RunOptions, sweep: Sweep, io: RunIo): Promise<void> {
  return writeRun(options, io, {
    simulate: (onDay) => simulateSweep(options, sweep, onDay),
    csv: (result) => dailyCsv(result.runs.flatMap((r) => [
      { seed: r.seed, policy: 0, ...r.baseline },
      ...r.alternatives.map((kpis, k) => ({ seed: r.seed, policy: k + 1, ...kpis })),
    ])),
    policies: (result) => [
      { policy: 0, value: '', summary: result.summary.baseline, difference: null },
      ...result.summary.points.map((p, k) => ({ policy: k + 1, value: p.value, summary: p.summary, difference: p.difference })),
    ],
    summary: (result, seconds) => {
      const lines = result.summary.points.map((p) => `  ${result.sweep.path}=${p.value}: ${describeDifference(p.difference) || 'no difference to show'}`);
      return `${result.scenario}, seeds ${seedRange(result)}: ${result.sweep.values.length + 1} policies x ${result.seeds.length} seeds of ${result.days}-day runs in ` +
        `${seconds.toFixed(2)} s; against the baseline:\n${lines.join('\n')}`;
    },
  });
}
