import { describe, expect, it } from 'vitest';
import { createProgressLine, type ProgressLine } from '../../src/cli/progressLine';
import { runCli } from '../../src/cli/cli';

describe('the progress line of a long run on a terminal', () => {
  it('stays quiet at first, then rewrites one line at most every interval, and erases it at the end', async () => {
    let t = 0;
    const written: string[] = [];
    const line = createProgressLine((text) => written.push(text), () => t, 500, 200);
    for (let day = 1; day <= 30; day++) {
      t += 100;
      line.update(day, 3650);
    }
    // Due at 500 ms (day 5), then at 700, 900, ... (days 7, 9, ...).
    expect(written[0]).toBe('\rsimulating day 5 of 3,650 (0 %)\x1b[K');
    expect(written).toHaveLength(13);
    expect(written[12]).toBe('\rsimulating day 29 of 3,650 (0 %)\x1b[K');
    line.done();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('writes nothing at all for a run shorter than the first interval', async () => {
    const written: string[] = [];
    const line = createProgressLine((text) => written.push(text), () => 0, 500, 200);
    line.update(90, 90);
    line.done();
    expect(written).toEqual([]);
  });

  it('is told every day of a run and closed after it, unless the run is quiet', async () => {
    const seen: number[] = [];
    let closed = 0;
    const progress = (): ProgressLine => ({ update: (day) => void seen.push(day), done: () => void closed++ });
    let stdout = '', stderr = '';
    const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), progress };
    expect(await runCli(['run', '--days', '4', '--set', 'offices.0.dailyVolume=20'], io)).toBe(0);
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(closed).toBe(1);
    expect(JSON.parse(stdout).daily).toHaveLength(4);
    expect(stderr).toMatch(/4 days/);
    seen.length = 0;
    expect(await runCli(['run', '--days', '3', '--quiet'], io)).toBe(0);
    expect(seen).toEqual([]);
  });

  it('counts every day of every thread\'s runs once, up to the total', async () => {
    const seen: [number, number][] = [];
    const progress = (): ProgressLine => ({ update: (done, total) => void seen.push([done, total]), done: () => undefined });
    const io = { stdout: () => undefined, stderr: () => undefined, progress };
    const argv = ['run', '--days', '3', '--replicates', '2', '--set', 'offices.0.dailyVolume=50', '--compare', 'policy.randomRate=0.05', '--jobs', '2'];
    expect(await runCli(argv, io)).toBe(0);
    // Two seeds, each a baseline and an alternative of three days.
    expect(seen.map(([done]) => done)).toEqual(Array.from({ length: 12 }, (_, d) => d + 1));
    for (const [, total] of seen) expect(total).toBe(12);
  });
});
