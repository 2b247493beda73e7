import type { BehaviourState } from './behaviourState';
import type { TraderPopulation } from '../traders/population';
import type { Scenario } from '../config/schema';
import type { DayBuffer } from '../declarations/dayBuffer';
import type { BehaviourKpis, PopulationKpis } from './behaviourKpis';
import { AEO_HOLDER } from './behaviourState';
import { LANE_GREEN } from '../declarations/codes';
import { createStream } from '../random/stream';
import { updateBeliefs, realisedByTier } from './updateBeliefs';
import { setPropensities, updatePeerShares } from './setPropensities';
import { calibrateBehaviour } from './calibrateBehaviour';
import { migrateTiers } from './migrateTiers';
import { drawAeoApplications, runAeoDay } from './runAeoProgramme';
import { accountTreatmentCosts, applyTreatments } from './applyTreatments';
import { summariseBehaviour, summarisePopulation } from './behaviourKpis';
import {
  B_ACTUAL, B_DECL, B_DECL_AEO, B_DECL_DELIBERATE, B_DECL_VOLUNTARY, B_EVASIONS, B_PERCEIVED, addBehaviourInto,
} from './behaviourAccumulator';

/** The behaviour part of a period's KPIs. */
export interface BehaviourKpiBlock {
  /** The pyramid and AEO levels at period end. */ population: PopulationKpis;
  /** How traders responded in the period. */ behaviour: BehaviourKpis;
}

/**
 * Trader behaviour at the end of day `day`, after the day's inspections. Every day: what traders
 * lodged and saw (KPIs, from the day's declarations, not the whole population), the AEO programme's
 * decisions and the treatments. At the end of each decision period (decision.intervalDays), one
 * pass over the population: beliefs, AEO applications and re-validations, calibration at the end of
 * the warm-up, tier migration, and the next period's propensities. Draws come from the behaviour's
 * own stream `seed|behaviour|day`, so they never shift the traffic (common random numbers).
 * Returns the day's KPI block and adds it to the run's.
 */
export function stepBehaviour(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, buffer: DayBuffer, day: number): BehaviourKpiBlock {
  s.day.c.fill(0);
  observeDay(s, pop, buffer);
  if (s.enabled) {
    const cfg = s.config;
    const rnd = createStream(`${s.seed}|behaviour|${day}`);
    if (cfg.aeoProgramme.enabled) runAeoDay(s, pop, scenario, day, rnd);
    applyTreatments(s, pop, scenario, day, rnd);
    const fit = cfg.warmupDays > 0 && cfg.decision.choiceNoise > 0;
    const calibrateNow = !s.calibrated && (!fit || day + 1 >= cfg.warmupDays);
    if (calibrateNow || (day + 1) % cfg.decision.intervalDays === 0) passDecisions(s, pop, scenario, day, rnd, calibrateNow, fit);
  }
  accountTreatmentCosts(s);
  s.hitCount = 0;
  s.tierFoundToday.fill(0);
  s.inspectionsToday = 0;
  s.offInspToday = 0;
  s.offFoundToday = 0;
  addBehaviourInto(s.run, s.day);
  return { population: summarisePopulation(s, pop.count, day + 1), behaviour: summariseBehaviour(s.day) };
}

/** The run's behaviour KPIs: sums and declaration-weighted rates over the days, levels now. */
export function summariseBehaviourRun(s: BehaviourState, pop: TraderPopulation, daysDone: number): BehaviourKpiBlock {
  return { population: summarisePopulation(s, pop.count, daysDone), behaviour: summariseBehaviour(s.run) };
}

/** The end-of-period pass over the whole population. */
function passDecisions(s: BehaviourState, pop: TraderPopulation, scenario: Scenario, day: number, rnd: ReturnType<typeof createStream>, calibrateNow: boolean, fit: boolean): void {
  const cfg = s.config;
  const periodDays = day + 1 - s.lastPass;
  s.lastPass = day + 1;
  updateBeliefs(s, pop, periodDays, day);
  if (cfg.aeoProgramme.enabled) drawAeoApplications(s, pop, scenario, day, periodDays, rnd);
  if (calibrateNow) {
    updatePeerShares(s, pop, true);
    calibrateBehaviour(s, pop, scenario, day, day + 1, fit);
    s.lastMigration = day + 1;
  } else if (s.calibrated && day + 1 - s.lastMigration >= cfg.migration.intervalDays) {
    setPropensities(s, pop, scenario, day + 1, true);
    migrateTiers(s, pop, scenario, rnd, day + 1 - s.lastMigration);
    s.lastMigration = day + 1;
  }
  setPropensities(s, pop, scenario, day + 1);
  updatePeerShares(s, pop, false);
}

/**
 * The day's declarations: per-trader and per-sector counts for learning (selection is known at
 * lodgement: a lane other than green), realised detection by tier, and the declaration-weighted
 * KPI sums with the beliefs and propensities in force today.
 */
function observeDay(s: BehaviourState, pop: TraderPopulation, buffer: DayBuffer): void {
  const c = s.day.c;
  const offences = s.offencesToday, tierDecl = s.tierDeclToday, tierSel = s.tierSelToday;
  offences.fill(0);
  tierDecl.fill(0);
  tierSel.fill(0);
  const actual = realisedByTier(s);
  // A trader's declarations of the period are pop.declarations (lodgement counts them) less
  // declSeen, and its selections before the period are selTotal (both settled at each period's
  // end): only the period's selections are counted here.
  const selPeriod = s.selPeriod;
  const popTier = pop.tier, propensity = pop.propensity, aeoState = s.aeoState, perceived = s.perceived;
  // The day's sums in locals (registers, not memory round trips), added in the same order as
  // declaration by declaration into the zeroed day counters, so the totals are bit for bit the same.
  let voluntary = 0, deliberate = 0, evasions = 0, aeo = 0, perceivedSum = 0, actualSum = 0;
  for (let i = 0; i < buffer.count; i++) {
    const t = buffer.importer[i], tier = popTier[t];
    const selected = buffer.lane[i] !== LANE_GREEN ? 1 : 0;
    if (buffer.truthOffence[i] !== 0) offences[tier]++;
    tierDecl[tier]++;
    tierSel[tier] += selected;
    selPeriod[t] += selected;
    if (tier <= 1) voluntary++;
    else { deliberate++; evasions += propensity[t]; }
    if (aeoState[t] === AEO_HOLDER) aeo++;
    perceivedSum += perceived[t];
    actualSum += actual[tier];
  }
  c[B_DECL_VOLUNTARY] += voluntary;
  c[B_DECL_DELIBERATE] += deliberate;
  c[B_EVASIONS] += evasions;
  c[B_DECL_AEO] += aeo;
  c[B_PERCEIVED] += perceivedSum;
  c[B_ACTUAL] += actualSum;
  c[B_DECL] += buffer.count;
  const lambda = Math.pow(0.5, 1 / s.config.beliefs.memoryHalfLifeDays);
  for (let k = 0; k < 4; k++) {
    s.tierOffences[k] = lambda * s.tierOffences[k] + offences[k];
    s.tierFound[k] = lambda * s.tierFound[k] + s.tierFoundToday[k];
    s.tierDecl[k] = lambda * s.tierDecl[k] + tierDecl[k];
    s.tierSel[k] = lambda * s.tierSel[k] + tierSel[k];
  }
  s.sensInspected = lambda * s.sensInspected + s.offInspToday;
  s.sensFound = lambda * s.sensFound + s.offFoundToday;
}
