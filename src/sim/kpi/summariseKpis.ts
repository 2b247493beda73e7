import type { Kpis, OfficeLaneClearance, ResourceKpi, ResourceKindKey, TimeSummary } from './kpiTypes';
import { RESOURCE_KINDS } from './kpiTypes';
import { HISTOGRAM_BINS, histogramQuantile } from './clearanceHistogram';
import { wilsonInterval } from './wilsonInterval';
import {
  C_BUSY, C_CLR_N, C_CLR_SUM, C_DECL, C_DELAY, C_DETECTED, C_DUTY, C_FALSEPOS, C_LANE, C_NONCOMP, C_OVERFLOW, C_PENALTY,
  C_ARRIVING, C_PENDING, C_PHYSICAL, C_QUEUE, C_REV_REC, C_REV_RISK, C_RND, C_RND_HIT, C_SEIZ, C_STARTED, C_TGT, C_TGT_HIT,
  type KpiAccumulator,
} from './kpiAccumulator';
import { OFFENCE_COUNT } from '../declarations/codes';
import type { BehaviourKpiBlock } from '../behaviour/stepBehaviour';
import type { NetworkKpis } from '../networks/networkKpis';
import type { IntelligenceKpis } from '../intelligence/intelligenceKpis';

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

function timeSummary(acc: KpiAccumulator, lane: number): TimeSummary {
  const n = acc.c[C_CLR_N + lane];
  return {
    count: n,
    mean: ratio(acc.c[C_CLR_SUM + lane], n),
    p50: histogramQuantile(acc.hist, lane * HISTOGRAM_BINS, 0.5),
    p95: histogramQuantile(acc.hist, lane * HISTOGRAM_BINS, 0.95),
  };
}

/** Yellow- and red-lane clearance of each office, keyed by office id. */
function officeClearance(acc: KpiAccumulator, officeIds: readonly string[]): Kpis['officeClearance'] {
  const lane = (k: number): OfficeLaneClearance => ({ count: acc.office[k + 1], mean: ratio(acc.office[k], acc.office[k + 1]) });
  const out: Kpis['officeClearance'] = {};
  officeIds.forEach((id, o) => { out[id] = { yellow: lane(o * 4), red: lane(o * 4 + 2) }; });
  return out;
}

/**
 * Turns counters into the KPI record (see kpiTypes.ts for the meaning and unit of each field), with
 * the period's trader-behaviour block (pyramid, responses, treatments), networks and intelligence
 * blocks appended. One literal: a record spread into another (to add blocks) is copied property by property.
 */
export function summariseKpis(acc: KpiAccumulator, officeIds: readonly string[], behaviour: BehaviourKpiBlock, networks: NetworkKpis, intelligence: IntelligenceKpis): Kpis {
  const c = acc.c;
  const decl = c[C_DECL];
  const lanes = { green: c[C_LANE], yellow: c[C_LANE + 1], red: c[C_LANE + 2], blue: c[C_LANE + 3] };
  const hitRateTargeted = ratio(c[C_TGT_HIT], c[C_TGT]);
  const hitRateRandom = ratio(c[C_RND_HIT], c[C_RND]);
  const seizures: number[] = [];
  let seizuresTotal = 0;
  for (let o = 0; o < OFFENCE_COUNT; o++) { seizures.push(c[C_SEIZ + o]); seizuresTotal += c[C_SEIZ + o]; }
  const resources = {} as Record<ResourceKindKey, ResourceKpi>;
  RESOURCE_KINDS.forEach((kind, k) => {
    resources[kind] = { utilisation: ratio(c[C_BUSY + k], c[C_DUTY + k]), queueLength: c[C_QUEUE + k], arriving: c[C_ARRIVING + k], started: c[C_STARTED + k] };
  });
  const estimate = wilsonInterval(c[C_RND] - c[C_RND_HIT], c[C_RND]);
  return {
    declarations: decl,
    lanes,
    inspectionRate: { green: ratio(lanes.green, decl), yellow: ratio(lanes.yellow, decl), red: ratio(lanes.red, decl), blue: ratio(lanes.blue, decl) },
    physicalRate: ratio(c[C_PHYSICAL], decl),
    targetedInspections: c[C_TGT],
    targetedHits: c[C_TGT_HIT],
    hitRateTargeted,
    randomInspections: c[C_RND],
    randomHits: c[C_RND_HIT],
    hitRateRandom,
    lift: hitRateRandom > 0 ? hitRateTargeted / hitRateRandom : 0,
    nonCompliant: c[C_NONCOMP],
    detected: c[C_DETECTED],
    detectionRate: ratio(c[C_DETECTED], c[C_NONCOMP]),
    revenueAtRisk: c[C_REV_RISK],
    revenueRecovered: c[C_REV_REC],
    revenueGap: Math.max(0, c[C_REV_RISK] - c[C_REV_REC]),
    penalties: c[C_PENALTY],
    seizures,
    seizuresTotal,
    falsePositives: c[C_FALSEPOS],
    clearance: { green: timeSummary(acc, 0), yellow: timeSummary(acc, 1), red: timeSummary(acc, 2), blue: timeSummary(acc, 3), all: timeSummary(acc, 4) },
    officeClearance: officeClearance(acc, officeIds),
    resources,
    delayCost: c[C_DELAY],
    complianceEstimate: estimate,
    trueComplianceRate: decl > 0 ? 1 - c[C_NONCOMP] / decl : 1,
    overflowReleased: c[C_OVERFLOW],
    pending: c[C_PENDING],
    population: behaviour.population,
    behaviour: behaviour.behaviour,
    networks,
    intelligence,
  };
}
