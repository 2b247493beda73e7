import { describe, expect, it } from 'vitest';
import { createSimulation, loadBuiltinScenario } from '../../../src/sim';
import { copyPopulation, drawPopulation } from '../../../src/sim/traders/populationCache';
import { createGeneratorContext } from '../../../src/sim/declarations/generatorContext';
import { createDayBuffer, type DayBuffer } from '../../../src/sim/declarations/dayBuffer';
import { generateDay } from '../../../src/sim/declarations/generateDay';
import { clearTrafficCache, generateDayCached, trafficCacheFor } from '../../../src/sim/declarations/trafficCache';

const scenario = loadBuiltinScenario('default', ['traders.importers=600', 'traders.declarants=40', 'days=60', 'behaviour.warmupDays=12']);
for (const office of scenario.offices) office.dailyVolume /= 20;

/** A simulation's generator setup: its own copy of the drawn population, as createSimulation makes it. */
function generatorOf(seed: number) {
  const drawn = drawPopulation(scenario, seed);
  const pop = copyPopulation(drawn.pristine);
  return { drawn, pop, ctx: createGeneratorContext(scenario, pop, seed, drawn.importerPicks) };
}

/** The generated columns of a day, as plain arrays. */
function columnsOf(b: DayBuffer): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of ['office', 'importer', 'declarant', 'commodity', 'origin', 'declaredValue', 'massKg', 'arrivalHour', 'truthOffence', 'truthRevenue', 'containerType', 'parcelItems'] as const) {
    out[key] = Array.from(b[key].subarray(0, b.count));
  }
  return out;
}

describe('generateDayCached', () => {
  it('restores a day as generateDay would give it, in a buffer that held another day', () => {
    clearTrafficCache();
    const first = generatorOf(5);
    const cache = trafficCacheFor(scenario, 5, first.drawn.pristine);
    const scratch = createDayBuffer(16);
    for (let d = 0; d < 4; d++) generateDayCached(cache, first.ctx, scratch, d);
    expect(cache.days.length).toBe(4);

    const second = generatorOf(5);
    expect(trafficCacheFor(scenario, 5, second.drawn.pristine)).toBe(cache);
    const restored = createDayBuffer(16), fresh = createDayBuffer(16);
    generateDayCached(cache, second.ctx, restored, 3);
    const draws = generateDayCached(cache, second.ctx, restored, 2);
    expect(generateDay(second.ctx, fresh, 2)).toBe(draws);
    expect(restored.count).toBe(fresh.count);
    expect(restored.day).toBe(2);
    expect(columnsOf(restored)).toEqual(columnsOf(fresh));
    expect(cache.days.length).toBe(4);
  });

  it('gives what generateDay gives when the population decides offences otherwise (propensities, tiers)', () => {
    clearTrafficCache();
    const first = generatorOf(6);
    const cache = trafficCacheFor(scenario, 6, first.drawn.pristine);
    for (let d = 0; d < 3; d++) generateDayCached(cache, first.ctx, createDayBuffer(16), d);
    const changes: ((pop: ReturnType<typeof generatorOf>['pop']) => void)[] = [
      (pop) => pop.propensity.fill(1),
      (pop) => pop.propensity.fill(0),
      (pop) => { pop.propensity.fill(1); pop.tier.fill(3); },
      (pop) => { for (let t = 0; t < pop.count; t += 3) pop.propensity[t] = Math.min(1, pop.propensity[t] * 4 + 0.01); },
      (pop) => { for (let t = 0; t < pop.count; t += 2) pop.tier[t] = (pop.tier[t] + 1) % 4; },
    ];
    for (const change of changes) {
      const run = generatorOf(6);
      change(run.pop);
      for (let d = 0; d < 3; d++) {
        const restored = createDayBuffer(16), fresh = createDayBuffer(16);
        expect(generateDayCached(cache, run.ctx, restored, d)).toBe(generateDay(run.ctx, fresh, d));
        expect(columnsOf(restored)).toEqual(columnsOf(fresh));
      }
    }
    expect(cache.days.length).toBe(3);
  });

  it('generates afresh, and keeps nothing, when an importer\'s first trading day has moved', () => {
    clearTrafficCache();
    const { drawn, pop, ctx } = generatorOf(9);
    const cache = trafficCacheFor(scenario, 9, drawn.pristine);
    const asDrawn = createDayBuffer(16);
    generateDayCached(cache, ctx, asDrawn, 0);
    for (let t = 0; t < pop.count; t += 2) pop.firstDay[t] = 1000;
    // Whoever moves firstDay counts the move (as a prosecution does), which makes the cache compare it again.
    pop.firstDayMoves++;
    const b = createDayBuffer(16), fresh = createDayBuffer(16);
    generateDayCached(cache, ctx, b, 0);
    generateDay(ctx, fresh, 0);
    expect(columnsOf(b)).toEqual(columnsOf(fresh));
    // Importers that have not started are re-drawn, so the day's importers are others than as drawn.
    expect(columnsOf(b)['importer']).not.toEqual(columnsOf(asDrawn)['importer']);
    generateDayCached(cache, ctx, b, 1);
    expect(cache.days.length).toBe(1);
  });

  it('keeps days only up to its budget of declarations, and a new world starts a new cache', () => {
    clearTrafficCache();
    const { drawn, ctx } = generatorOf(7);
    const cache = trafficCacheFor(scenario, 7, drawn.pristine, 1);
    const b = createDayBuffer(16);
    for (let d = 0; d < 3; d++) generateDayCached(cache, ctx, b, d);
    expect(cache.days.length).toBe(1);
    expect(trafficCacheFor(scenario, 8, drawPopulation(scenario, 8).pristine)).not.toBe(cache);
    const busier = structuredClone(scenario);
    busier.offices[0].dailyVolume *= 2;
    expect(trafficCacheFor(busier, 8, drawPopulation(busier, 8).pristine).days.length).toBe(0);
  });
});

describe('a run on a world whose traffic is cached', () => {
  it('reuses the first run\'s days under another policy, past the warm-up, and runs exactly as without the cache', () => {
    clearTrafficCache();
    createSimulation(scenario, 3, { cacheTraffic: true }).run(30);
    const cache = trafficCacheFor(scenario, 3, drawPopulation(scenario, 3).pristine);
    // Behaviour moves traders from the end of the warm-up (day 12 here), differently under each policy.
    expect(cache.days.length).toBe(30);

    const policy = structuredClone(scenario);
    policy.policy.randomRate = 0.08;
    const cached = createSimulation(policy, 3, { cacheTraffic: true });
    cached.run(30);
    expect(trafficCacheFor(policy, 3, drawPopulation(policy, 3).pristine)).toBe(cache);
    expect(cache.days.length).toBe(30);
    const uncached = createSimulation(policy, 3);
    uncached.run(30);
    expect(JSON.stringify(cached.daily())).toBe(JSON.stringify(uncached.daily()));
    expect(JSON.stringify(cached.snapshot({ sampleSize: 50 }))).toBe(JSON.stringify(uncached.snapshot({ sampleSize: 50 })));
  });

  it('keeps nothing unless asked to', () => {
    clearTrafficCache();
    createSimulation(scenario, 4).run(10);
    expect(trafficCacheFor(scenario, 4, drawPopulation(scenario, 4).pristine).days.length).toBe(0);
  });
});
