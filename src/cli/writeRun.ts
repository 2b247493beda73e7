import { performance } from 'node:perf_hooks';
import type { RunOptions } from './parseArgs';
import type { ProgressLine } from './progressLine';
import { checkWritable, writeOutput } from './outputFile';
import { summaryCsv, type PolicySummary } from './summaryCsv';

/** Where a run writes; injectable so tests can capture output without spawning a process. */
export interface RunIo {
  /** Receives the JSON result when there is no `--out`. */
  stdout(text: string): void;
  /** Receives the summary line (unless `--quiet`). */
  stderr(text: string): void;
  /** Shows how far a run is (a terminal's progress line); left out on a pipe, in CI and in tests. */
  progress?: () => ProgressLine;
}

/** What a command simulates and how its result is written. */
export interface RunWriting<T> {
  /** Simulates, telling `onDay(done, total)` after every simulated day when given. */
  simulate(onDay: ((done: number, total: number) => void) | null): T | Promise<T>;
  /** The CSV text `--csv` gets. */
  csv(result: T): string;
  /** Replicated runs only: each policy's summary, for `--summary-csv`. */
  policies?(result: T): readonly PolicySummary[];
  /** The summary line for stderr, without the files written and the line end. */
  summary(result: T, seconds: number): string;
}

/**
 * The shape every run command shares: output paths checked before simulating (a long run is not
 * lost to a mistyped folder), the progress line while it runs, then the JSON result (stdout or
 * `--out`), the CSV (`--csv`), the replicated summary's CSV (`--summary-csv`) and the summary line
 * on stderr (unless `--quiet`).
 */
export async function writeRun<T>(options: RunOptions, io: RunIo, how: RunWriting<T>): Promise<void> {
  checkWritable('--out', options.out);
  checkWritable('--csv', options.csv);
  checkWritable('--summary-csv', options.summaryCsv);
  const started = performance.now();
  const line = options.quiet || io.progress === undefined ? null : io.progress();
  let result: T;
  try {
    result = await how.simulate(line === null ? null : (done, total) => line.update(done, total));
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
    writeOutput('--csv', options.csv, how.csv(result));
    written.push(options.csv);
  }
  if (options.summaryCsv !== null && how.policies !== undefined) {
    writeOutput('--summary-csv', options.summaryCsv, summaryCsv(how.policies(result)));
    written.push(options.summaryCsv);
  }
  if (!options.quiet) io.stderr(`${how.summary(result, seconds)}${written.length > 0 ? `; wrote ${written.join(', ')}` : ''}\n`);
}
