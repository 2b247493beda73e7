import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/cli';

/** Repository root (tests spawn the CLI from there so `--import tsx` resolves). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What one CLI invocation produced. */
export interface CliOutput {
  /** Exit code (0 or 2). */ readonly code: number;
  /** Everything written to stdout. */ readonly stdout: string;
  /** Everything written to stderr. */ readonly stderr: string;
}

/** Runs the CLI in-process with captured output: the same code path as main.ts, without a spawn. */
export async function cli(...argv: string[]): Promise<CliOutput> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** A fresh temporary directory for output files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'crl-cli-'));
}

/** True when text looks like a stack trace, which users must never see for their own mistakes. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}
