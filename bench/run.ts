import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltinScenario } from '../src/sim';
import { timeFullPipeline } from './throughput';
import { timeKernel } from './kernel';
import { measureMemory } from './memory';
import { fmt, mib, printTable } from './stats';

/**
 * `npm run bench`: throughput of the full pipeline on the default scenario (about 5,000
 * declarations a day) against a draw-matched kernel and against the same scenario with trader
 * behaviour off, the one-year run time, and heap over a ten-year run. It reports and writes
 * bench/results.json; it asserts nothing (tests assert,
 * benchmarks measure). Runs in well under three minutes on two cores.
 *
 * Run with --expose-gc (the npm script does) so heap figures are taken after a full collection.
 */

const DAYS_PER_YEAR = 365;
const WARMUP_DAYS = 20;
const MEMORY_YEARS = 10;
const MEMORY_CHECKPOINTS = [1, 5, 10];
/** Target for a one-year run of the default administration, seconds. */
const ONE_YEAR_TARGET_SECONDS = 1;

const scenario = loadBuiltinScenario('default');
console.log(`Benchmark: scenario "${scenario.id}", ${scenario.offices.length} offices, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);

// Fewer repeats when one run is slow, so the whole benchmark stays within its time budget.
const full = timeFullPipeline(scenario, DAYS_PER_YEAR, WARMUP_DAYS, (first) => (first < 8 ? 5 : 3));
const totalDeclarations = full.runs[0].declarations;
const kernel = timeKernel(totalDeclarations, full.drawsPerDeclaration, full.runs.length);
const ratio = full.medianDeclarationsPerSecond / kernel.medianDeclarationsPerSecond;
// The same scenario with trader behaviour off (issue 4 §8: behaviour must not cost the core its throughput).
const staticTraders = timeFullPipeline({ ...scenario, behaviour: { ...scenario.behaviour, enabled: false } }, DAYS_PER_YEAR, WARMUP_DAYS, () => full.runs.length);
const behaviourRatio = full.medianDeclarationsPerSecond / staticTraders.medianDeclarationsPerSecond;
const memory = measureMemory(scenario, MEMORY_YEARS, MEMORY_CHECKPOINTS);

printTable('Throughput (median of repeats)', [
  ['Declarations per one-year run', fmt(totalDeclarations)],
  ['Declarations per day (mean)', fmt(full.declarationsPerDay, 1)],
  ['Random draws per declaration', fmt(full.drawsPerDeclaration, 2)],
  [`Full pipeline, declarations/s (${full.runs.length} runs)`, fmt(full.medianDeclarationsPerSecond)],
  [`Full pipeline with behaviour off (behaviour.enabled false), declarations/s`, fmt(staticTraders.medianDeclarationsPerSecond)],
  ['With / without behaviour (ratio)', fmt(behaviourRatio, 3)],
  ['Draw-matched kernel, declarations/s', fmt(kernel.medianDeclarationsPerSecond)],
  ['Full / kernel (ratio)', fmt(ratio, 4)],
  ['Kernel / full (times slower than draws alone)', fmt(1 / ratio, 1)],
  ['One-year run of the default scenario, s', fmt(full.medianSeconds, 3)],
  [`Under ${ONE_YEAR_TARGET_SECONDS} s`, full.medianSeconds < ONE_YEAR_TARGET_SECONDS ? 'yes' : 'no'],
  ['Individual one-year runs, s', full.runs.map((r) => r.seconds.toFixed(3)).join(', ')],
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
  behaviourOff: staticTraders,
  withToWithoutBehaviourRatio: behaviourRatio,
  oneYear: { seconds: full.medianSeconds, targetSeconds: ONE_YEAR_TARGET_SECONDS, underTarget: full.medianSeconds < ONE_YEAR_TARGET_SECONDS },
  memory,
};
const out = resolve(dirname(fileURLToPath(import.meta.url)), 'results.json');
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${out}`);
