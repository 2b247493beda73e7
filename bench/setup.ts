import { performance } from 'node:perf_hooks';
import { defaultRunSpec, runSpecSchema, simulationOfSpec } from '../src/workers/runSpec';
import { cpuSecondsSince, median } from './stats';

/** What a policy change costs the app before its charts can update, split by step (medians, ms). */
export interface SetupResult {
  /** Traffic scale of the run (the app's default). */ readonly scale: number;
  /** Days re-simulated. */ readonly days: number;
  /** Repeats (warm: the worker has run the model before). */ readonly repeats: number;
  /** The spec parsed, then simulationOfSpec: its scenario, validated, and a new simulation (population, generator tables, queues, behaviour state), CPU ms. */ readonly createMs: number;
  /** run(days), CPU ms. */ readonly runMs: number;
  /** The three together, CPU ms. */ readonly totalMs: number;
  /** The three together, wall ms. */ readonly totalWallMs: number;
}

/**
 * The app's re-simulation after a policy change (see src/workers): the default scenario at traffic
 * scale `scale` through simulationOfSpec, as the worker builds it, then `days` days. Warm figures: the worker
 * has already run the model, so V8 has compiled the hot loops. Each repeat runs the same world
 * under another random-selection rate than the run before it, as a policy change in the app does,
 * so the population and the traffic come from the world's caches, as they do there (cacheTraffic, as the worker runs).
 */
export function timeSetup(scale: number, days: number, repeats: number): SetupResult {
  const base = { ...defaultRunSpec('default', 1), scale, horizon: days };
  const rows: number[][] = [];
  for (let r = 0; r < repeats + 1; r++) {
    const input = { ...base, policy: { ...base.policy, policy: { ...base.policy.policy, randomRate: r % 2 === 0 ? 0.005 : 0.01 } } };
    const wall = performance.now();
    const t1 = process.cpuUsage();
    const spec = runSpecSchema.parse(input);
    const sim = simulationOfSpec(spec, { cacheTraffic: true });
    const createMs = cpuSecondsSince(t1) * 1000;
    const t2 = process.cpuUsage();
    sim.run(days);
    const runMs = cpuSecondsSince(t2) * 1000;
    // The first repeat only warms up.
    if (r > 0) rows.push([createMs, runMs, createMs + runMs, performance.now() - wall]);
  }
  const col = (k: number) => median(rows.map((row) => row[k]));
  return { scale, days, repeats, createMs: col(0), runMs: col(1), totalMs: col(2), totalWallMs: col(3) };
}
