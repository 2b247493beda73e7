import type { SimulationState } from './simulationState';
import type { DailyKpis } from '../kpi/kpiTypes';
import { generateDay } from '../declarations/generateDay';
import { generateDayCached } from '../declarations/trafficCache';
import { evaluateDayIndicators } from './evaluateDayIndicators';
import { prepareDayTargeting } from './prepareDayTargeting';
import { assignLanes } from '../targeting/assignLanes';
import { matchCapacity } from '../targeting/matchCapacity';
import { lodgeDay } from './lodgeDay';
import { KINDS, K_ANALYSIS, K_AUDIT, K_DOCUMENTARY, K_DOG, K_PHYSICAL, K_SCAN, SCREEN_DOG, SCREEN_SCAN } from '../inspection/inspectionNetwork';
import { C_BUSY, C_DUTY, C_OVERFLOW, C_PENDING, C_QUEUE, C_ARRIVING, addInto, resetAccumulator } from '../kpi/kpiAccumulator';
import { summariseKpis } from '../kpi/summariseKpis';
import { LANE_BLUE, LANE_RED, LANE_YELLOW } from '../declarations/codes';
import { stepBehaviour } from '../behaviour/stepBehaviour';
import { adaptNetworkConsignments } from '../networks/adaptNetworks';
import { summariseNetworkDay } from '../networks/networkKpis';
import { runIntelligence } from '../intelligence/runIntelligence';
import { summariseIntelligence } from '../intelligence/intelligenceKpis';

/**
 * Simulates one day: traffic, indicators, targeting, capacity matching, lodgement, then the
 * inspection queues up to midnight; closes the day's KPIs and adds them to the run's.
 */
export function stepDay(s: SimulationState): DailyKpis {
  const d = s.day, b = s.buffer, acc = s.dayAcc;
  const scenario = s.scenario, policy = scenario.policy;
  resetAccumulator(acc);
  s.registry.hitsLastDay.fill(0);
  s.draws += s.traffic === null ? generateDay(s.gen, b, d) : generateDayCached(s.traffic, s.gen, b, d);
  s.draws += adaptNetworkConsignments(s.networks, s.gen, b, s.networkScratch);
  if (s.scratch.length < b.capacity) s.scratch = new Int32Array(b.capacity);
  evaluateDayIndicators(s.traffic, s.indicators, b);
  prepareDayTargeting(s.traffic, s.targeting, s.gen, b);

  const rules = s.targeting.rules;
  const slots = new Int32Array(rules.length);
  const live = new Uint8Array(rules.length);
  rules.forEach((r, k) => {
    slots[k] = s.registry.slotOf(r.rule.id);
    const valid = d >= r.rule.validFrom && (r.rule.validTo === null || d <= r.rule.validTo);
    live[k] = !valid || r.rule.status === 'disabled' ? 0 : r.rule.status === 'active' ? 1 : 2;
  });
  s.draws += assignLanes(s.targeting, s.gen, b, s.registry, slots, live);
  for (const slot of slots) s.registry.hits[slot] += s.registry.hitsLastDay[slot];
  s.draws += runIntelligence(s.intel, s.pop, s.networks, b, scenario.offices.length);

  const offices = scenario.offices.length;
  const dayStart = d * 24, dayEnd = dayStart + 24;
  const capacity = s.laneCapacity;
  // "release" matches today's selections to today's capacity; "wait" lets queues grow, but only
  // up to maxBacklogDays of average capacity, so dwell times and memory stay bounded.
  const backlogDays = policy.capacity.overflow === 'release' ? 0 : policy.capacity.maxBacklogDays;
  for (let o = 0; o < offices; o++) {
    capacity[o * 4 + LANE_YELLOW] = poolCapacity(s, o, K_DOCUMENTARY, dayStart, dayEnd, backlogDays);
    const screen = s.network.screening[o];
    capacity[o * 4 + LANE_RED] = screen === SCREEN_SCAN
      ? Math.min(poolCapacity(s, o, K_SCAN, dayStart, dayEnd, backlogDays), poolCapacity(s, o, K_ANALYSIS, dayStart, dayEnd, backlogDays))
      : poolCapacity(s, o, screen === SCREEN_DOG ? K_DOG : K_PHYSICAL, dayStart, dayEnd, backlogDays);
    capacity[o * 4 + LANE_BLUE] = poolCapacity(s, o, K_AUDIT, dayStart, dayEnd, 0);
  }
  const e = policy.capacity.expectedRates;
  acc.c[C_OVERFLOW] += matchCapacity(b, offices, { expected: Float64Array.of(0, e.yellow, e.red, e.blue) }, capacity, s.scratch);

  const releaseHours = Float64Array.from(scenario.offices, (o) => o.greenReleaseMinutes / 60);
  // Audit plan: what the auditors can do over the plan horizon (from today's capacity), less the backlog.
  const auditRoom = new Float64Array(offices);
  for (let o = 0; o < offices; o++) {
    const p = o * KINDS + K_AUDIT;
    const perWeek = s.network.pools[p].onDutyHours(dayStart, dayStart + 7 * 24) / s.network.samplers[p].mean;
    auditRoom[o] = (perWeek / 7) * policy.capacity.auditPlanDays - s.network.pools[p].waiting();
  }
  lodgeDay(s, releaseHours, policy.capacity.queueDiscipline === 'fifo', policy.aeo.queuePriority, auditRoom);

  const pools = s.network.pools;
  for (let p = 0; p < pools.length; p++) s.poolBusyStart[p] = pools[p].busyHours();
  s.network.advanceTo(dayEnd);
  for (let p = 0; p < pools.length; p++) {
    const kind = p % KINDS;
    const busy = pools[p].busyHours() - s.poolBusyStart[p];
    const duty = pools[p].onDutyHours(dayStart, dayEnd);
    acc.c[C_BUSY + kind] += busy;
    acc.c[C_DUTY + kind] += duty;
    // Period-end levels: waiting for a unit, and still on the way (in handling or an earlier stage).
    const arriving = pools[p].arrivingAfter(dayEnd);
    acc.c[C_QUEUE + kind] += pools[p].waiting() - arriving;
    acc.c[C_ARRIVING + kind] += arriving;
    s.poolUtilisation[p] = duty > 0 ? busy / duty : 0;
  }
  acc.c[C_PENDING] = s.pending;
  const officeIds = scenario.offices.map((o) => o.id);
  const behaviour = stepBehaviour(s.behaviour, s.pop, scenario, b, d);
  const daily: DailyKpis = Object.assign(
    summariseKpis(acc, officeIds, behaviour, summariseNetworkDay(s.networks, officeIds), summariseIntelligence(s.intel.day)), { day: d },
  );
  addInto(s.runAcc, acc);
  s.day = d + 1;
  s.lastDay = daily;
  if (s.keepDaily) s.daily.push(daily);
  return daily;
}

/**
 * Inspections a pool can take today beyond those already waiting: what it can start in
 * [from, to), plus `backlogDays` of its average daily capacity over the coming week (weekends
 * without shifts must not release everything lodged on them).
 */
function poolCapacity(s: SimulationState, office: number, kind: number, from: number, to: number, backlogDays: number): number {
  const p = office * KINDS + kind;
  const pool = s.network.pools[p], mean = s.network.samplers[p].mean;
  const backlog = backlogDays > 0 ? (pool.onDutyHours(from, from + 7 * 24) / 7 / mean) * backlogDays : 0;
  return Math.max(0, pool.onDutyHours(from, to) / mean + backlog - pool.waiting());
}
