import { performance } from 'node:perf_hooks';
import { runCli } from './cli';
import { createProgressLine } from './progressLine';

/**
 * Entry point of the headless runner: `npm run sim -- <command> [options]` (see helpText.ts).
 * Output goes through process streams; the exit code is set, not forced with process.exit(), so
 * that large JSON on a pipe is flushed before the process ends.
 */

// `npm run sim | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // A progress line only where someone watches it: a terminal, not a pipe or a CI log.
  ...(process.stderr.isTTY ? { progress: () => createProgressLine((text) => process.stderr.write(text), () => performance.now()) } : {}),
});
