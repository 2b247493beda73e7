import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, type DailyKpis, type Kpis } from '../../src/sim';
import { cli, tempDir, type CliOutput } from './cliHarness';

interface RunDocument { scenario: string; seed: number; days: number; kpis: Kpis; daily: DailyKpis[] }

/** Runs with `--out` into a temp file and returns the parsed document. */
async function runToFile(...args: string[]): Promise<RunDocument> {
  const out = join(tempDir(), 'run.json');
  const result = await cli('run', '--quiet', '--out', out, ...args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toBe('');
  return JSON.parse(readFileSync(out, 'utf8')) as RunDocument;
}

/** One KPI's statistics in a replicated document. */
interface Stat { n: number; mean: number; low: number | null; high: number | null }

/** Runs with --out, --csv and --summary-csv into a temp folder: the CLI's output, the parsed JSON and the two CSVs' lines. */
async function runWithFiles<T>(...args: string[]): Promise<{ result: CliOutput; doc: T; lines: string[]; summary: string[][] }> {
  const dir = tempDir();
  const out = join(dir, 'result.json'), csv = join(dir, 'result.csv'), summaryCsv = join(dir, 'summary.csv');
  const result = await cli('run', ...args, '--out', out, '--csv', csv, '--summary-csv', summaryCsv);
  expect(result.code).toBe(0);
  const linesOf = (file: string): string[] => readFileSync(file, 'utf8').trimEnd().split('\r\n');
  return { result, doc: JSON.parse(readFileSync(out, 'utf8')) as T, lines: linesOf(csv), summary: linesOf(summaryCsv).map((l) => l.split(',')) };
}

/** The summary CSV's row of a policy and KPI, as numbers by column name. */
function summaryRow(summary: string[][], policy: number, kpi: string): Record<string, number | string> {
  const [header, ...rows] = summary;
  const row = rows.find((r) => r[0] === String(policy) && r[2] === kpi);
  if (row === undefined) throw new Error(`no summary row for policy ${policy}, ${kpi}`);
  return Object.fromEntries(header!.map((h, k) => [h, k <= 2 ? row[k]! : row[k] === '' ? '' : Number(row[k])]));
}

describe('run output', () => {
  it('has scenario id, seed, days, run KPIs and one daily entry per day', async () => {
    const doc = await runToFile('--days', '4', '--seed', '11');
    expect(Object.keys(doc)).toEqual(['scenario', 'seed', 'days', 'kpis', 'daily']);
    expect(doc).toMatchObject({ scenario: 'default', seed: 11, days: 4 });
    expect(doc.daily.map((d) => d.day)).toEqual([0, 1, 2, 3]);
    expect(doc.daily.reduce((s, d) => s + d.declarations, 0)).toBe(doc.kpis.declarations);
  });

  it('prints a summary on stderr unless --quiet, and JSON on stdout without --out', async () => {
    const result = await cli('run', '--days', '1');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^default, seed 1: 1 days, [\d,]+ declarations in [\d.]+ s\n$/);
    expect((JSON.parse(result.stdout) as RunDocument).daily).toHaveLength(1);
  });

  it('applies --set: a different number of physical teams at the port changes the run', async () => {
    // Derived from the built-in rather than a literal, so recalibrating the default cannot make the
    // override a no-op (doubling also changes on-duty hours, hence utilisation, whatever the load).
    const teams = BUILTIN_SCENARIOS.default.offices[0].resources.physical.teams * 2 || 4;
    const base = await runToFile('--days', '3');
    const changed = await runToFile('--days', '3', '--set', `offices.0.resources.physical.teams=${teams}`);
    expect(changed.kpis.declarations).toBe(base.kpis.declarations);
    expect(changed.kpis.resources.physical.utilisation).not.toBe(base.kpis.resources.physical.utilisation);
  });

  it('reads a scenario file and reports its id', async () => {
    const file = join(tempDir(), 'mine.json');
    writeFileSync(file, JSON.stringify({ ...BUILTIN_SCENARIOS.default, id: 'my-port' }));
    expect(await runToFile('--scenario', file, '--days', '2')).toMatchObject({ scenario: 'my-port', days: 2 });
  });

  it('writes daily KPIs as CSV: header of KPI paths, one row per day, plain numbers', async () => {
    const dir = tempDir();
    const csvFile = join(dir, 'daily.csv');
    await runToFile('--days', '5', '--csv', csvFile);
    const lines = readFileSync(csvFile, 'utf8').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(1 + 5);
    const header = lines[0].split(',');
    expect(header[0]).toBe('day');
    expect(header).toEqual(expect.arrayContaining(['declarations', 'lanes.red', 'clearance.all.p95', 'seizures.4', 'resources.physical.utilisation']));
    for (const [i, line] of lines.slice(1).entries()) {
      const cells = line.split(',');
      expect(cells).toHaveLength(header.length);
      expect(cells[0]).toBe(String(i));
      for (const cell of cells) expect(cell).toMatch(/^(-?\d+(\.\d+)?)?$/);
    }
  });
});

