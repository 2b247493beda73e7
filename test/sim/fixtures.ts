import { loadBuiltinScenario, type Scenario } from '../../src/sim/index';

/**
 * A small administration for fast tests: the default scenario's offices at a fifth of the volume
 * and a smaller population, with any extra `path=value` overrides.
 */
export function smallScenario(extra: readonly string[] = []): Scenario {
  return loadBuiltinScenario('default', [
    'traders.importers=1500',
    'traders.declarants=80',
    'offices.0.dailyVolume=320',
    'offices.1.dailyVolume=140',
    'offices.2.dailyVolume=400',
    'offices.3.dailyVolume=140',
    ...extra,
  ]);
}
