import { BUILTIN_SCENARIOS, KPI_DOCS, OFFENCES, RESOURCE_KINDS } from '../sim';
import { DEFAULT_SCENARIO_ID, DEFAULT_SEED, MAX_DAYS, MAX_JOBS, MAX_REPLICATES, MAX_SEED, MAX_SWEEP_VALUES } from './parseArgs';

/**
 * The text of `npm run sim -- --help`. Scenario and KPI sections are generated from the core
 * (BUILTIN_SCENARIOS, KPI_DOCS) so the help cannot drift from what a run actually produces.
 */

/** Lays out `[term, description]` pairs in two aligned columns, indented two spaces. */
export function columns(rows: readonly (readonly [string, string])[], minWidth = 0): string {
  const width = Math.max(minWidth, ...rows.map(([term]) => term.length));
  return rows.map(([term, text]) => `  ${term.padEnd(width)}  ${text}`.trimEnd()).join('\n');
}

/** One line per built-in scenario: id, name, horizon, offices and mean daily volume. */
export function scenarioLines(): string {
  return columns(
    Object.entries(BUILTIN_SCENARIOS).map(([id, s]) => {
      const volume = s.offices.reduce((sum, o) => sum + o.dailyVolume, 0);
      return [id, `${s.name}: ${s.days} days, ${s.offices.length} offices, about ${volume.toLocaleString('en-US')} declarations/day`];
    }),
  );
}

/** One line per documented KPI path with its unit, plus the patterns of the other columns. */
export function kpiLines(): string {
  const offences = OFFENCES.map((name, code) => `${code} ${name}`).slice(1).join(', ');
  const rows: [string, string][] = Object.entries(KPI_DOCS).map(([path, doc]) => [path, doc]);
  rows.push(['seizures.<k>', `Seizures by offence code k: ${offences} (count; 0 unused)`]);
  rows.push(['inspectionRate.green', 'Share of declarations in the green lane (fraction)']);
  rows.push(['clearance.<lane>.<stat>', 'lane green|yellow|red|blue|all; stat count (declarations), mean|p50|p95 (hours)']);
  rows.push(['officeClearance.<office>.<lane>.<stat>', 'office id; lane yellow|red (the inspected lanes); stat count (declarations), mean (hours)']);
  rows.push(['resources.<kind>.<stat>', `kind ${RESOURCE_KINDS.join('|')}; utilisation (fraction), queueLength (count, waiting for a unit), arriving (count, on the way: in handling or the stage before), started (inspections)`]);
  rows.push(['complianceEstimate.*', 'rate|low|high (fraction), sample (declarations): Wilson 95 % interval']);
  return columns(rows);
}

