import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltinScenario } from '../src/sim';
import { timeFullPipelines } from './throughput';
import { timeKernel } from './kernel';
import { measureMemory } from './memory';
import { timeSetup } from './setup';
import { fitCostModel } from './costModel';
import { timeGenerator } from './generator';
import { timeSeedBatches } from './seedBatches';
import { fmt, mib, printTable } from './stats';

/**
 * `npm run bench`: throughput of the full pipeline on the default scenario (about 5,000
 * declarations a day) against a draw-matched kernel, the day generator alone, and the same scenario with trader
 * behaviour off, the one-year run time, the app's re-simulation after a policy change (traffic
 * scale 0.4, 90 days), a day's cost split into a fixed part and a part per declaration, and heap
 * over a ten-year run. Times are wall clock and CPU time of the
 * process: on a shared machine the CPU figures are the steadier ones. It reports and writes
 * bench/results.json; it asserts nothing (tests assert,
 * benchmarks measure). Runs in about four minutes on two cores.
 *
 * Run with --expose-gc (the npm script does) so heap figures are taken after a full collection.
 */

const DAYS_PER_YEAR = 365;
const WARMUP_DAYS = 60;
/** Timed one-year runs per scenario (medians are reported). */
const REPEATS = 5;
const MEMORY_YEARS = 10;
const MEMORY_CHECKPOINTS = [1, 5, 10];
/** Target for a one-year run of the default administration, seconds. */
const ONE_YEAR_TARGET_SECONDS = 1;
/** The app's default traffic scale and the days a policy change typically re-simulates. */
const SETUP_SCALE = 0.4;
const SETUP_DAYS = 90;
/** Traffic scales of the cost model (fixed cost per day + cost per declaration). */
const COST_SCALES = [0.05, 0.4, 1];
/** A policy maker's paired comparison: seeds, days a run, worker threads, repeats. */
const COMPARE = { seeds: 4, days: 240, threads: 2, repeats: 2 };

const scenario = loadBuiltinScenario('default');
console.log(`Benchmark: scenario "${scenario.id}", ${scenario.offices.length} offices, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);

// The same scenario with trader behaviour off (issue 4 §8: behaviour must not cost the core its
// throughput), its runs interleaved with the full pipeline's.
const [full, staticTraders] = timeFullPipelines(
  [scenario, { ...scenario, behaviour: { ...scenario.behaviour, enabled: false } }], DAYS_PER_YEAR, WARMUP_DAYS, REPEATS,
);
const totalDeclarations = full.runs[0].declarations;
const kernel = timeKernel(totalDeclarations, full.drawsPerDeclaration, full.runs.length);
const ratio = full.medianDeclarationsPerSecond / kernel.medianDeclarationsPerSecond;
const cpuRatio = full.medianDeclarationsPerCpuSecond / kernel.medianDeclarationsPerCpuSecond;
const generator = timeGenerator(scenario, DAYS_PER_YEAR, REPEATS);
const behaviourRatio = full.medianDeclarationsPerCpuSecond / staticTraders.medianDeclarationsPerCpuSecond;
const setup = timeSetup(SETUP_SCALE, SETUP_DAYS, 7);
const cost = fitCostModel(scenario, COST_SCALES, 120, 3);
const memory = measureMemory(scenario, MEMORY_YEARS, MEMORY_CHECKPOINTS);
const alternative = { ...scenario, policy: { ...scenario.policy, thresholds: { ...scenario.policy.thresholds, red: scenario.policy.thresholds.red - 5 } } };
const compare = await timeSeedBatches(scenario, alternative, COMPARE.seeds, COMPARE.days, COMPARE.threads, COMPARE.repeats);

printTable('Throughput (median of repeats)', [
  ['Declarations per one-year run', fmt(totalDeclarations)],
  ['Declarations per day (mean)', fmt(full.declarationsPerDay, 1)],
  ['Random draws per declaration', fmt(full.drawsPerDeclaration, 2)],
  [`Full pipeline, declarations per CPU second (${full.runs.length} runs)`, fmt(full.medianDeclarationsPerCpuSecond)],
  [`Full pipeline, declarations per wall-clock second`, fmt(full.medianDeclarationsPerSecond)],
  [`Full pipeline with behaviour off (behaviour.enabled false), declarations per CPU second`, fmt(staticTraders.medianDeclarationsPerCpuSecond)],
  ['With / without behaviour (ratio, CPU)', fmt(behaviourRatio, 3)],
  ['Draw-matched kernel, declarations per CPU second', fmt(kernel.medianDeclarationsPerCpuSecond)],
  ['Full / kernel (ratio, CPU)', fmt(cpuRatio, 4)],
  ['Full / kernel (ratio, wall clock)', fmt(ratio, 4)],
  ['Kernel / full (times slower than draws alone, CPU)', fmt(1 / cpuRatio, 1)],
  ['Full pipeline, CPU ns per declaration', fmt(1e9 / full.medianDeclarationsPerCpuSecond)],
  ['Kernel (draws only), CPU ns per declaration', fmt(1e9 / kernel.medianDeclarationsPerCpuSecond)],
  ['Day generator alone (same traffic and truth, nothing after it), CPU ns per declaration', fmt(generator.nsPerDeclaration)],
  ['One-year run of the default scenario, CPU s', fmt(full.medianCpuSeconds, 3)],
  ['One-year run of the default scenario, wall s', fmt(full.medianSeconds, 3)],
  [`Under ${ONE_YEAR_TARGET_SECONDS} s (CPU)`, full.medianCpuSeconds < ONE_YEAR_TARGET_SECONDS ? 'yes' : 'no'],
  ['Individual one-year runs, CPU s', full.runs.map((r) => r.cpuSeconds.toFixed(3)).join(', ')],
  ['Individual one-year runs, wall s', full.runs.map((r) => r.seconds.toFixed(3)).join(', ')],
]);

printTable(`Policy change in the app: default scenario at traffic scale ${SETUP_SCALE}, ${SETUP_DAYS} days (warm, median of ${setup.repeats}, CPU ms)`, [
  ['Spec parsed, simulationOfSpec (validated scenario, new simulation)', fmt(setup.createMs, 1)],
  [`run(${SETUP_DAYS})`, fmt(setup.runMs, 1)],
  ['Total, CPU ms', fmt(setup.totalMs, 1)],
  ['Total, wall ms', fmt(setup.totalWallMs, 1)],
]);

const appDeclarations = cost.points.find((p) => p.scale === SETUP_SCALE)?.declarationsPerDay ?? 0;
printTable(`Where a day's time goes: CPU ms per day = fixed + per declaration x declarations (${cost.days}-day runs, median of ${cost.repeats})`, [
  ...cost.points.map((p): [string, string] => [`Traffic scale ${p.scale} (${fmt(p.declarationsPerDay)} declarations a day), CPU ms per day`, fmt(p.msPerDay, 3)]),
  ['Fixed cost of a simulated day, CPU ms', fmt(cost.fixedMsPerDay, 3)],
  ['Cost of a declaration, CPU ns', fmt(cost.nsPerDeclaration)],
  [`Fixed share of a day at scale ${SETUP_SCALE} (the app's policy change)`, `${fmt((100 * cost.fixedMsPerDay) / (cost.fixedMsPerDay + (cost.nsPerDeclaration * appDeclarations) / 1e6), 0)} %`],
]);

