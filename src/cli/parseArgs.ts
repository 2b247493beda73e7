import { UsageError } from './usageError';

/**
 * Command-line parsing for the headless runner. Pure (no I/O, no simulation import) so it can be
 * unit-tested; every error is a {@link UsageError} that names the option and what is allowed.
 */

/** Largest seed accepted: seeds are 31-bit so they survive any int32 arithmetic in the core. */
export const MAX_SEED = 2 ** 31 - 1;
/** Longest run accepted, days (100 years; same limit as the scenario's `days`). */
export const MAX_DAYS = 36500;
/** Most replicated runs one command makes. */
export const MAX_REPLICATES = 1000;
/** Most values one `--sweep` may try. */
export const MAX_SWEEP_VALUES = 20;
/** Most worker threads `--jobs` may ask for. */
export const MAX_JOBS = 64;
/** Seed used when `--seed` is not given. */
export const DEFAULT_SEED = 1;
/** Scenario used when `--scenario` is not given. */
export const DEFAULT_SCENARIO_ID = 'default';

/** Options of the `run` command. */
export interface RunOptions {
  /** Built-in scenario id, or a path ending in `.json`. */
  readonly scenario: string;
  /** Random seed, integer 0 to {@link MAX_SEED}. */
  readonly seed: number;
  /** Days to simulate, or null for the scenario's own `days`. */
  readonly days: number | null;
  /** Runs to make, with seeds `seed`, `seed + 1`, ...: 1 for a single run, more for a summary with intervals. */
  readonly replicates: number;
  /** Worker threads the seeds of `replicates`, `compare` or `sweep` share, or null for the default (see runSeeds.ts). */
  readonly jobs: number | null;
  /** `path=value` overrides, in the order given. */
  readonly sets: readonly string[];
  /** `path=value` overrides of an alternative policy, run beside the baseline on the same seeds; empty for none. */
  readonly compare: readonly string[];
  /** One field and the values it takes in turn, each an alternative run beside the baseline on the same seeds; null for none. */
  readonly sweep: Sweep | null;
  /** File to write the JSON result to, or null for stdout. */
  readonly out: string | null;
  /** File to write daily KPIs to as CSV, or null for none. */
  readonly csv: string | null;
  /** File to write the replicated summary to as CSV (one row per policy and KPI), or null for none. */
  readonly summaryCsv: string | null;
  /** Suppress the summary line on stderr. */
  readonly quiet: boolean;
}

/** `--sweep <path>=<v1>,<v2>,...`: one scenario field, and the values its alternatives give it. */
export interface Sweep {
  /** The field's path, as `--set` takes it. */ readonly path: string;
  /** Its values, as written (each read as `--set` reads a value), in order. */ readonly values: readonly string[];
}

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'list' }
  | { readonly kind: 'scenario'; readonly id: string }
  | { readonly kind: 'run'; readonly options: RunOptions };

/** The commands, for messages and help. */
export const COMMANDS = ['run', 'list', 'scenario', 'help'] as const;

interface OptionSpec {
  /** Takes a value (`--seed 7` or `--seed=7`); otherwise a flag. */
  readonly takesValue: boolean;
  /** May be given more than once. */
  readonly repeatable: boolean;
}

const RUN_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  '--scenario': { takesValue: true, repeatable: false },
  '--seed': { takesValue: true, repeatable: false },
  '--days': { takesValue: true, repeatable: false },
  '--replicates': { takesValue: true, repeatable: false },
  '--jobs': { takesValue: true, repeatable: false },
  '--set': { takesValue: true, repeatable: true },
  '--compare': { takesValue: true, repeatable: true },
  '--sweep': { takesValue: true, repeatable: false },
  '--out': { takesValue: true, repeatable: false },
  '--csv': { takesValue: true, repeatable: false },
  '--summary-csv': { takesValue: true, repeatable: false },
  '--quiet': { takesValue: false, repeatable: false },
};

/** Option names of `run`, in help order. */
export const RUN_OPTION_NAMES: readonly string[] = Object.keys(RUN_OPTIONS);

const isHelpFlag = (a: string): boolean => a === '--help' || a === '-h';

/**
 * Parses the arguments after the script name (`process.argv.slice(2)`).
 * No arguments, `help`, `--help` or `-h` anywhere ask for help; arguments that start with an
 * option imply `run`, so `npm run sim -- --seed 3` works.
 */
