import type { BehaviourState } from './behaviourState';
import type { TraderPopulation } from '../traders/population';
import type { Scenario } from '../config/schema';
import type { RandomStream } from '../random/stream';
import { moveTier } from './migrateTiers';
import {
  B_COST_AEO, B_COST_DETER, B_COST_EASY, B_COST_FORCE, B_COST_HELP, B_DOWN_OUTREACH, B_HELP, B_INSPECTIONS, B_PROSECUTIONS,
  B_VALIDATIONS,
} from './behaviourAccumulator';

const RECORD_DAYS = 365;
const RECORD_TRIES = 20;
const DAYS_PER_MONTH = 365 / 12;

/**
 * The pyramid's treatments for one day (domain reference §1.1 [S7][S8][S9][S12]):
 * - help to comply: reachPerMonth outreach contacts a month, to traders with an offence detected
 *   in the last year first (focus `record`) or at random; a contact cuts the trader's error rate
 *   (decaying) and may move it one tier down;
 * - full force of the law: fraud found today from a tier-4 importer is prosecuted and its licence
 *   suspended (it lodges nothing until the suspension ends, then trades as a new importer);
 */
export function applyTreatments(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, day: number, rnd: RandomStream): void {
  const tr = s.config.treatments, c = s.day.c;
  const wanted = s.helpCarry + tr.help.reachPerMonth / DAYS_PER_MONTH;
  const contacts = Math.floor(wanted);
  s.helpCarry = wanted - contacts;
  for (let k = 0; k < contacts; k++) {
    let t = Math.floor(rnd.next() * pop.count);
    for (let tries = 0; tr.help.focus === 'record' && tries < RECORD_TRIES && !hasRecord(pop.lastOffenceDay[t], day); tries++) {
      t = Math.floor(rnd.next() * pop.count);
    }
    s.helpDay[t] = day;
    c[B_HELP]++;
    const tier = pop.tier[t];
    const u = rnd.next();
    if (pop.network[t] < 0 && s.infiltratedTier[t] === 255 && (tier === 1 || tier === 2) && u < tr.help.promoteProbability[tier - 1]) {
      moveTier(s, pop, scenario, t, tier - 1);
      c[B_DOWN_OUTREACH]++;
    }
  }
  if (tr.force.prosecution) {
    for (let h = 0; h < s.hitCount; h++) {
      const t = s.hits[h];
      if (pop.tier[t] !== 3 || s.infiltratedTier[t] !== 255 || s.suspendedUntil[t] > day) continue;
      pop.firstDay[t] = day + 1 + tr.force.suspensionDays;
      pop.firstDayMoves++;
      s.suspendedUntil[t] = pop.firstDay[t];
      s.anySuspended = true;
      c[B_PROSECUTIONS]++;
    }
  }
}

/** Adds the day's treatment activity and costs (after the day's AEO decisions and treatments). */
export function accountTreatmentCosts(s: BehaviourState): void {
  const tr = s.config.treatments, c = s.day.c;
  c[B_INSPECTIONS] += s.inspectionsToday;
  c[B_COST_EASY] += tr.easy.simplifiedProcedures ? tr.easy.costPerYear / 365 : 0;
  c[B_COST_HELP] += c[B_HELP] * tr.help.costPerContact;
  c[B_COST_DETER] += s.inspectionsToday * tr.deter.costPerInspection;
  c[B_COST_FORCE] += c[B_PROSECUTIONS] * tr.force.costPerProsecution;
  c[B_COST_AEO] += c[B_VALIDATIONS] * s.config.aeoProgramme.costPerValidation;
}

/** Whether an offence was detected within the last year (lastOffenceDay -1 = never). */
function hasRecord(lastOffenceDay: number, day: number): boolean {
  return lastOffenceDay >= 0 && day - lastOffenceDay <= RECORD_DAYS;
}
