import { describe, expect, it } from 'vitest';
import { createDayBuffer } from '../../../src/sim/declarations/dayBuffer';
import type { GeneratorContext } from '../../../src/sim/declarations/generatorContext';
import type { TargetingContext } from '../../../src/sim/targeting/targetingContext';
import { writeConsequences, writeConsequencesOf, writeRandomDraws } from '../../../src/sim/targeting/declarationConstants';
import { DAY_ID_SPAN, DRAW_RANDOM } from '../../../src/sim/targeting/assignLanes';
import { counterUniform } from '../../../src/sim/random/counterUniform';

// Commodity 0: 10 % duty, no excise; commodity 1: 5 % duty + 45 % excise.
const gen = { dutyRate: Float64Array.of(0.1, 0.05), exciseRate: Float64Array.of(0, 0.45) } as unknown as GeneratorContext;

function dayOf(values: readonly number[], commodities: readonly number[]) {
  const day = createDayBuffer(8);
  day.count = values.length;
  day.day = 3;
  values.forEach((v, i) => { day.declaredValue[i] = v; day.commodity[i] = commodities[i]!; });
  return day;
}

describe('targeting columns no policy changes', () => {
  it('grades the duty and excise at stake from USD 1,000, 10,000, 100,000 and 1 million', () => {
    // Exposures: 999, 1,000, 99,999.9, 100,000, 5,000,000 and (commodity 1) 2,000 x 0.5 = 1,000.
    const day = dayOf([9_990, 10_000, 999_999, 1_000_000, 50_000_000, 2_000], [0, 0, 0, 0, 0, 1]);
    writeConsequences(gen, day);
    expect(Array.from(day.consequence.subarray(0, day.count))).toEqual([1, 2, 3, 4, 5, 2]);
  });

  it('writes only the listed declarations when asked to', () => {
    const day = dayOf([50_000_000, 50_000_000, 50_000_000], [0, 0, 0]);
    day.consequence.fill(9);
    writeConsequencesOf(gen, day, Int32Array.of(2, 0), 2);
    expect(Array.from(day.consequence.subarray(0, 3))).toEqual([5, 9, 5]);
  });

  it('draws the random-selection uniform from the day and the position alone', () => {
    const day = dayOf([1, 2, 3], [0, 0, 1]);
    const t = { drawKey: 12345 } as unknown as TargetingContext;
    writeRandomDraws(t, day);
    const expected = [0, 1, 2].map((i) => counterUniform(12345, 3 * DAY_ID_SPAN + i, DRAW_RANDOM));
    expect(Array.from(day.randomDraw.subarray(0, 3))).toEqual(expected);
    const other = dayOf([7e9, 8, 9], [1, 1, 0]);
    writeRandomDraws(t, other);
    expect(Array.from(other.randomDraw.subarray(0, 3))).toEqual(expected);
  });
});
