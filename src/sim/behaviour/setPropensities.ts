import type { BehaviourState } from './behaviourState';
import type { TraderPopulation } from '../traders/population';
import type { Scenario } from '../config/schema';
import { AEO_HOLDER } from './behaviourState';
import { delayCostPerUsd, evasionMargin, evasionProbability } from './decideEvasion';

/**
 * Sets each trader's probability of a non-compliant declaration for the next day, which the day
 * generator reads (so the per-declaration loop is unchanged):
 *
 * - tiers 3-4 decide whether to evade (decideEvasion.ts): the margin per USD evaded is
 *   1 - q (1 + m) - delay + conditional cooperation, with q the trader's perceived detection
 *   probability and m the penalty multiple its tier faces (19 USC 1592: gross negligence, fraud),
 *   times the force-of-law penalty multiplier; the probability of evading is
 *   sigmoid((margin - moral) / choiceNoise);
 * - tiers 1-2 do not evade on purpose: their error rate is cut by simplified procedures, AEO
 *   vetting (while facilitation is on) and a recent outreach contact (decaying).
 *
 * Stores each trader's margin (for migration). Before calibration, or with `marginsOnly` (the
 * margins migration reads, before the propensities of the tiers it leaves), only margins are computed.
 */
export function setPropensities(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, day: number, marginsOnly = false): void {
  const d = s.config.decision, tr = s.config.treatments;
  const pm = scenario.economics.penaltyMultiple, mult = tr.force.penaltyMultiplier;
  const multiple = [pm.negligence * mult, pm.negligence * mult, pm.grossNegligence * mult, pm.fraud * mult];
  const facilitation = scenario.policy.aeo.facilitation;
  const easyCut = tr.easy.simplifiedProcedures ? tr.easy.errorReduction : 0;
  const aeoCut = facilitation ? s.config.aeoProgramme.errorReduction : 0;
  const helpCut = tr.help.errorReduction, helpDecay = Math.LN2 / tr.help.effectHalfLifeDays;
  const infiltrationShare = s.config.aeoProgramme.infiltrationShare;
  const marginOnly = marginsOnly || !s.calibrated;
  const tiers = pop.tier, sector = pop.sector, timeCost = pop.timeCost, propensity = pop.propensity;
  const peerShare = s.peerShare, peerShare0 = s.peerShare0, perceived = s.perceived, margins = s.margin;
  const infiltrated = s.infiltratedTier, moral = s.moral, base = s.base;
  for (let t = 0; t < pop.count; t++) {
    const tier = tiers[t];
    const delay = delayCostPerUsd(d.extraSelection, d.delayDays, timeCost[t], d.gainShareOfValue);
    const peers = d.conditionalCooperation * (peerShare[sector[t]] - peerShare0[sector[t]]);
    const margin = evasionMargin(perceived[t], multiple[tier], delay, 0) + peers;
    margins[t] = margin;
    if (marginOnly) continue;
    let p: number;
    if (infiltrated[t] !== 255) p = infiltrationShare;
    else if (tier >= 2) p = evasionProbability(margin - moral[t], d.choiceNoise);
    else p = base[t] * errorFactor(s, t, day, easyCut, aeoCut, helpCut, helpDecay);
    propensity[t] = p;
  }
}

/**
 * Multiplier of a tier 1-2 trader's error rate from the treatments it enjoys: simplified
 * procedures, AEO vetting (facilitation on: `aeoCut` > 0) and an outreach contact decaying with
 * the effect's half-life (`helpDecay` = ln 2 / half-life, per day).
 */
export function errorFactor(s: BehaviourState, t: number, day: number, easyCut: number, aeoCut: number, helpCut: number, helpDecay: number): number {
  const since = day - s.helpDay[t];
  const help = since >= 0 && since < 36500 ? helpCut * Math.exp(-helpDecay * since) : 0;
  const aeo = s.aeoState[t] === AEO_HOLDER ? aeoCut : 0;
  return (1 - easyCut) * (1 - aeo) * (1 - help);
}

/** errorFactor with the treatments in force. */
export function errorFactorNow(s: BehaviourState, scenario: Scenario, t: number, day: number): number {
  const tr = s.config.treatments;
  return errorFactor(
    s, t, day, tr.easy.simplifiedProcedures ? tr.easy.errorReduction : 0,
    scenario.policy.aeo.facilitation ? s.config.aeoProgramme.errorReduction : 0, tr.help.errorReduction, Math.LN2 / tr.help.effectHalfLifeDays,
  );
}

/** Updates the sectors' smoothed non-compliance shares (size-weighted propensities) that peers see. */
export function updatePeerShares(s: BehaviourState, pop: TraderPopulation, first: boolean): void {
  const sum = new Float64Array(s.peerShare.length), weight = new Float64Array(s.peerShare.length);
  for (let t = 0; t < pop.count; t++) {
    sum[pop.sector[t]] += pop.size[t] * pop.propensity[t];
    weight[pop.sector[t]] += pop.size[t];
  }
  const lambda = Math.pow(0.5, 1 / s.config.decision.peerHalfLifeDays);
  for (let k = 0; k < sum.length; k++) {
    const today = weight[k] > 0 ? sum[k] / weight[k] : 0;
    s.peerShare[k] = first ? today : lambda * s.peerShare[k] + (1 - lambda) * today;
  }
}
