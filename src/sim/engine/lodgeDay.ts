import type { SimulationState } from './simulationState';
import { allocateJob } from '../inspection/jobTable';
import { K_AUDIT, K_DOCUMENTARY, K_DOG, K_PHYSICAL, K_SCAN, KINDS, SCREEN_DOG, SCREEN_SCAN } from '../inspection/inspectionNetwork';
import { C_CLR_SUM, C_DECL, C_DELAY, C_LANE, C_NONCOMP, C_OVERFLOW, C_REV_RISK, recordClearanceCounts } from '../kpi/kpiAccumulator';
import { binOf } from '../kpi/clearanceHistogram';
import { LANE_BLUE, LANE_GREEN, LANE_RED, LANE_YELLOW, REASON_INTEL, REASON_RANDOM } from '../declarations/codes';
import { DAY_ID_SPAN } from '../targeting/assignLanes';

/** Queue priority added for AEO consignments when the policy gives them priority. */
const AEO_PRIORITY = 1e6;

/**
 * Lodges the day's declarations after lane assignment: green and blue are released after the
 * office's release processing time (blue also queues a post-clearance audit), yellow goes to the
 * documentary officers, red to screening (scan or dog, per office) or straight to examination;
 * random selections always go straight to a full physical examination, so the compliance sample is
 * examined the same way whatever the targeting policy. `auditRoom[office]` is how many more audits
 * the office's plan can take (decremented here); blue declarations beyond it are not audited.
 */
export function lodgeDay(s: SimulationState, releaseHours: Float64Array, fifo: boolean, aeoPriority: boolean, auditRoom: Float64Array): void {
  const b = s.buffer, acc = s.dayAcc, c = acc.c, pop = s.pop, jobs = s.jobs, net = s.network;
  const idBase = b.day * DAY_ID_SPAN;
  const releaseBins = Int32Array.from(releaseHours, binOf);
  const officeLanes = s.officeLanes, officeDeclarations = s.officeDeclarations;
  officeLanes.fill(0);
  officeDeclarations.fill(0);
  // Sums the day's counters start from zero here (nothing before lodgement adds to them), so
  // summing in locals in declaration order gives the same totals bit for bit.
  let nonCompliant = 0, revenueAtRisk = 0, delayCost = 0, greenHours = 0, blueHours = 0, releasedHours = 0;
  // First every declaration's counts and release (no calls: a tight loop over the day); the
  // declarations that go on to an audit or an inspection are listed for the second pass, in order.
  const onward = s.scratch, declarations = pop.declarations, declarantDeclarations = pop.declarantDeclarations, timeCost = pop.timeCost;
  let m = 0;
  for (let i = 0; i < b.count; i++) {
    const office = b.office[i], lane = b.lane[i], imp = b.importer[i];
    officeLanes[office * 4 + lane]++;
    if (b.truthOffence[i] !== 0) { nonCompliant++; revenueAtRisk += b.truthRevenue[i]; }
    declarations[imp]++;
    declarantDeclarations[b.declarant[i]]++;
    if (lane === LANE_GREEN || lane === LANE_BLUE) {
      b.outcome[i] = 0;
      const hours = releaseHours[office];
      if (lane === LANE_GREEN) greenHours += hours;
      else blueHours += hours;
      releasedHours += hours;
      delayCost += (hours / 24) * b.declaredValue[i] * timeCost[imp];
      if (lane === LANE_BLUE) onward[m++] = i;
    } else {
      b.outcome[i] = 1;
      onward[m++] = i;
    }
  }
  // Then, in declaration order, a job for each audit the plan has room for and each inspection.
  for (let k = 0; k < m; k++) {
    const i = onward[k], office = b.office[i], lane = b.lane[i], imp = b.importer[i], arrival = b.arrivalHour[i];
    if (lane === LANE_BLUE) {
      // The audit plan is full: the declaration stays released and is never audited.
      if (auditRoom[office] < 1) { c[C_OVERFLOW]++; continue; }
      auditRoom[office]--;
    } else s.pending++;
    const job = allocateJob(jobs);
    jobs.declId[job] = idBase + i;
    jobs.office[job] = office;
    jobs.importer[job] = imp;
    jobs.declarant[job] = b.declarant[i];
    jobs.offence[job] = b.truthOffence[i];
    jobs.revenue[job] = b.truthRevenue[i];
    jobs.value[job] = b.declaredValue[i];
    jobs.priority[job] = (fifo ? 0 : b.score[i]) + (aeoPriority && pop.aeo[imp] === 1 ? AEO_PRIORITY : 0);
    jobs.lane[job] = lane;
    jobs.reason[job] = b.reason[i];
    jobs.arrivalHour[job] = arrival;
    jobs.ruleSlot[job] = b.firstRule[i];
    jobs.audit[job] = lane === LANE_BLUE ? 1 : 0;
    if (lane === LANE_BLUE) net.enqueue(job, K_AUDIT, arrival + releaseHours[office]);
    else if (lane === LANE_YELLOW) net.enqueue(job, K_DOCUMENTARY, arrival);
    // Random and intelligence-led selections get a full examination: no screening decides for them.
    else if (lane === LANE_RED) net.enqueue(job, firstRedStage(s, office, (b.reason[i] & (REASON_RANDOM | REASON_INTEL)) !== 0), arrival);
  }
  // Lane and office counts from the per-office lane counts; releases (green and blue) are recorded
  // per office: each office has one release time, so one histogram bin.
  for (let o = 0; o < releaseBins.length; o++) {
    for (let lane = 0; lane < 4; lane++) {
      c[C_LANE + lane] += officeLanes[o * 4 + lane];
      officeDeclarations[o] += officeLanes[o * 4 + lane];
    }
    recordClearanceCounts(acc, LANE_GREEN, releaseBins[o], officeLanes[o * 4 + LANE_GREEN]);
    recordClearanceCounts(acc, LANE_BLUE, releaseBins[o], officeLanes[o * 4 + LANE_BLUE]);
  }
  c[C_CLR_SUM + LANE_GREEN] += greenHours;
  c[C_CLR_SUM + LANE_BLUE] += blueHours;
  c[C_CLR_SUM + 4] += releasedHours;
  c[C_DECL] += b.count;
  c[C_NONCOMP] += nonCompliant;
  c[C_REV_RISK] += revenueAtRisk;
  c[C_DELAY] += delayCost;
}

function firstRedStage(s: SimulationState, office: number, random: boolean): number {
  if (random) return K_PHYSICAL;
  const screen = s.network.screening[office];
  if (screen === SCREEN_SCAN && s.network.units[office * KINDS + K_SCAN] > 0) return K_SCAN;
  if (screen === SCREEN_DOG && s.network.units[office * KINDS + K_DOG] > 0) return K_DOG;
  return K_PHYSICAL;
}