describe('scenario command', () => {
  it('prints a built-in scenario that runs unchanged as a scenario file', async () => {
    const printed = await cli('scenario', 'developing');
    expect(printed.code).toBe(0);
    const file = join(tempDir(), 'developing.json');
    writeFileSync(file, printed.stdout);
    const fromFile = await runToFile('--days', '2', '--scenario', file);
    const builtIn = await runToFile('--days', '2', '--scenario', 'developing');
    expect(fromFile.kpis).toEqual(builtIn.kpis);
  });
});

describe('run --replicates', () => {
  interface ReplicatesDocument { scenario: string; seeds: number[]; days: number; summary: Record<string, { n: number; mean: number; low: number; high: number }>; runs: { seed: number; kpis: Kpis }[] }

  it('runs one seed after another, each as a single run would, and summarises them with intervals', async () => {
    const { result, doc, lines, summary } = await runWithFiles<ReplicatesDocument>('--days', '3', '--seed', '20', '--replicates', '3');
    // The summary CSV: one policy, every KPI, its statistics as in the JSON, no difference.
    expect(summary.length - 1).toBe(Object.keys(doc.summary).length);
    expect(summaryRow(summary, 0, 'declarations')).toMatchObject({ value: '', n: 3, mean: doc.summary['declarations']!.mean, low: doc.summary['declarations']!.low, difference_mean: '' });
    expect(result.stderr).toMatch(/^default, seeds 20-22: 3 runs of 3 days in [\d.]+ s; detection rate [\d.]+ % \(95 % interval [\d.-]+ %-[\d.]+ %\); wrote /);
    expect(Object.keys(doc)).toEqual(['scenario', 'seeds', 'days', 'summary', 'runs']);
    expect(doc.seeds).toEqual([20, 21, 22]);
    // Each replicate is exactly the single run of its seed.
    expect(doc.runs[1]!.kpis).toEqual((await runToFile('--days', '3', '--seed', '21')).kpis);
    const declarations = doc.runs.map((r) => r.kpis.declarations);
    expect(doc.summary['declarations']!.mean).toBeCloseTo(declarations.reduce((a, b) => a + b, 0) / 3, 9);
    expect(doc.summary['declarations']!.low).toBeLessThan(doc.summary['declarations']!.mean);
    expect(doc.summary['declarations']!.high).toBeGreaterThan(doc.summary['declarations']!.mean);
    expect(lines).toHaveLength(4);
    expect(lines[0]!.split(',').slice(0, 2)).toEqual(['seed', 'declarations']);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).map(Number))).toEqual(doc.runs.map((r) => [r.seed, r.kpis.declarations]));
  });
});

describe('run --compare', () => {
  interface ComparisonDocument {
    seeds: number[]; compare: string[];
    summary: { baseline: Record<string, Stat>; alternative: Record<string, Stat>; difference: Record<string, Stat> };
    runs: { seed: number; baseline: Kpis; alternative: Kpis }[];
  }

  it('runs both policies on each seed, each as a single run would, and gives the paired differences', async () => {
    const { result, doc, lines, summary } = await runWithFiles<ComparisonDocument>('--days', '3', '--seed', '5', '--replicates', '2', '--set', 'networks.adaptive=false',
      '--compare', 'policy.thresholds.red=50');
    expect(result.stderr).toMatch(/^default, seeds 5-6: 2 pairs of 3-day runs in [\d.]+ s; detection rate [+-][\d.]+ pp \(95 % interval /);
    expect(doc.seeds).toEqual([5, 6]);
    expect(doc.compare).toEqual(['policy.thresholds.red=50']);
    expect(summaryRow(summary, 1, 'lanes.red')).toMatchObject({
      value: 'policy.thresholds.red=50', mean: doc.summary.alternative['lanes.red']!.mean, difference_mean: doc.summary.difference['lanes.red']!.mean,
    });
    expect(doc.runs[0]!.baseline).toEqual((await runToFile('--days', '3', '--seed', '5', '--set', 'networks.adaptive=false')).kpis);
    expect(doc.runs[1]!.alternative).toEqual((await runToFile('--days', '3', '--seed', '6', '--set', 'networks.adaptive=false', '--set', 'policy.thresholds.red=50')).kpis);
    // Same traffic in both runs of a seed; the policy made a difference to what was inspected.
    for (const r of doc.runs) expect(r.alternative.declarations).toBe(r.baseline.declarations);
    const diffs = doc.runs.map((r) => r.alternative.lanes.red - r.baseline.lanes.red);
    for (const d of diffs) expect(d).toBeGreaterThan(0);
    expect(doc.summary.difference['lanes.red']!.mean).toBeCloseTo((diffs[0]! + diffs[1]!) / 2, 9);
    expect(doc.summary.difference['declarations']).toMatchObject({ n: 2, mean: 0, low: 0, high: 0 });
    expect(doc.summary.alternative['lanes.red']!.mean).toBeCloseTo(doc.summary.baseline['lanes.red']!.mean + doc.summary.difference['lanes.red']!.mean, 6);
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['seed', 'alternative', 'declarations']);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).map(Number))).toEqual([[5, 0], [5, 1], [6, 0], [6, 1]]);
  });
});

