import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSimulation, type DailyKpis, type Kpis } from '../sim';
import type { RunOptions } from './parseArgs';
import { resolveScenario } from './resolveScenario';
import { dailyCsv } from './dailyCsv';
import { UsageError } from './usageError';
import type { ProgressLine } from './progressLine';

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

/** Where a run writes; injectable so tests can capture output without spawning a process. */
export interface RunIo {
  /** Receives the JSON result when there is no `--out`. */
  stdout(text: string): void;
  /** Receives the summary line (unless `--quiet`). */
  stderr(text: string): void;
  /** Shows how far a run is (a terminal's progress line); left out on a pipe, in CI and in tests. */
  progress?: () => ProgressLine;
}

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
export function runCommand(options: RunOptions, io: RunIo): void {
  // Checked before the run, so that a long run is not lost to a mistyped folder.
  checkWritable('--out', options.out);
  checkWritable('--csv', options.csv);
  const started = performance.now();
  const line = options.quiet || io.progress === undefined ? null : io.progress();
  let result: RunResult;
  try {
    result = simulate(options, line === null ? null : (day, days) => line.update(day, days));
  } finally {
    line?.done();
  }
  const seconds = (performance.now() - started) / 1000;
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const written: string[] = [];
  if (options.out !== null) {
    writeOutput('--out', options.out, json);
    written.push(options.out);
  } else {
    io.stdout(json);
  }
  if (options.csv !== null) {
    writeOutput('--csv', options.csv, dailyCsv(result.daily));
    written.push(options.csv);
  }
  if (!options.quiet) {
    const declarations = result.kpis.declarations.toLocaleString('en-US');
    const files = written.length > 0 ? `; wrote ${written.join(', ')}` : '';
    io.stderr(`${result.scenario}, seed ${result.seed}: ${result.days} days, ${declarations} declarations in ${seconds.toFixed(2)} s${files}\n`);
  }
}

/** Why `file` cannot be written, from the error of an attempt. */
function whyNotWritable(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'its folder does not exist'
    : code === 'EISDIR' ? 'it is a directory'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'no permission to write there'
        : (err as Error).message;
}

/** Refuses, as a user error naming the option, an output path whose file or folder cannot be written. */
function checkWritable(option: string, file: string | null): void {
  if (file === null) return;
  let isDirectory = false, exists = true;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    exists = false;
  }
  if (isDirectory) throw new UsageError(`${option} ${file}: cannot write the file (it is a directory)`);
  try {
    accessSync(exists ? file : dirname(resolve(file)), constants.W_OK);
  } catch (err) {
    throw new UsageError(`${option} ${file}: cannot write the file (${whyNotWritable(err)})`);
  }
}

/** Writes a file, turning an unwritable path into a user error that names the option. */
function writeOutput(option: string, file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    throw new UsageError(`${option} ${file}: cannot write the file (${whyNotWritable(err)})`);
  }
}
