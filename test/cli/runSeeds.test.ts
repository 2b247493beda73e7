import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadBuiltinScenario } from '../../src/sim';
import { defaultThreads, THREAD_MEMORY_BYTES, THREADED_FROM_DECLARATIONS } from '../../src/cli/runSeeds';

describe('defaultThreads', () => {
  const scenario = loadBuiltinScenario('default');
  const perDay = scenario.offices.reduce((sum, o) => sum + o.dailyVolume, 0);

  it('keeps a short batch in one thread and gives a long one a thread per core', () => {
    const daysBelow = Math.floor(THREADED_FROM_DECLARATIONS / perDay / 4) - 1;
    const plenty = 64 * THREAD_MEMORY_BYTES;
    expect(defaultThreads({ scenarios: [scenario], days: daysBelow, seeds: [1, 2, 3, 4] }, 8, plenty)).toBe(1);
    expect(defaultThreads({ scenarios: [scenario], days: daysBelow + 2, seeds: [1, 2, 3, 4] }, 8, plenty)).toBe(8);
    expect(defaultThreads({ scenarios: [scenario], days: daysBelow + 2, seeds: [1, 2, 3, 4] })).toBeLessThanOrEqual(availableParallelism());
  });

  it('counts both policies of a comparison', () => {
    const days = Math.ceil(THREADED_FROM_DECLARATIONS / perDay / 4);
    expect(defaultThreads({ scenarios: [scenario], days, seeds: [1, 2] }, 2, 8 * THREAD_MEMORY_BYTES)).toBe(1);
    expect(defaultThreads({ scenarios: [scenario, scenario], days, seeds: [1, 2] }, 2, 8 * THREAD_MEMORY_BYTES)).toBe(2);
  });

  it('starts no more threads than the free memory holds, and always one', () => {
    const big = { scenarios: [scenario, scenario], days: 365, seeds: Array.from({ length: 40 }, (_, k) => k + 1) };
    expect(defaultThreads(big, 32, 5.5 * THREAD_MEMORY_BYTES)).toBe(5);
    expect(defaultThreads(big, 32, THREAD_MEMORY_BYTES / 2)).toBe(1);
  });
});
