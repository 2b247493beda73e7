import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT } from './cliHarness';

const execFileAsync = promisify(execFile);

/** Spawns the real entry point the way `npm run sim` does (tsx), returning code and output. */
async function spawnCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw err;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('main.ts end to end (spawned)', () => {
  it('runs 3 days and is byte-identical for the same seed', async () => {
    const [a, b, other] = await Promise.all([
      spawnCli('run', '--days', '3', '--seed', '7'),
      spawnCli('run', '--days', '3', '--seed', '7'),
      spawnCli('run', '--days', '3', '--seed', '8', '--quiet'),
    ]);
    expect(a.code).toBe(0);
    const doc = JSON.parse(a.stdout) as { scenario: string; seed: number; days: number; daily: unknown[] };
    expect(doc).toMatchObject({ scenario: 'default', seed: 7, days: 3 });
    expect(doc.daily).toHaveLength(3);
    expect(b.stdout).toBe(a.stdout);
    expect(other.code).toBe(0);
    expect(other.stderr).toBe('');
    expect(other.stdout).not.toBe(a.stdout);
  });

  it('exits 2 with a one-line reason and no stack trace on bad arguments', async () => {
    const { code, stdout, stderr } = await spawnCli('run', '--seed', '-3');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--seed must be an integer from 0 to 2147483647, got "-3"');
    expect(hasStackTrace(stderr)).toBe(false);
  });
});
