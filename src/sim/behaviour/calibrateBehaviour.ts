import type { BehaviourState } from './behaviourState';
import type { TraderPopulation } from '../traders/population';
import type { Scenario } from '../config/schema';
import { AEO_HOLDER } from './behaviourState';
import { errorFactorNow, setPropensities } from './setPropensities';

const logit = (p: number) => { const x = Math.min(1 - 1e-4, Math.max(1e-4, p)); return Math.log(x / (1 - x)); };

/**
 * Calibrates behaviour at the end of the warm-up (`fit`), or sets it up without fitting:
 *
 * 1. Beliefs (beta mode, fit only): each trader's pseudo-counts become the steady state of what the
 *    warm-up showed (its own and its sector's daily rates), as if it had traded under this policy
 *    for a long time; otherwise the remaining learning would drift the pyramid after calibration.
 * 2. Moral cost: fit = per trader, the cost that makes today's margin give its drawn propensity
 *    (behaviour continues without a jump); no fit = decision.moralCost by tier.
 * 3. Reference margins (migration tilts are relative to them) and peer shares.
 * 4. Up-move hazards, so that flows between neighbouring tiers balance at today's counts, with the
 *    trust effects in force (turnover down x count above = turnover up x trusting weight below).
 */
export function calibrateBehaviour(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, day: number, days: number, fit: boolean): void {
  const cfg = s.config, b = cfg.beliefs;
  if (fit && b.mode === 'beta') setSteadyBeliefs(s, pop, days);
  s.peerShare0.set(s.peerShare);
  setPropensities(s, pop, scenario, day);
  const noise = cfg.decision.choiceNoise;
  for (let t = 0; t < pop.count; t++) {
    s.margin0[t] = s.margin[t];
    const tier = pop.tier[t];
    if (tier >= 2) s.moral[t] = fit ? s.margin[t] - noise * logit(s.base[t]) : cfg.decision.moralCost[tier - 2];
    // Drawn error rates are what traders do under the treatments in force now; changes act relative to them.
    else if (fit) s.base[t] = Math.min(1, s.base[t] / errorFactorNow(s, scenario, t, day + 1));
  }
  balanceUpRates(s, pop, scenario);
  s.calibrated = true;
}

/** The moral cost of a trader entering tier `tier` (3-4): calibrated to the tier's mean propensity, or by tier. */
export function moralCostFor(s: BehaviourState, scenario: Scenario, t: number, tier: number): number {
  const cfg = s.config;
  return cfg.warmupDays > 0 && cfg.decision.choiceNoise > 0
    ? s.margin0[t] - cfg.decision.choiceNoise * logit(scenario.traders.violationProbability[tier])
    : cfg.decision.moralCost[tier - 2];
}

/** How much a trader's up-moves are damped by trust: simplified procedures, and AEO status while facilitation is on. */
export function trustFactor(s: BehaviourState, scenario: Scenario, t: number): number {
  const tr = s.config.treatments;
  const easy = tr.easy.simplifiedProcedures ? 1 - tr.easy.trustEffect : 1;
  const aeo = scenario.policy.aeo.facilitation && s.aeoState[t] === AEO_HOLDER ? 1 - s.config.aeoProgramme.trustEffect : 1;
  return easy * aeo;
}

function setSteadyBeliefs(s: BehaviourState, pop: TraderPopulation, days: number): void {
  const b = s.config.beliefs;
  const scale = 1 / (1 - Math.pow(0.5, 1 / b.memoryHalfLifeDays)) / Math.max(1, days);
  const netDecl = new Map<number, number>(), netSel = new Map<number, number>();
  // Sector totals since the run start, from the traders' own counts.
  s.sectorDeclTotal.fill(0);
  s.sectorSelTotal.fill(0);
  for (let t = 0; t < pop.count; t++) {
    s.sectorDeclTotal[pop.sector[t]] += pop.declarations[t];
    s.sectorSelTotal[pop.sector[t]] += s.selTotal[t];
  }
  for (let t = 0; t < pop.count; t++) {
    const n = pop.network[t];
    if (n < 0) continue;
    netDecl.set(n, (netDecl.get(n) ?? 0) + pop.declarations[t]);
    netSel.set(n, (netSel.get(n) ?? 0) + Math.min(s.selTotal[t], pop.declarations[t]));
  }
  for (let t = 0; t < pop.count; t++) {
    const k = pop.sector[t], n = pop.network[t];
    const peerRate = s.sectorDeclTotal[k] > 0 ? s.sectorSelTotal[k] / s.sectorDeclTotal[k] : 0;
    const decl = pop.declarations[t], insp = Math.min(s.selTotal[t], decl);
    const otherDecl = n >= 0 ? (netDecl.get(n) ?? 0) - decl : 0, otherSel = n >= 0 ? (netSel.get(n) ?? 0) - insp : 0;
    s.selA[t] = b.priorSelection * b.priorStrength + scale * (b.selfWeight * insp + b.peerWeight * days * peerRate + b.networkWeight * otherSel);
    s.selB[t] = (1 - b.priorSelection) * b.priorStrength
      + scale * (b.selfWeight * (decl - insp) + b.peerWeight * days * (1 - peerRate) + b.networkWeight * (otherDecl - otherSel));
    s.detA[t] = b.priorDetection * b.priorStrength + scale * b.selfWeight * s.offFound[t];
    s.detB[t] = (1 - b.priorDetection) * b.priorStrength + scale * b.selfWeight * (s.offInsp[t] - s.offFound[t]);
    s.perceived[t] = (s.selA[t] / (s.selA[t] + s.selB[t])) * (s.detA[t] / (s.detA[t] + s.detB[t]));
  }
}

function balanceUpRates(s: BehaviourState, pop: TraderPopulation, scenario: Scenario): void {
  const count = new Float64Array(4), trusting = new Float64Array(4);
  for (let t = 0; t < pop.count; t++) {
    if (pop.network[t] >= 0 || s.infiltratedTier[t] !== 255) continue;
    count[pop.tier[t]]++;
    trusting[pop.tier[t]] += trustFactor(s, scenario, t);
  }
  const down = s.config.migration.turnoverPerYear;
  for (let k = 0; k < 3; k++) s.upRate[k] = trusting[k] > 0 ? (down[k] * count[k + 1]) / trusting[k] : 0;
}
