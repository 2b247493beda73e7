import type { BehaviourState } from './behaviourState';
import { REASON_RANDOM } from '../declarations/codes';

/**
 * Records, for trader learning, the end of one inspection or audit of importer `imp` (tier 0-3):
 * whether the consignment was non-compliant, whether the offence was found, and whether it was
 * selected at random (the exogenous selection behind the bomb-crater effect). Called by the
 * inspection finish handler; a few array increments (the hit list grows by doubling, rarely).
 */
export function noteInspection(s: BehaviourState, imp: number, tier: number, offending: boolean, found: boolean, reason: number, day: number): void {
  s.inspPeriod[imp]++;
  s.inspectionsToday++;
  if (offending) {
    s.offInsp[imp]++;
    s.offInspToday++;
    if (found) {
      s.offFound[imp]++;
      s.offFoundToday++;
      s.tierFoundToday[tier]++;
      if (s.hitCount === s.hits.length) {
        const grown = new Int32Array(s.hits.length * 2);
        grown.set(s.hits);
        s.hits = grown;
      }
      s.hits[s.hitCount++] = imp;
    }
  }
  if ((reason & REASON_RANDOM) !== 0) s.lastRandom[imp] = day;
}
