import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { fmt, printTable } from './stats';

/**
 * `npm run bench:instructions`: x86 instructions per declaration of the full pipeline, the day
 * generator alone and the draw-matched kernel, counted by valgrind's cachegrind, with their ratios.
 *
 * Why beside the timings: on a shared two-core machine the same run's time varies by 10 % or more
 * from minute to minute, so a change worth a few per cent cannot be seen in times. An instruction
 * count is the same from run to run to within 1 %. It is not time (cache misses and branch
 * mispredictions are not in it), so it complements `npm run bench` and does not replace it.
 *
 * Each probe runs twice under cachegrind in one Node thread (`--single-threaded`, so the compiler
 * runs at the same points every time), at two sizes, each after a warm-up on other data (see
 * instructionProbe.ts); the difference of the counts over the difference of the declarations
 * leaves out start-up, compilation and warm-up. The probe is bundled
 * first (esbuild) and run by plain Node: under tsx, the loader's own work at start-up (about four
 * billion instructions) varied by more than the differences measured. Needs valgrind (Debian:
 * `apt-get install valgrind`); a few minutes.
 */

const here = dirname(fileURLToPath(import.meta.url));

/** A probe's two sizes: days (full, generator) or declarations (kernel). */
const SIZES = { full: [30, 90], generator: [30, 150], kernel: [200_000, 1_200_000] } as const;

interface ProbeRun { readonly instructions: number; readonly declarations: number; readonly draws?: number }

function runUnderCachegrind(probeFile: string, probe: string, size: number, extra: readonly string[] = []): ProbeRun {
  const result = spawnSync('valgrind', [
    '--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
    process.execPath, '--single-threaded', probeFile, probe, String(size), ...extra,
  ], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.error) throw result.error;
  const refs = /I\s+refs:\s+([\d,]+)/.exec(result.stderr);
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || refs === null) throw new Error(`probe ${probe} ${size} failed (exit ${result.status}):\n${result.stderr.slice(-2000)}`);
  const out = JSON.parse(line) as { declarations: number; draws?: number };
  return { instructions: Number(refs[1].replace(/,/g, '')), declarations: out.declarations, draws: out.draws };
}

/** Instructions per declaration between the two sizes of a probe. */
function perDeclaration(probeFile: string, probe: keyof typeof SIZES, extra: readonly string[] = []): { perDeclaration: number; small: ProbeRun; large: ProbeRun } {
  const [a, b] = SIZES[probe];
  const small = runUnderCachegrind(probeFile, probe, a, extra);
  const large = runUnderCachegrind(probeFile, probe, b, extra);
  return { perDeclaration: (large.instructions - small.instructions) / (large.declarations - small.declarations), small, large };
}

if (spawnSync('valgrind', ['--version']).error) {
  console.error('bench:instructions needs valgrind on the PATH (Debian: apt-get install valgrind).');
  process.exit(2);
}
const bundleDir = mkdtempSync(join(tmpdir(), 'crl-instructions-'));
const probeFile = join(bundleDir, 'instructionProbe.mjs');
await build({
  entryPoints: [resolve(here, 'instructionProbe.ts')], outfile: probeFile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning',
});
const full = perDeclaration(probeFile, 'full');
const drawsPerDeclaration = (full.large.draws! - full.small.draws!) / (full.large.declarations - full.small.declarations);
const generator = perDeclaration(probeFile, 'generator');
const kernel = perDeclaration(probeFile, 'kernel', [String(drawsPerDeclaration)]);

printTable('x86 instructions per declaration (cachegrind, default scenario)', [
  [`Full pipeline (days ${SIZES.full.join(' to ')})`, fmt(full.perDeclaration)],
  [`Day generator alone (days ${SIZES.generator.join(' to ')})`, fmt(generator.perDeclaration)],
  [`Draw-matched kernel (${fmt(drawsPerDeclaration, 2)} draws per declaration)`, fmt(kernel.perDeclaration)],
  ['Full / kernel (ratio)', fmt(full.perDeclaration / kernel.perDeclaration, 1)],
  ['Generator / full (share)', fmt(generator.perDeclaration / full.perDeclaration, 3)],
]);
const out = resolve(here, 'instructions.json');
writeFileSync(out, `${JSON.stringify({
  date: new Date().toISOString(), node: process.version, sizes: SIZES, drawsPerDeclaration,
  full, generator, kernel, fullToKernel: full.perDeclaration / kernel.perDeclaration,
}, null, 2)}\n`);
rmSync(bundleDir, { recursive: true, force: true });
console.log(`\nWrote ${out}`);
