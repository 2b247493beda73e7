import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadBuiltinScenario } from '../../src/sim';
import { defaultThreads, THREADED_FROM_DECLARATIONS } from '../../src/cli/runSeeds';

describe('defaultThreads', () => {
  const scenario = loadBuiltinScenario('default');
  const perDay = scenario.offices.reduce((sum, o) => sum + o.dailyVolume, 0);

  it('keeps a short batch in one thread and gives a long one a thread per core', () => {
    const daysBelow = Math.floor(THREADED_FROM_DECLARATIONS / perDay / 4) - 1;
    expect(defaultThreads({ scenarios: [scenario], days: daysBelow, seeds: [1, 2, 3, 4] })).toBe(1);
    expect(defaultThreads({ scenarios: [scenario], days: daysBelow + 2, seeds: [1, 2, 3, 4] })).toBe(availableParallelism());
  });

  it('counts both policies of a comparison', () => {
    const days = Math.ceil(THREADED_FROM_DECLARATIONS / perDay / 4);
    expect(defaultThreads({ scenarios: [scenario], days, seeds: [1, 2] })).toBe(1);
    expect(defaultThreads({ scenarios: [scenario, scenario], days, seeds: [1, 2] })).toBe(availableParallelism());
  });
});