export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.length === 0 || argv.some(isHelpFlag) || argv[0] === 'help') return { kind: 'help' };
  const [first, ...rest] = argv;
  if (first === 'list') {
    if (rest.length > 0) throw new UsageError(`list takes no arguments, got "${rest[0]}"`);
    return { kind: 'list' };
  }
  if (first === 'scenario') {
    if (rest.length !== 1) throw new UsageError('scenario takes one built-in scenario id, e.g. "scenario default"');
    return { kind: 'scenario', id: rest[0] };
  }
  if (first === 'run') return { kind: 'run', options: parseRunOptions(rest) };
  if (first.startsWith('-')) return { kind: 'run', options: parseRunOptions(argv) };
  throw new UsageError(`unknown command "${first}"; commands are ${COMMANDS.join(', ')}`);
}

/** Collects `--name value` / `--name=value` pairs, then validates each value. */
function parseRunOptions(args: readonly string[]): RunOptions {
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      throw new UsageError(`unexpected argument "${arg}"; options start with --, e.g. --seed 7`);
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const spec = RUN_OPTIONS[name];
    if (!spec) throw new UsageError(`unknown option ${name}; run accepts ${RUN_OPTION_NAMES.join(', ')}`);
    let value: string;
    if (!spec.takesValue) {
      if (eq >= 0) throw new UsageError(`${name} is a flag and takes no value`);
      value = '';
    } else if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = args[i + 1];
      // A following option means the value was forgotten, not that it is "--out".
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      value = next;
      i++;
    }
    const seen = values.get(name);
    if (seen && !spec.repeatable) throw new UsageError(`${name} given more than once`);
    values.set(name, [...(seen ?? []), value]);
  }
  const one = (name: string): string | undefined => values.get(name)?.[0];
  const sets = values.get('--set') ?? [];
  const compare = values.get('--compare') ?? [];
  for (const [name, list] of [['--set', sets], ['--compare', compare]] as const) {
    for (const s of list) {
      if (s.indexOf('=') <= 0) throw new UsageError(`${name} expects <path>=<value>, e.g. ${name} policy.randomRate=0.01, got "${s}"`);
    }
  }
  const sweep = parseSweep(one('--sweep'));
  if (sweep !== null && compare.length > 0) {
    throw new UsageError('--sweep and --compare cannot be combined; a sweep\'s alternatives each change one field: put other changes in --set');
  }
  const seed = parseInteger('--seed', one('--seed'), 0, MAX_SEED) ?? DEFAULT_SEED;
  const replicates = parseInteger('--replicates', one('--replicates'), 1, MAX_REPLICATES) ?? 1;
  const summaryCsv = nonEmpty('--summary-csv', one('--summary-csv')) ?? null;
  if (summaryCsv !== null && replicates === 1 && compare.length === 0 && sweep === null) {
    throw new UsageError('--summary-csv summarises replicated runs: use it with --replicates n (n > 1), --compare or --sweep');
  }
  if (seed + replicates - 1 > MAX_SEED) {
    throw new UsageError(`--replicates ${replicates} from --seed ${seed} would need seeds above ${MAX_SEED}; use a smaller seed or fewer replicates`);
  }
  return {
    scenario: nonEmpty('--scenario', one('--scenario')) ?? DEFAULT_SCENARIO_ID,
    seed,
    days: parseInteger('--days', one('--days'), 1, MAX_DAYS) ?? null,
    replicates,
    jobs: parseInteger('--jobs', one('--jobs'), 1, MAX_JOBS) ?? null,
    sets,
    compare,
    sweep,
    out: nonEmpty('--out', one('--out')) ?? null,
    csv: nonEmpty('--csv', one('--csv')) ?? null,
    summaryCsv,
    quiet: values.has('--quiet'),
  };
}

/** Reads `<path>=<v1>,<v2>,...` into a {@link Sweep}. */
function parseSweep(raw: string | undefined): Sweep | null {
  if (raw === undefined) return null;
  const eq = raw.indexOf('=');
  const example = 'e.g. --sweep policy.thresholds.red=50,55,65';
  if (eq <= 0) throw new UsageError(`--sweep expects <path>=<value>,<value>,..., ${example}, got "${raw}"`);
  const values = raw.slice(eq + 1).split(',');
  if (values.some((v) => v.trim() === '')) throw new UsageError(`--sweep needs a value between every comma, ${example}, got "${raw}"`);
  if (values.length > MAX_SWEEP_VALUES) throw new UsageError(`--sweep takes at most ${MAX_SWEEP_VALUES} values, got ${values.length}`);
  return { path: raw.slice(0, eq), values };
}

function nonEmpty(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`${name} needs a non-empty value`);
  return value;
}

/**
 * Reads a decimal integer in [min, max]. Only plain digits are accepted: `Number()` would also
 * take "1e3", "0x10" or " 7 ", which are more likely typos than intent in a seed.
 */
export function parseInteger(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}