/** The full help text. */
export function helpText(): string {
  return `Customs Risk Lab: headless simulation runner

Usage:
  npm run sim -- run [options]     Simulate a scenario; print the result as JSON on stdout
  npm run sim -- list              List built-in scenarios and risk indicators
  npm run sim -- scenario <id>     Print a built-in scenario as JSON, complete with defaults: a starting point for your own file
  npm run sim -- help              Show this help (also --help, -h, run --help)
  Options without a command imply run, e.g. npm run sim -- --seed 3
  To pipe the JSON, use npm run -s sim -- ... (npm otherwise prints its own banner on stdout) or --out.

Options of run:
${columns([
  ['--scenario <id|file.json>', `Built-in scenario id, or a scenario file ending in .json (default: ${DEFAULT_SCENARIO_ID}).`],
  ['', 'Files follow schema/scenario.schema.json; missing optional fields take their defaults.'],
  ['--seed <n>', `Random seed, integer 0 to ${MAX_SEED} (default: ${DEFAULT_SEED}).`],
  ['', 'The same scenario, seed and options always give byte-identical output.'],
  ['--days <n>', `Days to simulate, integer 1 to ${MAX_DAYS} (default: the scenario's "days").`],
  ['--replicates <n>', `Run n times, with seeds seed, seed+1, ..., integer 1 to ${MAX_REPLICATES} (default: 1), and print`],
  ['', 'each run-level KPI\'s mean with the 95 % interval of that mean (Student t). Two policies run'],
  ['', 'with the same seeds see the same traffic in each replicate, so compare them run by run.'],
  ['--compare <path>=<value>', 'Run an alternative policy (the scenario with --set, then these overrides; repeatable)'],
  ['', 'beside the baseline on every seed, and print both summaries and their paired differences'],
  ['', '(alternative - baseline) with 95 % intervals. e.g. --replicates 20 --compare policy.thresholds.red=55'],
  ['--sweep <path>=<v1>,<v2>,...', `Run one alternative per value of a field (at most ${MAX_SWEEP_VALUES}; not with --compare) beside the`],
  ['', 'baseline on every seed, and print each value\'s paired differences from the baseline: a trade-off'],
  ['', 'curve with its uncertainty. e.g. --replicates 10 --sweep policy.thresholds.red=50,55,65,70'],
  ['--jobs <n>', `Worker threads the runs of --replicates, --compare and --sweep share, integer 1 to ${MAX_JOBS}`],
  ['', '(default: one per core when the runs hold 10 million declarations or more, else 1; at most one'],
  ['', 'per seed and one per 400 MB of free memory). Results do not depend on it; 1 runs in this thread.'],
  ['--set <path>=<value>', 'Override a scenario field before validation; repeatable, applied in order.'],
  ['', 'The path must exist (defaults included); list items by index. The value is read'],
  ['', 'as JSON when it parses (numbers, true/false, arrays, objects), else as a string.'],
  ['', 'e.g. --set offices.0.resources.physical.teams=4 --set policy.randomRate=0.01'],
  ['--out <file.json>', 'Write the JSON result to this file instead of stdout.'],
  ['--csv <file.csv>', 'Also write the daily KPIs as CSV: a header of KPI paths, one row per day'],
  ['', '(with --replicates: each run\'s KPIs, one row per seed; with --compare, one per seed and policy,'],
  ['', 'column alternative 0 for the baseline and 1 for the alternative; with --sweep, one per seed and'],
  ['', 'policy, column policy 0 for the baseline and k for the k-th value).'],
  ['--summary-csv <file.csv>', 'With --replicates, --compare or --sweep: also write the summary as CSV, one row per policy and'],
  ['', 'KPI: policy (0 baseline, k the k-th alternative), value (what makes it), kpi, n, mean, sd, low,'],
  ['', 'high, then the same of the paired difference from the baseline (difference_n ... difference_high).'],
  ['--quiet', 'Do not print the summary line on stderr, nor the progress line a long run shows on a terminal.'],
])}

Output (JSON, pretty-printed):
  { "scenario": "<id>", "seed": n, "days": n,
    "kpis": { ...KPIs over the whole run },
    "daily": [ { "day": 0, ...that day's KPIs }, ... one entry per day ] }
  Days are 0-based. Rates are fractions (0.05 = 5 %), money USD, times hours.
  With --replicates n (n > 1):
  { "scenario": "<id>", "seeds": [n, ...], "days": n,
    "summary": { "<KPI path>": { "n": runs, "mean": x, "sd": x, "low": x, "high": x }, ... },
    "runs": [ { "seed": n, "kpis": { ...that run's KPIs } }, ... ] }
  With --compare: { "scenario", "seeds", "days", "compare": [overrides],
    "summary": { "baseline": {...}, "alternative": {...}, "difference": {...} } (each by KPI path as above),
    "runs": [ { "seed": n, "baseline": { ...KPIs }, "alternative": { ...KPIs } }, ... ] }
  With --sweep: { "scenario", "seeds", "days", "sweep": { "path", "values": [...] },
    "summary": { "baseline": {...}, "points": [ { "value", "summary": {...}, "difference": {...} }, ... ] },
    "runs": [ { "seed": n, "baseline": { ...KPIs }, "alternatives": [ { ...KPIs }, ... one per value ] }, ... ] }

Exit codes: 0 success; 2 bad arguments or invalid scenario (message on stderr); 1 internal error.

Built-in scenarios:
${scenarioLines()}

KPIs (JSON field paths = CSV columns; unit in brackets):
${kpiLines()}
`;
}
