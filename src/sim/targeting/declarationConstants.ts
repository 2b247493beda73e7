import type { DayBuffer } from '../declarations/dayBuffer';
import type { GeneratorContext } from '../declarations/generatorContext';
import type { TargetingContext } from './targetingContext';
import { counterUniform } from '../random/counterUniform';
import { DAY_ID_SPAN, DRAW_RANDOM } from './assignLanes';

/**
 * What targeting needs of a declaration that no policy changes, written before the lanes are
 * assigned: its consequence level before the safety rule (assignLanes raises it from the indicator
 * bits) and its random-selection uniform. A re-run of the same world can take both from the
 * traffic cache instead of computing them again (see prepareDayTargeting).
 */

/**
 * Consequence level 1-5 of declaration `i` by the duty and excise at stake: from USD 1,000,
 * 10,000, 100,000 and 1 million (declared value x the commodity's duty and excise rates).
 */
function consequenceOf(gen: GeneratorContext, day: DayBuffer, i: number): number {
  const com = day.commodity[i];
  const exposure = day.declaredValue[i] * (gen.dutyRate[com] + gen.exciseRate[com]);
  return exposure >= 1e6 ? 5 : exposure >= 1e5 ? 4 : exposure >= 1e4 ? 3 : exposure >= 1e3 ? 2 : 1;
}

/** Writes the consequence level (before the safety rule) of every declaration of the day. */
export function writeConsequences(gen: GeneratorContext, day: DayBuffer): void {
  const out = day.consequence;
  for (let i = 0; i < day.count; i++) out[i] = consequenceOf(gen, day, i);
}

/** Writes the consequence level (before the safety rule) of the declarations `which[0..count)`. */
export function writeConsequencesOf(gen: GeneratorContext, day: DayBuffer, which: Int32Array, count: number): void {
  const out = day.consequence;
  for (let k = 0; k < count; k++) out[which[k]] = consequenceOf(gen, day, which[k]);
}

/** Writes the random-selection uniform of every declaration of the day. */
export function writeRandomDraws(t: TargetingContext, day: DayBuffer): void {
  const out = day.randomDraw, key = t.drawKey, idBase = day.day * DAY_ID_SPAN;
  for (let i = 0; i < day.count; i++) out[i] = counterUniform(key, idBase + i, DRAW_RANDOM);
}
