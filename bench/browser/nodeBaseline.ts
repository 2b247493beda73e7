import { performance } from 'node:perf_hooks';
import { defaultRunSpec, runSpecSchema, simulationOfSpec } from '../../src/workers/runSpec';
import { median } from '../stats';

/**
 * The baseline of the policy-change measurement: the same run (scenario, seed, horizon, traffic
 * scale) simulated in Node with nothing else, so the browser's time from a policy change to
 * updated charts can be read as a ratio: simulation plus messaging plus drawing over simulation.
 */

/**
 * Median wall time of `repeats` fresh runs of `days` days after `warmups` uncounted ones, ms, and the declarations per run. The
 * runs alternate two random-selection rates, as the browser measurement's policy changes do, so
 * each run is another policy on the same world (its traffic partly restored from the world's cache).
 */
export function timeNodeRun(scenarioId: string, seed: number, days: number, scale: number, repeats: number, warmups = 1): { ms: number; declarations: number } {
  const base = { ...defaultRunSpec(scenarioId, seed), horizon: days, scale };
  const times: number[] = [];
  let declarations = 0;
  for (let i = 0; i < repeats + warmups; i += 1) {
    const input = { ...base, policy: { ...base.policy, policy: { ...base.policy.policy, randomRate: i % 2 === 0 ? 0.03 : 0.02 } } };
    const start = performance.now();
    // As the worker builds it (simulationApi.ts): the spec parsed, its scenario validated once, the world's caches kept.
    const spec = runSpecSchema.parse(input);
    const sim = simulationOfSpec(spec, { cacheTraffic: true });
    sim.run(days);
    const elapsed = performance.now() - start;
    declarations = sim.snapshot().kpis.declarations;
    // The first `warmups` runs warm up the JIT and are not counted.
    if (i >= warmups) times.push(elapsed);
  }
  return { ms: median(times), declarations };
}
