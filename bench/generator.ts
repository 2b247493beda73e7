import { validateScenario, type Scenario } from '../src/sim';
import { createTraderPopulation } from '../src/sim/traders/population';
import { createGeneratorContext } from '../src/sim/declarations/generatorContext';
import { createDayBuffer } from '../src/sim/declarations/dayBuffer';
import { generateDay } from '../src/sim/declarations/generateDay';
import { cpuSecondsSince, median } from './stats';

/** The day generator timed on its own. */
export interface GeneratorResult {
  /** Days generated per repeat. */ readonly days: number;
  /** Declarations generated per repeat (count). */ readonly declarations: number;
  /** Median CPU ns per declaration. */ readonly nsPerDeclaration: number;
  /** CPU ns per declaration of each repeat. */ readonly repeats: readonly number[];
}

/**
 * Times `generateDay` alone over `days` days of the scenario's traffic: the same declarations,
 * fields and ground truth as the full pipeline, with nothing after them, so its caches stay warm.
 * It is a floor under the full pipeline's cost per declaration, beside the kernel's (draws only).
 */
export function timeGenerator(input: Scenario, days: number, repeats: number): GeneratorResult {
  const scenario = validateScenario(JSON.parse(JSON.stringify(input)));
  const ctx = createGeneratorContext(scenario, createTraderPopulation(scenario, 1), 1);
  const buffer = createDayBuffer(8192);
  for (let d = 0; d < 60; d++) generateDay(ctx, buffer, d);
  const perRepeat: number[] = [];
  let declarations = 0;
  for (let r = 0; r < repeats; r++) {
    declarations = 0;
    const start = process.cpuUsage();
    for (let d = 0; d < days; d++) {
      generateDay(ctx, buffer, d);
      declarations += buffer.count;
    }
    perRepeat.push((cpuSecondsSince(start) * 1e9) / declarations);
  }
  return { days, declarations, nsPerDeclaration: median(perRepeat), repeats: perRepeat };
}