printTable(`A paired comparison (run --compare, red threshold -5): ${compare.seeds} seeds x 2 policies x ${compare.days} days (median of ${compare.repeats}, wall s)`, [
  ['Both policies from scratch on each seed, one thread', fmt(compare.separateSeconds, 2)],
  ['The alternative restoring its baseline\'s traffic (runPolicies), one thread', fmt(compare.pairedSeconds, 2)],
  [`runPolicies on ${compare.threads} worker threads, started cold as a command starts them`, fmt(compare.threadedSeconds, 2)],
  ['Paired / from scratch (ratio)', fmt(compare.pairedRatio, 3)],
  [`${compare.threads} threads / from scratch (ratio)`, fmt(compare.threadedRatio, 3)],
  ['Two-core probe: an arithmetic loop twice at once / once (1 = two cores given, 2 = one)', fmt(compare.twoCoreProbe, 2)],
]);

const last = MEMORY_CHECKPOINTS.at(-1);
printTable(`Memory, ${MEMORY_YEARS}-year run with keepDaily: false${memory.gcExposed ? ' (after global.gc())' : ' (NO --expose-gc: figures include garbage)'}`, [
  ...memory.points.map((p): [string, string] => [`Year ${p.year}: heap used`, mib(p.heapUsed)]),
  ...memory.points.map((p): [string, string] => [`Year ${p.year}: ArrayBuffers (outside heap)`, mib(p.arrayBuffers)]),
  ...memory.points.map((p): [string, string] => [`Year ${p.year}: RSS`, mib(p.rss)]),
  ...memory.points.map((p): [string, string] => [`Year ${p.year}: audit queue, declarations`, fmt(p.auditQueue)]),
  [`Heap used, year ${last} / year ${MEMORY_CHECKPOINTS[0]} (ratio)`, fmt(memory.heapRatio, 3)],
  [`Heap + ArrayBuffers, year ${last} / year ${MEMORY_CHECKPOINTS[0]} (ratio)`, fmt(memory.heapAndBuffersRatio, 3)],
  ['Wall time of the long run, s', fmt(memory.seconds, 1)],
]);
if (memory.heapAndBuffersRatio > 1.5) {
  console.log('Note: memory grows with run length. heapUsed excludes typed-array storage; a queue that grows');
  console.log('without bound (see the audit queue) keeps per-job arrays growing. This is state, not garbage.');
}

const results = {
  date: new Date().toISOString(),
  environment: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null },
  scenario: scenario.id,
  fullPipeline: full,
  kernel: { ...kernel, drawsPerDeclaration: full.drawsPerDeclaration },
  fullToKernelRatio: ratio,
  fullToKernelCpuRatio: cpuRatio,
  generatorAlone: generator,
  behaviourOff: staticTraders,
  withToWithoutBehaviourRatio: behaviourRatio,
  oneYear: { seconds: full.medianSeconds, cpuSeconds: full.medianCpuSeconds, targetSeconds: ONE_YEAR_TARGET_SECONDS, underTarget: full.medianCpuSeconds < ONE_YEAR_TARGET_SECONDS },
  policyChange: setup,
  costModel: cost,
  memory,
  comparison: compare,
};
const out = resolve(dirname(fileURLToPath(import.meta.url)), 'results.json');
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${out}`);
