import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, KPI_DOCS, listBuiltinScenarios } from '../../src/sim';
import { RUN_OPTION_NAMES } from '../../src/cli/parseArgs';
import { cli, hasStackTrace, tempDir } from './cliHarness';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Runs a command line that must fail as a user error and returns its stderr. */
async function failure(...argv: string[]): Promise<string> {
  const result = await cli(...argv);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(hasStackTrace(result.stderr)).toBe(false);
  expect(result.stderr).toMatch(/^error: /);
  return result.stderr;
}

describe('user errors exit 2 with a message naming the option or field', () => {
  it('bad number', async () => expect(await failure('run', '--days', 'ten')).toContain('--days must be an integer from 1 to 36500, got "ten"'));

  it('unknown option', async () => expect(await failure('run', '--sede', '3')).toContain('unknown option --sede'));

  it('unknown scenario lists the built-ins', async () => {
    const message = await failure('run', '--scenario', 'nowhere');
    expect(message).toContain('--scenario "nowhere" is not a built-in scenario; choose one of');
    for (const id of listBuiltinScenarios()) expect(message).toContain(id);
  });

  it('invalid --set path lists what is allowed', async () => {
    expect(await failure('run', '--set', 'offices.9.mode=sea')).toContain('offices.9: index must be an integer from 0 to 3');
    expect(await failure('run', '--set', 'policy.randomRat=0.1')).toMatch(/policy\.randomRat: unknown field "randomRat"; allowed here: .*randomRate/);
  });

  it('invalid --set value names the field and the limit', async () => {
    expect(await failure('run', '--set', 'policy.randomRate=2')).toMatch(/policy\.randomRate: must be at most 1, got 2/);
  });

  it('missing scenario file', async () => expect(await failure('run', '--scenario', join(tempDir(), 'none.json'))).toMatch(/--scenario .*none\.json: cannot read the file \(no such file\)/));

  it('malformed scenario file gives file:line:column', async () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{\n  "id": "x",\n}\n');
    expect(await failure('run', '--scenario', file)).toContain(`${file}:3:1: invalid JSON`);
  });

  it('invalid scenario file names every bad field', async () => {
    const file = join(tempDir(), 'invalid.json');
    const scenario = structuredClone(BUILTIN_SCENARIOS.default) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...scenario, days: 0, startWeekday: 9 }));
    const message = await failure('run', '--scenario', file);
    expect(message).toContain(`Scenario file ${file}`);
    expect(message).toMatch(/days: must be at least 1/);
    expect(message).toMatch(/startWeekday: must be at most 6/);
  });

  it('unwritable --out names the option', async () => {
    expect(await failure('run', '--days', '1', '--out', join(tempDir(), 'no', 'such', 'dir.json'))).toContain('--out');
  });

  it('an unwritable --csv or --out is refused before the run: nothing on stdout, the reason named', async () => {
    const dir = tempDir();
    // Without --out the JSON would go to stdout: await failure() checks that nothing was printed, so the run did not happen.
    expect(await failure('run', '--days', '3', '--csv', join(dir, 'missing', 'daily.csv'))).toContain(`--csv ${join(dir, 'missing', 'daily.csv')}: cannot write the file (its folder does not exist)`);
    expect(await failure('run', '--days', '3', '--out', dir)).toContain(`--out ${dir}: cannot write the file (it is a directory)`);
  });
});

describe('help and list', () => {
  it('documents every option, every KPI with its unit and every built-in scenario', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const option of RUN_OPTION_NAMES) expect(stdout).toContain(option);
    for (const [path, doc] of Object.entries(KPI_DOCS)) expect(stdout).toMatch(new RegExp(`\\n  ${escape(path)} +${escape(doc)}\\n`));
    for (const id of listBuiltinScenarios()) expect(stdout).toContain(`\n  ${id} `);
  });

  it('is the same for help, --help, -h and run --help', async () => {
    const text = (await cli('help')).stdout;
    for (const argv of [['--help'], ['-h'], ['run', '--help'], []]) expect((await cli(...argv)).stdout).toBe(text);
  });

  it('list shows scenarios and indicator ids', async () => {
    const { code, stdout } = await cli('list');
    expect(code).toBe(0);
    expect(stdout).toContain('developing');
    expect(stdout).toMatch(/\n  G1 +New importer/);
  });
});
