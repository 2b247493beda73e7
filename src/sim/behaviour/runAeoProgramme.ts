import type { BehaviourState } from './behaviourState';
import type { TraderPopulation } from '../traders/population';
import type { Scenario } from '../config/schema';
import type { RandomStream } from '../random/stream';
import { AEO_HOLDER, AEO_NONE, AEO_QUEUED, AEO_VALIDATING } from './behaviourState';
import { moveTier } from './migrateTiers';
import { B_AEO_SUSPENDED, B_APPLICATIONS, B_DOWN_AEO, B_GRANTED, B_INFILTRATIONS, B_VALIDATIONS } from './behaviourAccumulator';

const CLEAN_RECORD_DAYS = 365;
const INFILTRATION_TRIES = 32;

/**
 * One day of the AEO programme (domain reference §8): holders with an offence detected today are
 * suspended (an infiltrated chain is cleaned up); validations that have run their time are decided
 * by the applicant's true tier (a tier-2 applicant that passes may fix its controls and move to
 * tier 1); validators take queued applications up to their capacity; and networks try to
 * infiltrate an AEO holder's supply chain. Touches only today's hits and the validations in progress.
 */
export function runAeoDay(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, day: number, rnd: RandomStream): void {
  const a = s.config.aeoProgramme, c = s.day.c;
  for (let h = 0; h < s.hitCount; h++) {
    const t = s.hits[h];
    if (s.aeoState[t] === AEO_HOLDER) { suspend(s, pop, t, day, a.suspensionDays); c[B_AEO_SUSPENDED]++; }
  }
  for (let k = 0; k < s.validating; k++) {
    const t = s.validatingList[k];
    if (day - s.aeoDay[t] < a.validationDays) continue;
    s.validatingList[k--] = s.validatingList[--s.validating];
    c[B_VALIDATIONS]++;
    const tier = pop.tier[t];
    if (rnd.next() < a.passProbability[tier] && pop.lastOffenceDay[t] < s.aeoDay[t]) {
      s.aeoState[t] = AEO_HOLDER;
      s.aeoDay[t] = day;
      pop.aeo[t] = 1;
      s.aeoHolders++;
      c[B_GRANTED]++;
      if (tier === 1 && pop.network[t] < 0 && rnd.next() < a.promoteOnValidation) { moveTier(s, pop, scenario, t, 0); c[B_DOWN_AEO]++; }
    } else {
      s.aeoState[t] = AEO_NONE;
      s.aeoBlockedUntil[t] = day + a.suspensionDays;
    }
  }
  while (s.validating < a.validationCapacity && s.queueLength > 0) {
    const t = s.queue[s.queueHead];
    s.queueHead = (s.queueHead + 1) % s.queue.length;
    s.queueLength--;
    s.aeoState[t] = AEO_VALIDATING;
    s.aeoDay[t] = day;
    s.validatingList[s.validating++] = t;
  }
  infiltrate(s, pop, scenario, rnd);
}

/**
 * The AEO draws of a decision period of `days` days: holders due for re-validation are re-tested
 * (pass by true tier, or lose status), and eligible traders (tenure, a year without a detected
 * offence, not blocked) apply at applicationsPerYear, more for large traders, while facilitation
 * gives holders a benefit. Applications join the validators' queue.
 */
export function drawAeoApplications(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, day: number, days: number, rnd: RandomStream): void {
  const a = s.config.aeoProgramme, c = s.day.c;
  const revalidationDays = Math.max(1, Math.round(a.revalidationYears * 365));
  const hazard = (a.applicationsPerYear / 365) * days;
  const applying = scenario.policy.aeo.facilitation;
  for (let t = 0; t < pop.count; t++) {
    const state = s.aeoState[t];
    if (state === AEO_HOLDER) {
      if (day - s.aeoDay[t] < revalidationDays) continue;
      c[B_VALIDATIONS]++;
      if (rnd.next() < a.passProbability[trueTier(s, pop, t)]) s.aeoDay[t] = day;
      else { suspend(s, pop, t, day, a.suspensionDays); c[B_AEO_SUSPENDED]++; }
    } else if (state === AEO_NONE && applying && pop.network[t] < 0 && day >= s.aeoBlockedUntil[t]
      && day - pop.firstDay[t] >= a.minTenureDays && (pop.lastOffenceDay[t] < 0 || day - pop.lastOffenceDay[t] > CLEAN_RECORD_DAYS)) {
      if (rnd.next() < hazard * Math.min(3, 0.5 + pop.size[t] / 4)) {
        s.aeoState[t] = AEO_QUEUED;
        s.queue[(s.queueHead + s.queueLength) % s.queue.length] = t;
        s.queueLength++;
        c[B_APPLICATIONS]++;
      }
    }
  }
}

/** Networks that try today, each picking an AEO holder's chain at random (bounded rejection sampling). */
function infiltrate(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, rnd: RandomStream): void {
  const a = s.config.aeoProgramme;
  for (let n = 0; n < scenario.traders.networks.count; n++) {
    if (rnd.next() >= a.infiltrationPerYear / 365) continue;
    for (let k = 0; k < INFILTRATION_TRIES; k++) {
      const t = Math.floor(rnd.next() * pop.count);
      if (s.aeoState[t] !== AEO_HOLDER || s.infiltratedTier[t] !== 255 || pop.network[t] >= 0) continue;
      s.infiltratedTier[t] = pop.tier[t];
      s.tiers[pop.tier[t]]--;
      s.tiers[3]++;
      pop.tier[t] = 3;
      s.infiltrated++;
      s.day.c[B_INFILTRATIONS]++;
      break;
    }
  }
}

/** The tier a validator assesses: an infiltrated chain's own importer. */
function trueTier(s: BehaviourState, pop: TraderPopulation, t: number): number {
  return s.infiltratedTier[t] !== 255 ? s.infiltratedTier[t] : pop.tier[t];
}

/** Withdraws AEO status; an infiltrated chain is cleaned up and the importer's tier restored. */
function suspend(s: BehaviourState, pop: TraderPopulation, t: number, day: number, days: number): void {
  s.aeoState[t] = AEO_NONE;
  pop.aeo[t] = 0;
  s.aeoHolders--;
  s.aeoBlockedUntil[t] = day + days;
  if (s.infiltratedTier[t] !== 255) {
    s.tiers[3]--;
    s.tiers[s.infiltratedTier[t]]++;
    pop.tier[t] = s.infiltratedTier[t];
    s.infiltratedTier[t] = 255;
    s.infiltrated--;
  }
}
