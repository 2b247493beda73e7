import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, MAX_SEED, parseArgs, type RunOptions } from '../../src/cli/parseArgs';
import { UsageError } from '../../src/cli/usageError';

/** Parses a `run` command line and returns its options (fails the test for other commands). */
function run(...args: string[]): RunOptions {
  const command = parseArgs(['run', ...args]);
  if (command.kind !== 'run') throw new Error(`expected run, got ${command.kind}`);
  return command.options;
}

/** The UsageError message a command line produces. */
function errorOf(...argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error(`expected a UsageError for ${argv.join(' ')}`);
}

describe('parseArgs', () => {
  it('fills in defaults', () => {
    expect(run()).toEqual({ scenario: 'default', seed: DEFAULT_SEED, days: null, replicates: 1, jobs: null, sets: [], compare: [], sweep: null, out: null, csv: null, summaryCsv: null, quiet: false });
  });

  it('reads every option, in both --name value and --name=value forms', () => {
    expect(run('--scenario', 'developing', '--seed=7', '--days', '30', '--replicates=5', '--jobs', '2', '--out', 'r.json', '--csv=d.csv', '--quiet')).toEqual({
      scenario: 'developing', seed: 7, days: 30, replicates: 5, jobs: 2, sets: [], compare: [], sweep: null, out: 'r.json', csv: 'd.csv', summaryCsv: null, quiet: true,
    });
  });

  it('keeps repeated --set in order, and values containing = intact', () => {
    const o = run('--set', 'policy.randomRate=0.01', '--set=offices.0.name=A=B', '--set', 'policy.thresholds.red=70');
    expect(o.sets).toEqual(['policy.randomRate=0.01', 'offices.0.name=A=B', 'policy.thresholds.red=70']);
  });

  it('keeps the alternative policy\'s --compare overrides apart from --set, and checks their form', () => {
    const o = run('--set', 'networks.adaptive=false', '--compare', 'policy.thresholds.red=55', '--compare=policy.randomRate=0.01');
    expect(o.sets).toEqual(['networks.adaptive=false']);
    expect(o.compare).toEqual(['policy.thresholds.red=55', 'policy.randomRate=0.01']);
    expect(errorOf('run', '--compare', 'policy.thresholds.red')).toBe('--compare expects <path>=<value>, e.g. --compare policy.randomRate=0.01, got "policy.thresholds.red"');
  });

  it('refuses replicates out of range, and seeds that would run past the largest', () => {
    expect(errorOf('run', '--replicates', '0')).toBe('--replicates must be an integer from 1 to 1000, got "0"');
    expect(errorOf('run', '--replicates', '2.5')).toBe('--replicates must be an integer from 1 to 1000, got "2.5"');
    expect(errorOf('run', '--seed', String(MAX_SEED), '--replicates', '2')).toMatch(/--replicates 2 from --seed 2147483647 would need seeds above 2147483647/);
    expect(run('--seed', String(MAX_SEED - 1), '--replicates', '2').replicates).toBe(2);
  });

  it('reads a sweep as a field and its values, and refuses a malformed one', () => {
    expect(run('--sweep', 'policy.thresholds.red=50,55,65').sweep).toEqual({ path: 'policy.thresholds.red', values: ['50', '55', '65'] });
    expect(run('--sweep=policy.randomRate=0.01').sweep).toEqual({ path: 'policy.randomRate', values: ['0.01'] });
    expect(errorOf('run', '--sweep', 'policy.thresholds.red')).toBe('--sweep expects <path>=<value>,<value>,..., e.g. --sweep policy.thresholds.red=50,55,65, got "policy.thresholds.red"');
    expect(errorOf('run', '--sweep', 'policy.randomRate=0.01,')).toMatch(/^--sweep needs a value between every comma/);
    expect(errorOf('run', '--sweep', `policy.randomRate=${Array.from({ length: 21 }, (_, k) => k / 100).join(',')}`)).toBe('--sweep takes at most 20 values, got 21');
    expect(errorOf('run', '--sweep', 'policy.randomRate=0.01,0.02', '--compare', 'policy.thresholds.red=55')).toMatch(/^--sweep and --compare cannot be combined/);
  });

  it('takes --summary-csv only for replicated runs', () => {
    expect(run('--replicates', '2', '--summary-csv', 's.csv').summaryCsv).toBe('s.csv');
    expect(run('--compare', 'policy.randomRate=0.01', '--summary-csv=s.csv').summaryCsv).toBe('s.csv');
    expect(errorOf('run', '--summary-csv', 's.csv')).toBe('--summary-csv summarises replicated runs: use it with --replicates n (n > 1), --compare or --sweep');
  });

  it('refuses a number of worker threads out of range', () => {
    expect(errorOf('run', '--jobs', '0')).toBe('--jobs must be an integer from 1 to 64, got "0"');
    expect(errorOf('run', '--jobs=all')).toBe('--jobs must be an integer from 1 to 64, got "all"');
    expect(run('--jobs', '64').jobs).toBe(64);
  });

  it('treats a leading option as an implicit run', () => {
    expect(parseArgs(['--seed', '3'])).toEqual({ kind: 'run', options: { ...run(), seed: 3 } });
  });

  it('recognises help and list', () => {
    for (const argv of [[], ['help'], ['--help'], ['-h'], ['run', '--help'], ['run', '--seed', '3', '-h']]) {
      expect(parseArgs(argv)).toEqual({ kind: 'help' });
    }
    expect(parseArgs(['list'])).toEqual({ kind: 'list' });
  });

  it('accepts the seed range limits', () => {
    expect(run('--seed', '0').seed).toBe(0);
    expect(run('--seed', String(MAX_SEED)).seed).toBe(MAX_SEED);
    expect(run('--days', '36500').days).toBe(36500);
  });

  it.each([
    [['run', '--seed', 'abc'], '--seed must be an integer from 0 to 2147483647, got "abc"'],
    [['run', '--seed', '-1'], '--seed must be an integer'],
    [['run', '--seed', '2147483648'], '--seed must be an integer'],
    [['run', '--seed', '1.5'], '--seed must be an integer'],
    [['run', '--seed', '1e3'], '--seed must be an integer'],
    [['run', '--days', '0'], '--days must be an integer from 1 to 36500, got "0"'],
    [['run', '--days', '36501'], '--days must be an integer from 1 to 36500'],
    [['run', '--days'], '--days needs a value'],
    [['run', '--out', '--quiet'], '--out needs a value'],
    [['run', '--scenario='], '--scenario needs a non-empty value'],
    [['run', '--sed', '1'], 'unknown option --sed; run accepts --scenario, --seed, --days, --replicates, --jobs, --set, --compare, --sweep, --out, --csv, --summary-csv, --quiet'],
    [['run', '--seed', '1', '--seed', '2'], '--seed given more than once'],
    [['run', '--quiet=yes'], '--quiet is a flag'],
    [['run', '--set', 'policy.randomRate'], '--set expects <path>=<value>'],
    [['run', 'default'], 'unexpected argument "default"'],
    [['simulate'], 'unknown command "simulate"; commands are run, list, scenario, help'],
    [['list', 'x'], 'list takes no arguments'],
  ])('rejects %j naming the option', (argv, message) => {
    expect(errorOf(...argv)).toContain(message);
  });
});

describe('parseArgs scenario', () => {
  it('takes exactly one scenario id', () => {
    expect(parseArgs(['scenario', 'developing'])).toEqual({ kind: 'scenario', id: 'developing' });
    expect(() => parseArgs(['scenario'])).toThrow(/scenario takes one built-in scenario id/);
    expect(() => parseArgs(['scenario', 'a', 'b'])).toThrow(/scenario takes one/);
  });
});
