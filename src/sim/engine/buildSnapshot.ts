import type { SimulationState } from './simulationState';
import type { ConsignmentView, OfficeView, QueueView, RuleStats, SimulationSnapshot } from '../snapshot';
import { SNAPSHOT_VERSION } from '../snapshot';
import { RESOURCE_KINDS, type Kpis, type ResourceKindKey } from '../kpi/kpiTypes';
import { summariseKpis } from '../kpi/summariseKpis';
import { summariseBehaviourRun } from '../behaviour/stepBehaviour';
import { summariseNetworkCounts } from '../networks/networkKpis';
import { viewNetworks } from '../networks/networkView';
import { summariseIntelligence, viewIntelligence } from '../intelligence/intelligenceKpis';
import { computeTargetingCurve } from '../kpi/targetingCurve';
import { viewClearanceHistogram } from '../kpi/histogramView';
import { KINDS } from '../inspection/inspectionNetwork';
import { INDICATORS } from '../indicators/catalogue';
import { COMMODITIES } from '../world/commodities';
import { COUNTRIES } from '../world/countries';
import { LANES, MODES, OFFENCES, REASON_DRYRUN_HIT, REASON_INTEL, REASON_OVERFLOW_RELEASED, REASON_RANDOM, REASON_TARGETED, REASON_TOPUP } from '../declarations/codes';

const OUTCOMES = ['released', 'pending', 'clean', 'hit'] as const;
const REASONS: readonly [number, string][] = [
  [REASON_TARGETED, 'targeted'], [REASON_RANDOM, 'random'], [REASON_TOPUP, 'top-up'],
  [REASON_OVERFLOW_RELEASED, 'overflow-released'], [REASON_DRYRUN_HIT, 'dry-run hit'], [REASON_INTEL, 'intelligence'],
];

/** An office's mean yellow- and red-lane clearance of the last day, null for a lane with no release. */
function inspectedHoursOf(day: Kpis['officeClearance'][string] | undefined): OfficeView['inspectedHours'] {
  return { yellow: day && day.yellow.count > 0 ? day.yellow.mean : null, red: day && day.red.count > 0 ? day.red.mean : null };
}

/** Builds a snapshot: fresh plain objects only, so callers can keep, send or freeze it. */
export function buildSnapshot(s: SimulationState, sampleSize: number): SimulationSnapshot {
  const officeIds = s.scenario.offices.map((o) => o.id);
  const offices: OfficeView[] = s.scenario.offices.map((o, k) => {
    const queues = {} as Record<ResourceKindKey, QueueView>;
    RESOURCE_KINDS.forEach((kind, j) => {
      const p = k * KINDS + j;
      const pool = s.network.pools[p], arriving = pool.arrivingAfter(s.day * 24);
      queues[kind] = { units: s.network.units[p], waiting: pool.waiting() - arriving, arriving, utilisation: s.poolUtilisation[p] };
    });
    return {
      id: o.id, name: o.name, mode: o.mode, declarations: s.officeDeclarations[k],
      lanes: Array.from(s.officeLanes.subarray(k * 4, k * 4 + 4)), queues,
      laneCapacity: Array.from(s.laneCapacity.subarray(k * 4, k * 4 + 4), Math.floor),
      inspectedHours: inspectedHoursOf(s.lastDay?.officeClearance[o.id]),
    };
  });
  const tiers = [0, 0, 0, 0];
  let aeo = 0, fronts = 0;
  for (let t = 0; t < s.pop.count; t++) {
    tiers[s.pop.tier[t]]++;
    aeo += s.pop.aeo[t];
    if (s.pop.network[t] >= 0) fronts++;
  }
  const rules: RuleStats[] = s.scenario.policy.rules.map((r) => {
    const slot = s.registry.slotOf(r.id);
    const reg = s.registry;
    return {
      id: r.id, name: r.name, status: r.status, hitsLastDay: reg.hitsLastDay[slot], hits: reg.hits[slot],
      selected: reg.selected[slot], detections: reg.detections[slot], nonCompliantMatches: reg.nonCompliant[slot],
    };
  });
  return {
    version: SNAPSHOT_VERSION,
    scenarioId: s.scenario.id,
    seed: s.seed,
    day: s.day,
    horizon: s.scenario.days,
    kpis: summariseKpis(
      s.runAcc, officeIds, summariseBehaviourRun(s.behaviour, s.pop, s.day), summariseNetworkCounts(s.networks.run, officeIds), summariseIntelligence(s.intel.run),
    ),
    lastDay: s.lastDay === null ? null : JSON.parse(JSON.stringify(s.lastDay)),
    offices,
    population: { tiers, aeo, networkFronts: fronts },
    rules,
    sample: s.day > 0 ? sampleConsignments(s, sampleSize) : [],
    policy: JSON.parse(JSON.stringify(s.scenario.policy)),
    targetingCurve: s.day > 0 ? computeTargetingCurve(s.buffer) : null,
    clearanceHistogram: viewClearanceHistogram(s.runAcc),
    networks: viewNetworks(s.networks, officeIds),
    intelligence: viewIntelligence(s.intel, officeIds),
  };
}

/** An even spread of the last day's consignments (every k-th), so each office and hour is represented. */
function sampleConsignments(s: SimulationState, size: number): ConsignmentView[] {
  const b = s.buffer, out: ConsignmentView[] = [];
  const n = b.count, take = Math.min(size, n);
  for (let j = 0; j < take; j++) {
    const i = Math.floor((j * n) / take);
    const indicators: string[] = [];
    for (let bit = 0; bit < INDICATORS.length; bit++) {
      const on = bit < 32 ? (b.indicatorsLo[i] >>> bit) & 1 : (b.indicatorsHi[i] >>> (bit - 32)) & 1;
      if (on) indicators.push(INDICATORS[bit].id);
    }
    out.push({
      id: b.day * 1e6 + i, office: b.office[i], mode: MODES[b.mode[i]], importer: b.importer[i], declarant: b.declarant[i],
      hs6: COMMODITIES[b.commodity[i]].hs6, origin: COUNTRIES[b.origin[i]].code, departure: COUNTRIES[b.departure[i]].code,
      declaredValue: b.declaredValue[i], massKg: b.massKg[i], arrivalHour: b.arrivalHour[i], indicators,
      score: b.score[i], matrix: [b.likelihood[i], b.consequence[i]], lane: LANES[b.lane[i]],
      reasons: REASONS.filter(([bit]) => (b.reason[i] & bit) !== 0).map(([, name]) => name),
      outcome: OUTCOMES[b.outcome[i]], truthOffence: OFFENCES[b.truthOffence[i]], truthRevenue: b.truthRevenue[i],
    });
  }
  return out;
}
