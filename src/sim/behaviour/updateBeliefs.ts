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
  const sector = pop.sector, network = pop.network, tier = pop.tier;
  const declarations = pop.declarations, declSeen = s.declSeen, selPeriod = s.selPeriod, selTotal = s.selTotal;
  const inspPeriod = s.inspPeriod, sectorDecl = s.sectorDecl, sectorSel = s.sectorSel;
  const offInspAll = s.offInsp, offFoundAll = s.offFound, seenOffInsp = s.seenOffInsp, seenOffFound = s.seenOffFound;
  const selA = s.selA, selB = s.selB, detA = s.detA, detB = s.detB, subjective = s.subjective, perceived = s.perceived;
  const crater = s.crater, lastRandom = s.lastRandom;
  // The period's sector totals (what peers see) and network totals, from the traders' own counts.
  sectorDecl.fill(0);
  sectorSel.fill(0);
  for (let t = 0; t < pop.count; t++) {
    const decl = declarations[t] - declSeen[t];
    sectorDecl[sector[t]] += decl;
    sectorSel[sector[t]] += selPeriod[t];
    const n = network[t];
    if (n >= 0) { netDecl[n % NETWORK_SLOTS] += decl; netSel[n % NETWORK_SLOTS] += Math.min(selPeriod[t], decl); }
  }
  const peerRates = new Float64Array(sectorDecl.length);
  for (let k = 0; k < peerRates.length; k++) peerRates[k] = sectorDecl[k] > 0 ? sectorSel[k] / sectorDecl[k] : 0;
  for (let t = 0; t < pop.count; t++) {
    const peerRate = peerRates[sector[t]];
    const decl = declarations[t] - declSeen[t], sel = Math.min(selPeriod[t], decl), inspected = inspPeriod[t] > 0;
    declSeen[t] = declarations[t];
    selTotal[t] += selPeriod[t];
    selPeriod[t] = 0;
    inspPeriod[t] = 0;
    const offInsp = offInspAll[t] - seenOffInsp[t], offFound = offFoundAll[t] - seenOffFound[t];
    seenOffInsp[t] = offInspAll[t];
    seenOffFound[t] = offFoundAll[t];
    // Fronts of one organised network pool what they see: the other fronts' consignments count networkWeight each.
    const n = network[t];
    const otherSel = n >= 0 ? netSel[n % NETWORK_SLOTS] - sel : 0, otherDecl = n >= 0 ? netDecl[n % NETWORK_SLOTS] - decl : 0;
    const a = a0 + lambda * selA[t] + ws * sel + wp * peerRate + wn * otherSel;
    const bb = b0 + lambda * selB[t] + ws * (decl - sel) + wp * (1 - peerRate) + wn * (otherDecl - otherSel);
    const c = c0 + lambda * detA[t] + ws * offFound;
    const dd = d0 + lambda * detB[t] + ws * (offInsp - offFound);
    selA[t] = a;
    selB[t] = bb;
    detA[t] = c;
    detB[t] = dd;
    let q: number;
    if (mode === 'beta') {
      q = (a / (a + bb)) * (c / (c + dd));
    } else if (mode === 'resetDecay') {
      const objective = tierQ[tier[t]];
      const prev = subjective[t];
      q = inspected ? b.resetValue : prev > objective ? Math.max(objective, prev - decay) : objective;
      subjective[t] = q;
    } else {
      q = tierQ[tier[t]];
    }
    if (crater[t] === 1 && day - lastRandom[t] < b.bombCraterDays) q *= b.bombCraterFactor;
    perceived[t] = q < 0 ? 0 : q > 1 ? 1 : q;
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
