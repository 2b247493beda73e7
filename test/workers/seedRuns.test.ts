import { describe, expect, it } from 'vitest';
import { createSimulation, loadBuiltinScenario, type Scenario } from '../../src/sim';
import { runPolicies, runSeed } from '../../src/workers/seedRuns';
import { runSeedTask } from '../../src/workers/seedTask';
import { drawPopulation } from '../../src/sim/traders/populationCache';
import { clearTrafficCache, trafficCacheFor } from '../../src/sim/declarations/trafficCache';

const base = loadBuiltinScenario('default');
const variant = (edit: (s: Scenario) => void): Scenario => {
  const s = structuredClone(base);
  edit(s);
  return s;
};

describe('runPolicies', () => {
  it('gives each policy the KPIs of its own run without the traffic cache, bit for bit', () => {
    const alternatives = [
      variant((s) => { s.policy.thresholds.red = 50; }),
      variant((s) => { s.policy.randomRate = 0.04; }),
      // Another world: the alternative cannot use the baseline's traffic and generates its own.
      variant((s) => { s.offices[0]!.dailyVolume = 900; }),
    ];
    const days: number[] = [];
    const runs = runPolicies([base, ...alternatives], 9, 12, (d) => days.push(d));
    expect(runs.map((k) => JSON.stringify(k))).toEqual([base, ...alternatives].map((s) => JSON.stringify(runSeed(s, 9, 12, null))));
    expect(days).toEqual(Array.from({ length: 48 }, (_, d) => d + 1));
  });

  it('is what a plan runs on a seed, whatever the number of its scenarios', () => {
    const alternative = variant((s) => { s.policy.thresholds.red = 50; });
    const pair = runPolicies([base, alternative], 4, 5, null);
    expect(runSeedTask({ scenarios: [base, alternative], days: 5, seeds: [4] }, 4, null)).toEqual(pair);
    expect(runSeedTask({ scenarios: [alternative], days: 5, seeds: [4] }, 4, null)).toEqual([pair[1]]);
  });
});

describe('the traffic budget', () => {
  it('is refused, naming it, when not a whole number in range', () => {
    for (const budget of [-1, 2.5, 1e8]) {
      expect(() => createSimulation(base, 1, { cacheTraffic: true, trafficBudget: budget })).toThrow(/trafficBudget: must be an integer from 0 to 10000000/);
    }
  });

  it('caps what is kept: days beyond it are generated again, with the same results', () => {
    const alternative = variant((s) => { s.policy.thresholds.red = 50; });
    const fresh = createSimulation(alternative, 3, { keepDaily: false });
    fresh.run(8);
    clearTrafficCache();
    createSimulation(base, 3, { cacheTraffic: true, trafficBudget: 12_000 }).run(8);
    // About 4,900 declarations a day: days are kept until 12,000 are held, so three of the eight.
    const cache = trafficCacheFor(base, 3, drawPopulation(base, 3).pristine, 12_000);
    expect(cache.days.length).toBe(3);
    expect(cache.declarations).toBeGreaterThanOrEqual(12_000);
    const restored = createSimulation(alternative, 3, { cacheTraffic: true, trafficBudget: 12_000, keepDaily: false });
    restored.run(8);
    expect(JSON.stringify(restored.snapshot({ sampleSize: 0 }).kpis)).toBe(JSON.stringify(fresh.snapshot({ sampleSize: 0 }).kpis));
  });
});
