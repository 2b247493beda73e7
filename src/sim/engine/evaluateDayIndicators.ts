import type { DayBuffer } from '../declarations/dayBuffer';
import type { IndicatorContext } from '../indicators/evaluateIndicators';
import { evaluateIndicators, evaluateIndicatorsFromDeclared } from '../indicators/evaluateIndicators';
import type { TrafficCache } from '../declarations/trafficCache';

/**
 * Evaluates the day's indicators. A day the traffic cache restored takes the bits its declared
 * fields decide from the cache and adds the history's (which enforcement changes), evaluating in
 * full only the declarations whose fields may differ from the cached ones; a day the cache has just
 * stored is evaluated in full and leaves its declared bits in the cache for the next runs; any
 * other day (no cache, or a day it did not keep) is evaluated in full.
 */
export function evaluateDayIndicators(cache: TrafficCache | null, ctx: IndicatorContext, day: DayBuffer): void {
  const entry = cache === null ? null : cache.lastDay;
  if (cache === null || entry === null) {
    evaluateIndicators(ctx, day);
  } else if (!cache.lastRestored) {
    evaluateIndicators(ctx, day, entry.declaredLo, entry.declaredHi);
    entry.declaredReady = true;
  } else if (entry.declaredReady) {
    evaluateIndicatorsFromDeclared(ctx, day, entry.declaredLo, entry.declaredHi, cache.fresh, cache.freshCount);
  } else {
    evaluateIndicators(ctx, day);
  }
}
