import { performance } from 'node:perf_hooks';
import { createSimulation, type Scenario } from '../src/sim';
import { clearTrafficCache } from '../src/sim/declarations/trafficCache';

/** Memory and backlog after a number of simulated years. */
export interface MemoryPoint {
  /** Years simulated (365 days each). */ readonly year: number;
  /** V8 heap in use, bytes (after a full GC when --expose-gc is on). */ readonly heapUsed: number;
  /** Backing stores of ArrayBuffers (typed arrays), bytes; NOT part of heapUsed. */ readonly arrayBuffers: number;
  /** Resident set size of the process, bytes. */ readonly rss: number;
  /** Declarations waiting for post-clearance audit (count): the one queue that can grow for years. */ readonly auditQueue: number;
  /** Declarations waiting for any inspection at the checkpoint (count). */ readonly pending: number;
}

/** Result of the long-run memory benchmark. */
export interface MemoryResult {
  /** Whether `global.gc()` was available, i.e. whether figures are after a full collection. */ readonly gcExposed: boolean;
  /** Figures at the checkpoints. */ readonly points: readonly MemoryPoint[];
  /** heapUsed at the last checkpoint / at the first (ratio; ~1 = the JS heap does not grow). */ readonly heapRatio: number;
  /**
   * (heapUsed + arrayBuffers) last / first (ratio). The core keeps its bulk state in typed arrays,
   * whose memory V8 counts outside heapUsed, so this is the ratio that shows real growth.
   */ readonly heapAndBuffersRatio: number;
  /** Wall time of the whole long run, seconds. */ readonly seconds: number;
}

/**
 * Runs `years` years with `keepDaily: false` and samples memory at `checkpoints` (years). With
 * daily history off the core should keep only bounded state, so memory should not grow with the
 * number of days simulated, unless a queue grows without bound, which the backlog figures reveal.
 */
export function measureMemory(scenario: Scenario, years: number, checkpoints: readonly number[]): MemoryResult {
  const gc = (globalThis as { gc?: () => void }).gc;
  // The traffic an earlier benchmark kept for its world (the policy change's) is not this run's state.
  clearTrafficCache();
  const start = performance.now();
  const sim = createSimulation(scenario, 2, { keepDaily: false });
  const points: MemoryPoint[] = [];
  for (let year = 1; year <= years; year++) {
    sim.run(365);
    if (!checkpoints.includes(year)) continue;
    const kpis = sim.snapshot({ sampleSize: 0 }).kpis;
    // Twice: the first pass can leave objects that only become unreachable after finalisers run.
    gc?.();
    gc?.();
    const { heapUsed, arrayBuffers, rss } = process.memoryUsage();
    points.push({ year, heapUsed, arrayBuffers, rss, auditQueue: kpis.resources.audit.queueLength, pending: kpis.pending });
  }
  const first = points[0];
  const last = points[points.length - 1];
  return {
    gcExposed: gc !== undefined,
    points,
    heapRatio: last.heapUsed / first.heapUsed,
    heapAndBuffersRatio: (last.heapUsed + last.arrayBuffers) / (first.heapUsed + first.arrayBuffers),
    seconds: (performance.now() - start) / 1000,
  };
}
