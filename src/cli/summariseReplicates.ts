import type { Kpis } from '../sim';
import { flattenKpis, type FlatKpis } from './flattenKpis';
import { studentT975 } from './studentT';

/** One KPI over replicated runs: its mean and the 95 % confidence interval of that mean. */
export interface ReplicateStat {
  /** Runs with a value for this KPI (count). */ readonly n: number;
  /** Mean over those runs (the KPI's unit); null when no run has a value. */ readonly mean: number | null;
  /** Sample standard deviation over the runs (the KPI's unit); null with fewer than two. */ readonly sd: number | null;
  /** Lower bound of the Student t 95 % interval of the mean; null with fewer than two runs. */ readonly low: number | null;
  /** Upper bound of that interval; null with fewer than two runs. */ readonly high: number | null;
}

/**
 * Mean, standard deviation and Student t 95 % confidence interval of the mean of every run-level
 * KPI (by its flattened path, as in KPI_DOCS and the CSV columns) over replicated runs: the
 * uncertainty a policy comparison must be read with. A KPI missing in a run (a rate with nothing to
 * divide) is left out of that run's count rather than taken as zero.
 */
export function summariseReplicates(runs: readonly Kpis[]): Record<string, ReplicateStat> {
  return summariseRows(runs.map((kpis) => flattenKpis(kpis)));
}

/**
 * The same statistics of the paired differences `alternative - baseline`, run by run (the i-th runs
 * of both share a seed, hence their traffic): a KPI missing in either run of a pair is left out.
 */
export function summariseDifferences(baseline: readonly Kpis[], alternative: readonly Kpis[]): Record<string, ReplicateStat> {
  if (baseline.length !== alternative.length) throw new Error(`[cli/summariseReplicates] ${baseline.length} baseline runs against ${alternative.length} alternative ones`);
  return summariseRows(baseline.map((kpis, i) => {
    const other = flattenKpis(alternative[i]), difference: FlatKpis = new Map();
    for (const [path, a] of flattenKpis(kpis)) {
      const b = other.get(path);
      difference.set(path, a !== null && b !== null && b !== undefined ? b - a : null);
    }
    return difference;
  }));
}

/** Every path's statistics over rows of flattened KPIs; a row's missing value is left out of that path's count. */
function summariseRows(rows: readonly FlatKpis[]): Record<string, ReplicateStat> {
  const values = new Map<string, number[]>();
  for (const row of rows) {
    for (const [path, value] of row) {
      if (!values.has(path)) values.set(path, []);
      if (value !== null) values.get(path)!.push(value);
    }
  }
  const out: Record<string, ReplicateStat> = {};
  for (const [path, xs] of values) out[path] = describe(xs);
  return out;
}

function describe(xs: readonly number[]): ReplicateStat {
  const n = xs.length;
  if (n === 0) return { n, mean: null, sd: null, low: null, high: null };
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null, low: null, high: null };
  let squares = 0;
  for (const x of xs) squares += (x - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  const half = (studentT975(n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, low: mean - half, high: mean + half };
}
