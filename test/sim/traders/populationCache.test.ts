import { describe, expect, it } from 'vitest';
import { createSimulation, loadBuiltinScenario } from '../../../src/sim';
import { copyPopulation, drawPopulation } from '../../../src/sim/traders/populationCache';
import { createTraderPopulation } from '../../../src/sim/traders/population';

const scenario = loadBuiltinScenario('default', ['traders.importers=600', 'traders.declarants=40', 'days=60']);
for (const office of scenario.offices) office.dailyVolume /= 20;

describe('drawPopulation', () => {
  it('gives the population a fresh draw gives, column by column', () => {
    const fresh = createTraderPopulation(scenario, 7);
    const drawn = drawPopulation(scenario, 7).pristine;
    const got = drawn as unknown as Record<string, unknown>;
    for (const [key, column] of Object.entries(fresh)) expect(got[key], key).toEqual(column);
  });

  it('draws again when the seed or the traders change, and reuses the draw otherwise', () => {
    const a = drawPopulation(scenario, 7);
    expect(drawPopulation(scenario, 7)).toBe(a);
    expect(drawPopulation(scenario, 8)).not.toBe(a);
    const other = { ...scenario, traders: { ...scenario.traders, tierMix: [0.5, 0.3, 0.15, 0.05] } };
    expect(drawPopulation(other, 8).pristine.tier).not.toEqual(drawPopulation(scenario, 8).pristine.tier);
  });

  it('hands out copies: changing one leaves the cached population and later copies as drawn', () => {
    const drawn = drawPopulation(scenario, 9);
    const copy = copyPopulation(drawn.pristine);
    copy.tier.fill(3);
    copy.declarations[0] = 99;
    expect(drawn.pristine.declarations[0]).toBe(0);
    expect(copyPopulation(drawn.pristine).tier).toEqual(createTraderPopulation(scenario, 9).tier);
  });
});

describe('createSimulation with a cached population', () => {
  it('runs the same after another run of the same world changed its own copy', () => {
    const first = createSimulation(scenario, 3);
    first.run(40);
    const second = createSimulation(scenario, 3);
    second.run(40);
    createSimulation(scenario, 4);
    const third = createSimulation(scenario, 3);
    third.run(40);
    expect(JSON.stringify(second.daily())).toBe(JSON.stringify(first.daily()));
    expect(JSON.stringify(third.daily())).toBe(JSON.stringify(first.daily()));
  });
});
