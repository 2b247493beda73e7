import type { SimulationState } from '../engine/simulationState';
import { releaseJob } from '../inspection/jobTable';
import { K_PHYSICAL, type InspectionListener } from '../inspection/inspectionNetwork';
import {
  C_DELAY, C_DETECTED, C_FALSEPOS, C_PENALTY, C_PHYSICAL, C_REV_REC, C_RND, C_RND_HIT, C_SEIZ, C_STARTED, C_TGT, C_TGT_HIT,
  recordClearance,
} from '../kpi/kpiAccumulator';
import { OFF_EXCISE, OFF_IPR, OFF_PROHIBITED, REASON_INTEL, REASON_RANDOM, REASON_TARGETED, REASON_TOPUP } from '../declarations/codes';
import { DAY_ID_SPAN } from '../targeting/assignLanes';
import { noteInspection } from '../behaviour/noteInspection';
import { noteTipInspection } from '../intelligence/tipBook';
import { learnFromOutcome } from '../networks/learnFromOutcome';

/**
 * The outcomes side of the inspection network. It counts every stage started, and records the end
 * of a declaration's inspection: clearance time and delay cost (for controls
 * before release), hit or false positive, revenue recovered and the penalty by culpability,
 * seizures, and the trader's and declarant's history — which feeds indicators G2 and G16 the next
 * day. The penalty schedule follows 19 USC 1592 (domain reference §5.5): tiers 1-2 negligence,
 * tier 3 gross negligence, tier 4 fraud, each a multiple of the lost duty (fraud capped at the
 * value); prohibited and counterfeit goods a share of their value.
 */
export function createInspectionOutcomes(s: SimulationState): InspectionListener {
  return new InspectionOutcomes(s);
}

/** The simulation's side of the inspection network (a class: one call target for every inspection). */
class InspectionOutcomes implements InspectionListener {
  constructor(private readonly s: SimulationState) {}

  started(kind: number): void {
    this.s.dayAcc.c[C_STARTED + kind]++;
  }

  finished(job: number, endHour: number, kind: number, found: boolean): void {
    const s = this.s;
    const jobs = s.jobs, acc = s.dayAcc.c, pop = s.pop;
    const imp = jobs.importer[job], off = jobs.offence[job], reason = jobs.reason[job];
    const hit = found && off !== 0;
    pop.inspections[imp]++;
    if (jobs.audit[job] === 0) {
      const hours = endHour - jobs.arrivalHour[job];
      recordClearance(s.dayAcc, jobs.office[job], jobs.lane[job], hours);
      acc[C_DELAY] += (hours / 24) * jobs.value[job] * pop.timeCost[imp];
      s.pending--;
    }
    if (kind === K_PHYSICAL) acc[C_PHYSICAL]++;
    if (reason & REASON_RANDOM) { acc[C_RND]++; if (hit) acc[C_RND_HIT]++; }
    if (reason & (REASON_TARGETED | REASON_TOPUP)) { acc[C_TGT]++; if (hit) acc[C_TGT_HIT]++; }
    if (reason & REASON_INTEL) noteTipInspection(s.intel, hit);
    // Networks learn from their smuggling consignments only (drugs, counterfeits, excise: codes 4-6).
    if (off >= OFF_PROHIBITED && pop.network[imp] >= 0) learnFromOutcome(s.networks, jobs.declId[job], hit);
    if (off === 0) acc[C_FALSEPOS]++;
    if (hit) {
      const revenue = jobs.revenue[job];
      const m = s.scenario.economics.penaltyMultiple;
      const tier = pop.tier[imp];
      const value = jobs.value[job];
      let penalty = off === OFF_PROHIBITED || off === OFF_IPR
        ? m.prohibitedShareOfValue * value
        : tier <= 1 ? m.negligence * revenue : tier === 2 ? m.grossNegligence * revenue : Math.min(m.fraud * revenue, value);
      penalty *= s.behaviour.penaltyMultiplier;
      acc[C_DETECTED]++;
      acc[C_REV_REC] += revenue;
      acc[C_PENALTY] += penalty;
      if (off === OFF_PROHIBITED || off === OFF_IPR || off === OFF_EXCISE) acc[C_SEIZ + off]++;
      pop.offencesFound[imp]++;
      pop.lastOffenceDay[imp] = s.day;
      pop.penaltiesPaid[imp] += penalty + revenue;
      pop.declarantOffences[jobs.declarant[job]]++;
      if (jobs.ruleSlot[job] >= 0) s.registry.detections[jobs.ruleSlot[job]]++;
    }
    noteInspection(s.behaviour, imp, pop.tier[imp], off !== 0, hit, reason, s.day);
    const id = jobs.declId[job];
    const day = Math.floor(id / DAY_ID_SPAN);
    if (day === s.buffer.day && jobs.audit[job] === 0) s.buffer.outcome[id - day * DAY_ID_SPAN] = hit ? 3 : 2;
    releaseJob(jobs, job);
  }
}