describe('run --sweep', () => {
  interface SweepDocument {
    seeds: number[]; sweep: { path: string; values: string[] };
    summary: { baseline: Record<string, Stat>; points: { value: string; summary: Record<string, Stat>; difference: Record<string, Stat> }[] };
    runs: { seed: number; baseline: Kpis; alternatives: Kpis[] }[];
  }

  it('runs one alternative per value on each seed, each as a single run would, with its paired differences', async () => {
    const { result, doc, lines, summary } = await runWithFiles<SweepDocument>('--days', '3', '--seed', '8', '--replicates', '2', '--set', 'networks.adaptive=false',
      '--sweep', 'policy.thresholds.red=50,70');
    expect(result.stderr).toMatch(/^default, seeds 8-9: 3 policies x 2 seeds of 3-day runs in [\d.]+ s; against the baseline:\n  policy\.thresholds\.red=50: detection rate [+-][\d.]+ pp \(95 % interval .*\n  policy\.thresholds\.red=70: detection rate /);
    expect(doc.sweep).toEqual({ path: 'policy.thresholds.red', values: ['50', '70'] });
    expect(doc.summary.points.map((p) => p.value)).toEqual(['50', '70']);
    expect(summaryRow(summary, 2, 'detectionRate')).toMatchObject({
      value: '70', n: 2, mean: doc.summary.points[1]!.summary['detectionRate']!.mean, difference_high: doc.summary.points[1]!.difference['detectionRate']!.high!,
    });
    expect(new Set(summary.slice(1).map((r) => r[0]))).toEqual(new Set(['0', '1', '2']));
    const single = async (seed: number, ...sets: string[]): Promise<Kpis> =>
      (await runToFile('--days', '3', '--seed', String(seed), '--set', 'networks.adaptive=false', ...sets.flatMap((x) => ['--set', x]))).kpis;
    expect(doc.runs[0]!.baseline).toEqual(await single(8));
    expect(doc.runs[1]!.alternatives[0]).toEqual(await single(9, 'policy.thresholds.red=50'));
    expect(doc.runs[0]!.alternatives[1]).toEqual(await single(8, 'policy.thresholds.red=70'));
    // A lower red threshold sends more to the red lane on every seed; the points' differences are those runs'.
    const redDiffs = doc.runs.map((r) => r.alternatives[0]!.lanes.red - r.baseline.lanes.red);
    for (const d of redDiffs) expect(d).toBeGreaterThan(0);
    expect(doc.summary.points[0]!.difference['lanes.red']!.mean).toBeCloseTo((redDiffs[0]! + redDiffs[1]!) / 2, 9);
    expect(doc.summary.points[1]!.summary['lanes.red']!.mean).toBeCloseTo((doc.runs[0]!.alternatives[1]!.lanes.red + doc.runs[1]!.alternatives[1]!.lanes.red) / 2, 9);
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['seed', 'policy', 'declarations']);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).map(Number))).toEqual([[8, 0], [8, 1], [8, 2], [9, 0], [9, 1], [9, 2]]);
  });

  it('names the sweep value a scenario refuses', async () => {
    const result = await cli('run', '--days', '2', '--sweep', 'policy.thresholds.red=50,high');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--sweep policy.thresholds.red=high:\n  - policy.thresholds.red: expected number, got "high"');
  });
});

describe('run --jobs', () => {
  it('gives the same JSON on worker threads as in one thread, replicates, comparisons and sweeps alike', async () => {
    const replicates = ['run', '--days', '4', '--seed', '30', '--replicates', '3', '--set', 'offices.0.dailyVolume=300', '--quiet'];
    const one = await cli(...replicates, '--jobs', '1');
    const two = await cli(...replicates, '--jobs', '2');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const compare = [...replicates, '--compare', 'policy.randomRate=0.05'];
    const pairsOne = await cli(...compare, '--jobs', '1');
    const pairsThree = await cli(...compare, '--jobs', '3');
    expect(pairsOne.code).toBe(0);
    expect(pairsThree.stdout).toBe(pairsOne.stdout);
    expect(JSON.parse(pairsThree.stdout).runs).toHaveLength(3);
    const sweep = [...replicates, '--sweep', 'policy.thresholds.red=50,70'];
    const sweepOne = await cli(...sweep, '--jobs', '1');
    const sweepTwo = await cli(...sweep, '--jobs', '2');
    expect(sweepOne.code).toBe(0);
    expect(sweepTwo.stdout).toBe(sweepOne.stdout);
  });
});
