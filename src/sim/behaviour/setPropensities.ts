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
  const terms = marginTermsOf(s, scenario);
  const margins = s.margin;
  for (let t = 0; t < pop.count; t++) margins[t] = marginOf(s, pop, terms, t);
  if (!marginsOnly && s.calibrated) setFromMargins(s, pop, scenario, terms, day);
}

/** What a trader's evasion margin takes from the scenario and the behaviour section in force. */
interface MarginTerms {
  /** Penalty multiple per tier (times the force-of-law multiplier). */ readonly multiple: Float64Array;
  /** decision.extraSelection, delayDays, gainShareOfValue, conditionalCooperation. */
  readonly extraSelection: number; readonly delayDays: number; readonly gainShare: number; readonly cooperation: number;
}

function marginTermsOf(s: BehaviourState, scenario: Scenario): MarginTerms {
  const d = s.config.decision, pm = scenario.economics.penaltyMultiple, mult = s.config.treatments.force.penaltyMultiplier;
  return {
    multiple: Float64Array.of(pm.negligence * mult, pm.negligence * mult, pm.grossNegligence * mult, pm.fraud * mult),
    extraSelection: d.extraSelection, delayDays: d.delayDays, gainShare: d.gainShareOfValue, cooperation: d.conditionalCooperation,
  };
}

/** Trader `t`'s evasion margin per USD today, at double precision (the margin column holds it as float32). */
function marginOf(s: BehaviourState, pop: TraderPopulation, m: MarginTerms, t: number): number {
  const delay = delayCostPerUsd(m.extraSelection, m.delayDays, pop.timeCost[t], m.gainShare);
  const sector = pop.sector[t];
  return evasionMargin(s.perceived[t], m.multiple[pop.tier[t]], delay, 0) + m.cooperation * (s.peerShare[sector] - s.peerShare0[sector]);
}

/**
 * Every trader's propensity: from its margin (tiers 3-4), a share (infiltrated chains) or its
 * error rate and treatments (tiers 1-2). A loop of its own, apart from the margins, which run alone
 * until calibration: in one loop with them, its calls were compiled without feedback.
 */
function setFromMargins(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, terms: MarginTerms, day: number): void {
  const tr = s.config.treatments;
  const easyCut = tr.easy.simplifiedProcedures ? tr.easy.errorReduction : 0;
  const aeoCut = scenario.policy.aeo.facilitation ? s.config.aeoProgramme.errorReduction : 0;
  const helpCut = tr.help.errorReduction, helpDecay = Math.LN2 / tr.help.effectHalfLifeDays;
  const infiltrationShare = s.config.aeoProgramme.infiltrationShare, noise = s.config.decision.choiceNoise;
  const tiers = pop.tier, propensity = pop.propensity, infiltrated = s.infiltratedTier, moral = s.moral, base = s.base;
  // Each branch stores its own value: a variable joining a number read from the config with
  // computed ones would make V8 box every computed value.
  for (let t = 0; t < pop.count; t++) {
    const tier = tiers[t];
    if (infiltrated[t] !== 255) propensity[t] = infiltrationShare;
    else if (tier >= 2) propensity[t] = evasionProbability(marginOf(s, pop, terms, t) - moral[t], noise);
    else propensity[t] = base[t] * errorFactor(s, t, day, easyCut, aeoCut, helpCut, helpDecay);
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
