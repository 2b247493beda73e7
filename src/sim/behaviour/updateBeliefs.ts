import type { BehaviourState } from './behaviourState';
import type { TraderPopulation } from '../traders/population';

/** Network indices are pooled modulo this (the scenario allows up to 1,000 networks). */
const NETWORK_SLOTS = 1024;

/**
 * Updates every trader's perceived detection probability at the end of a decision period of
 * `periodDays` days (domain reference §6.2-6.3):
 *
 * - `beta`: Beta beliefs over the own selection probability (selected at lodgement or not, weight
 *   selfWeight per declaration, plus peerWeight pseudo-observations a day at the sector's rate, plus
 *   networkWeight per consignment of the other fronts of the same organised network) and
 *   over detection when inspected (own inspections of non-compliant consignments), both forgetting
 *   toward the prior with memoryHalfLifeDays; perceived q = mean selection x mean detection.
 * - `resetDecay`: the NetLogo rule: 1 (resetValue) after an own inspection, then down by
 *   resetDecayPerPeriod per period to the objective probability of the trader's tier.
 * - `fullInformation`: q is the objective probability of the trader's tier: its selection rate
 *   at lodgement x the exams' realised sensitivity (both smoothed; defined even when nobody evades).
 *
 * Bomb crater: a flagged trader inspected at random within bombCraterDays perceives q x factor.
 * Reads and clears the period's per-trader counts.
 */
export function updateBeliefs(s: BehaviourState, pop: TraderPopulation, periodDays: number, day: number): void {
  const b = s.config.beliefs;
  const lambda = Math.pow(0.5, periodDays / b.memoryHalfLifeDays);
  const a0 = b.priorSelection * b.priorStrength * (1 - lambda), b0 = (1 - b.priorSelection) * b.priorStrength * (1 - lambda);
  const c0 = b.priorDetection * b.priorStrength * (1 - lambda), d0 = (1 - b.priorDetection) * b.priorStrength * (1 - lambda);
  const ws = b.selfWeight, wp = b.peerWeight * periodDays;
  const decay = (b.resetDecayPerPeriod / b.resetPeriodDays) * periodDays;
  const mode = b.mode;
  const tierQ = objectiveByTier(s);
  const wn = b.networkWeight, netDecl = new Float64Array(NETWORK_SLOTS), netSel = new Float64Array(NETWORK_SLOTS);
  // The period's sector totals (what peers see) and network totals, from the traders' own counts.
  s.sectorDecl.fill(0);
  s.sectorSel.fill(0);
  for (let t = 0; t < pop.count; t++) {
    s.sectorDecl[pop.sector[t]] += s.declPeriod[t];
    s.sectorSel[pop.sector[t]] += s.selPeriod[t];
    const n = pop.network[t];
    if (n >= 0) { netDecl[n % NETWORK_SLOTS] += s.declPeriod[t]; netSel[n % NETWORK_SLOTS] += Math.min(s.selPeriod[t], s.declPeriod[t]); }
  }
  for (let t = 0; t < pop.count; t++) {
    const sector = pop.sector[t];
    const peerRate = s.sectorDecl[sector] > 0 ? s.sectorSel[sector] / s.sectorDecl[sector] : 0;
    const decl = s.declPeriod[t], sel = Math.min(s.selPeriod[t], decl), inspected = s.inspPeriod[t] > 0;
    s.declPeriod[t] = 0;
    s.selPeriod[t] = 0;
    s.inspPeriod[t] = 0;
    const offInsp = s.offInsp[t] - s.seenOffInsp[t], offFound = s.offFound[t] - s.seenOffFound[t];
    s.seenOffInsp[t] = s.offInsp[t];
    s.seenOffFound[t] = s.offFound[t];
    // Fronts of one organised network pool what they see: the other fronts' consignments count networkWeight each.
    const n = pop.network[t];
    const otherSel = n >= 0 ? netSel[n % NETWORK_SLOTS] - sel : 0, otherDecl = n >= 0 ? netDecl[n % NETWORK_SLOTS] - decl : 0;
    s.selA[t] = a0 + lambda * s.selA[t] + ws * sel + wp * peerRate + wn * otherSel;
    s.selB[t] = b0 + lambda * s.selB[t] + ws * (decl - sel) + wp * (1 - peerRate) + wn * (otherDecl - otherSel);
    s.detA[t] = c0 + lambda * s.detA[t] + ws * offFound;
    s.detB[t] = d0 + lambda * s.detB[t] + ws * (offInsp - offFound);
    let q: number;
    if (mode === 'beta') {
      q = (s.selA[t] / (s.selA[t] + s.selB[t])) * (s.detA[t] / (s.detA[t] + s.detB[t]));
    } else if (mode === 'resetDecay') {
      const objective = tierQ[pop.tier[t]];
      const prev = s.subjective[t];
      q = inspected ? b.resetValue : prev > objective ? Math.max(objective, prev - decay) : objective;
      s.subjective[t] = q;
    } else {
      q = tierQ[pop.tier[t]];
    }
    if (s.crater[t] === 1 && day - s.lastRandom[t] < b.bombCraterDays) q *= b.bombCraterFactor;
    s.perceived[t] = q < 0 ? 0 : q > 1 ? 1 : q;
  }
}

/** Realised detection probability per tier (smoothed detected / non-compliant), or the prior before any evidence. */
export function realisedByTier(s: BehaviourState): Float64Array {
  const b = s.config.beliefs;
  const out = new Float64Array(4);
  for (let k = 0; k < 4; k++) out[k] = s.tierOffences[k] > 0 ? Math.min(1, s.tierFound[k] / s.tierOffences[k]) : b.priorSelection * b.priorDetection;
  return out;
}

/**
 * Objective detection probability per tier: the tier's selection rate at lodgement times the
 * sensitivity of inspections of non-compliant consignments (smoothed), or the prior before evidence.
 */
export function objectiveByTier(s: BehaviourState): Float64Array {
  const b = s.config.beliefs;
  const sensitivity = s.sensInspected > 0 ? s.sensFound / s.sensInspected : b.priorDetection;
  const out = new Float64Array(4);
  for (let k = 0; k < 4; k++) out[k] = s.tierDecl[k] > 0 ? (s.tierSel[k] / s.tierDecl[k]) * sensitivity : b.priorSelection * b.priorDetection;
  return out;
}
