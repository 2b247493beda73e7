import type { DayBuffer } from '../declarations/dayBuffer';
import type { GeneratorContext } from '../declarations/generatorContext';
import type { TrafficCache } from '../declarations/trafficCache';
import type { TargetingContext } from '../targeting/targetingContext';
import { writeConsequences, writeConsequencesOf, writeRandomDraws } from '../targeting/declarationConstants';

/**
 * Writes the day's policy-free targeting columns (consequence before the safety rule, the random
 * selection uniform) before the lanes are assigned. A day the traffic cache restored takes them
 * from the cache, computing the consequence again only for the declarations whose declared fields
 * may differ from the cached ones (the uniform depends on the position alone); a day the cache has
 * just stored computes them and leaves them in the cache; any other day computes them.
 */
export function prepareDayTargeting(cache: TrafficCache | null, t: TargetingContext, gen: GeneratorContext, day: DayBuffer): void {
  const entry = cache === null ? null : cache.lastDay;
  if (cache !== null && entry !== null && cache.lastRestored && entry.targetingReady) {
    day.consequence.set(entry.consequence);
    day.randomDraw.set(entry.randomDraw);
    writeConsequencesOf(gen, day, cache.fresh, cache.freshCount);
    return;
  }
  writeConsequences(gen, day);
  writeRandomDraws(t, day);
  if (cache !== null && entry !== null && !cache.lastRestored) {
    entry.consequence.set(day.consequence.subarray(0, entry.count));
    entry.randomDraw.set(day.randomDraw.subarray(0, entry.count));
    entry.targetingReady = true;
  }
}
