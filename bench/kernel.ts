import { performance } from 'node:perf_hooks';
import { createStream } from '../src/sim/random/stream';
import { cpuSecondsSince, median } from './stats';

/** Result of the draw-matched kernel. */
export interface KernelResult {
  /** Declarations emulated per repeat (count). */ readonly declarations: number;
  /** Random draws per repeat (count). */ readonly draws: number;
  /** Wall time of each repeat, seconds. */ readonly seconds: readonly number[];
  /** CPU time (user + system) of each repeat, seconds. */ readonly cpuSeconds: readonly number[];
  /** Median declarations per second. */ readonly medianDeclarationsPerSecond: number;
  /** Median declarations per CPU second. */ readonly medianDeclarationsPerCpuSecond: number;
  /** Sum of the draws of the last repeat; printed so the loop cannot be optimised away. */ readonly checksum: number;
}

/**
 * The floor of what the simulation could cost: the same number of random draws per declaration,
 * from the same generator, summed and nothing else. full / kernel throughput is then the share of
 * the time the model itself spends beyond generating random numbers.
 */
export function timeKernel(declarations: number, drawsPerDeclaration: number, repeats: number): KernelResult {
  const draws = Math.round(declarations * drawsPerDeclaration);
  // Warm-up so the timed loops run optimised code, as the full pipeline's do.
  sumDraws(Math.min(draws, 5_000_000), 'bench|kernel|warmup');
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  let checksum = 0;
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    checksum = sumDraws(draws, `bench|kernel|${r}`);
    seconds.push((performance.now() - start) / 1000);
    cpuSeconds.push(cpuSecondsSince(cpuStart));
  }
  return {
    declarations,
    draws,
    seconds,
    cpuSeconds,
    medianDeclarationsPerSecond: median(seconds.map((s) => declarations / s)),
    medianDeclarationsPerCpuSecond: median(cpuSeconds.map((s) => declarations / s)),
    checksum,
  };
}

/**
 * Draws `count` numbers the way the day generator does (block fills of the same generator, read
 * back one by one) and sums them, so the kernel costs exactly the pipeline's random numbers.
 */
export function sumDraws(count: number, key: string): number {
  const stream = createStream(key);
  const block = new Float64Array(BLOCK);
  let sum = 0;
  for (let done = 0; done < count; done += BLOCK) {
    const n = Math.min(BLOCK, count - done);
    stream.fill(block, 0, n);
    for (let j = 0; j < n; j++) sum += block[j];
  }
  return sum;
}

/** Block size of the fills (the generator's own uniform block is of the same order). */
const BLOCK = 2048;
