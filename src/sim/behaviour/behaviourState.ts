import type { Scenario } from '../config/schema';
import type { TraderPopulation } from '../traders/population';
import type { BehaviourConfig } from './behaviourSchema';
import { SECTORS } from '../world/commodities';
import { createBehaviourAccumulator, type BehaviourAccumulator } from './behaviourAccumulator';

/** AEO programme states of a trader. */
export const AEO_NONE = 0, AEO_QUEUED = 1, AEO_VALIDATING = 2, AEO_HOLDER = 3;

/**
 * What traders who respond hold, as one typed array per field indexed by importer (issue 4). The
 * population's own columns (tier, propensity, aeo, firstDay) stay the truth the generator reads:
 * behaviour rewrites them between days, so the per-declaration loop is untouched.
 */
export interface BehaviourState {
  /** The behaviour section in force (treatments change by command). */ config: BehaviourConfig;
  /** Whether traders respond at all; false = static population, KPIs only. */ readonly enabled: boolean;
  /** Run seed (the behaviour stream is `seed|behaviour|day`). */ readonly seed: number;
  /** Whether the warm-up calibration has been done (or is not used). */ calibrated: boolean;
  /** Drawn propensity (tiers 1-2: error rate before treatments; tiers 3-4: evasion at calibration). */ readonly base: Float32Array;
  /** Moral and social cost per USD evaded (calibrated per trader, or by tier). */ readonly moral: Float32Array;
  /** Evasion margin per USD at calibration (reference for migration tilts). */ readonly margin0: Float32Array;
  /** Margin today. */ readonly margin: Float32Array;
  /** Perceived detection probability today (fraction). */ readonly perceived: Float32Array;
  /** Beta belief over own selection: pseudo-counts selected / not selected. */ readonly selA: Float64Array; readonly selB: Float64Array;
  /** Beta belief over detection when inspected: found / not found. */ readonly detA: Float64Array; readonly detB: Float64Array;
  /** resetDecay mode: subjective probability. */ readonly subjective: Float32Array;
  /** pop.declarations at the end of the last decision period: the period's declarations are the difference. */ readonly declSeen: Uint32Array;
  /** Scratch: non-compliant declarations, declarations and selections per tier today. */ readonly offencesToday: Float64Array; readonly tierDeclToday: Float64Array; readonly tierSelToday: Float64Array;
  /** Own inspections of non-compliant consignments, and those that found the offence (cumulative). */ readonly offInsp: Uint32Array; readonly offFound: Uint32Array;
  /** Same, seen at the last pass. */ readonly seenOffInsp: Uint32Array; readonly seenOffFound: Uint32Array;
  /** Inspections finished in the current decision period per trader. */ readonly inspPeriod: Uint32Array;
  /** Declarations selected at lodgement (not green) in the current period, and up to its start. */ readonly selPeriod: Uint32Array; readonly selTotal: Uint32Array;
  /** Importers with an offence detected today (list, with its length). */ hits: Int32Array; hitCount: number;
  /** Importers whose AEO validation is in progress (list of `validating` entries). */ readonly validatingList: Int32Array;
  /** AEO holders and infiltrated chains now (counts kept as they change). */ aeoHolders: number; infiltrated: number;
  /** Whether any licence has been suspended (the daily count is only made then). */ anySuspended: boolean;
  /** Licence suspended (prosecution) until this day, exclusive. */ readonly suspendedUntil: Int32Array;
  /** Last day of an own random inspection (-1e9 = never). */ readonly lastRandom: Int32Array;
  /** 1 when the trader shows the bomb-crater effect. */ readonly crater: Uint8Array;
  /** Last day reached by outreach (-1e9 = never). */ readonly helpDay: Int32Array;
  /** AEO programme state (AEO_*). */ readonly aeoState: Uint8Array;
  /** Day the AEO state was entered (grant day for holders). */ readonly aeoDay: Int32Array;
  /** No AEO application before this day (after a refusal or suspension). */ readonly aeoBlockedUntil: Int32Array;
  /** Tier before a network infiltrated the trader's chain, or 255 = not infiltrated. */ readonly infiltratedTier: Uint8Array;
  /** Applications waiting for a validator (ring buffer of importers). */ readonly queue: Int32Array;
  /** Ring buffer head and length. */ queueHead: number; queueLength: number;
  /** Validations in progress. */ validating: number;
  /** Sector peers: smoothed non-compliance share, and at calibration. */ readonly peerShare: Float64Array; readonly peerShare0: Float64Array;
  /** Sector selections and declarations in the period (summed from the traders' counts at period end). */ readonly sectorSel: Float64Array; readonly sectorDecl: Float64Array;
  /** Sector selections and declarations since the run start (summed at calibration, for warm-up rates). */ readonly sectorSelTotal: Float64Array; readonly sectorDeclTotal: Float64Array;
  /** Smoothed detected and non-compliant counts per tier: the realised detection probability. */ readonly tierFound: Float64Array; readonly tierOffences: Float64Array;
  /** Detected offences per tier today (from the inspection hook). */ readonly tierFoundToday: Float64Array;
  /** Smoothed selections at lodgement and declarations per tier: the objective selection probability. */ readonly tierSel: Float64Array; readonly tierDecl: Float64Array;
  /** Smoothed inspections of non-compliant consignments and those that found it (all tiers): exam sensitivity. */ sensInspected: number; sensFound: number;
  /** Today's inspections of non-compliant consignments, and finds. */ offInspToday: number; offFoundToday: number;
  /** Yearly up-move hazard per tier 1-3 (index 0-2), balanced at calibration. */ readonly upRate: Float64Array;
  /** Inspections finished today (all traders), for the cost of deterrence. */ inspectionsToday: number;
  /** Fractional outreach contacts carried to the next day. */ helpCarry: number;
  /** Day after the last decision pass, and after the last migration pass. */ lastPass: number; lastMigration: number;
  /** Penalty multiplier in force (treatments.force.penaltyMultiplier), read by the penalty schedule. */ penaltyMultiplier: number;
  /** Today's and the run's KPI counters. */ readonly day: BehaviourAccumulator; readonly run: BehaviourAccumulator;
  /** Tier counts at the end of the last day. */ readonly tiers: Float64Array;
}

/** Creates the behaviour state for a population; initial AEO holders get staggered re-validation dates. */
export function createBehaviourState(scenario: Scenario, pop: TraderPopulation, seed: number): BehaviourState {
  const n = pop.count;
  const cfg = scenario.behaviour;
  const f32 = () => new Float32Array(n), f64 = () => new Float64Array(n), i32 = (v: number) => new Int32Array(n).fill(v);
  const s: BehaviourState = {
    config: cfg, enabled: cfg.enabled, seed, calibrated: false,
    base: Float32Array.from(pop.propensity), moral: f32(), margin0: f32(), margin: f32(), perceived: f32(),
    selA: f64(), selB: f64(), detA: f64(), detB: f64(), subjective: f32(),
    declSeen: new Uint32Array(n), offencesToday: new Float64Array(4), tierDeclToday: new Float64Array(4), tierSelToday: new Float64Array(4), offInsp: new Uint32Array(n), offFound: new Uint32Array(n),
    seenOffInsp: new Uint32Array(n), seenOffFound: new Uint32Array(n), inspPeriod: new Uint32Array(n),
    selPeriod: new Uint32Array(n), selTotal: new Uint32Array(n), suspendedUntil: i32(-1e9),
    hits: new Int32Array(64), hitCount: 0, validatingList: new Int32Array(n), aeoHolders: 0, infiltrated: 0, anySuspended: false,
    lastRandom: i32(-1e9), crater: new Uint8Array(n), helpDay: i32(-1e9),
    aeoState: new Uint8Array(n), aeoDay: i32(0), aeoBlockedUntil: i32(-1e9), infiltratedTier: new Uint8Array(n).fill(255),
    queue: new Int32Array(n), queueHead: 0, queueLength: 0, validating: 0,
    peerShare: new Float64Array(SECTORS.length), peerShare0: new Float64Array(SECTORS.length),
    sectorSel: new Float64Array(SECTORS.length), sectorDecl: new Float64Array(SECTORS.length),
    sectorSelTotal: new Float64Array(SECTORS.length), sectorDeclTotal: new Float64Array(SECTORS.length),
    tierFound: new Float64Array(4), tierOffences: new Float64Array(4), tierFoundToday: new Float64Array(4),
    tierSel: new Float64Array(4), tierDecl: new Float64Array(4), sensInspected: 0, sensFound: 0, offInspToday: 0, offFoundToday: 0,
    upRate: new Float64Array(3), inspectionsToday: 0, helpCarry: 0, lastPass: 0, lastMigration: 0,
    penaltyMultiplier: cfg.enabled ? cfg.treatments.force.penaltyMultiplier : 1,
    day: createBehaviourAccumulator(), run: createBehaviourAccumulator(), tiers: new Float64Array(4),
  };
  const b = cfg.beliefs;
  const revalidationDays = Math.max(1, Math.round(cfg.aeoProgramme.revalidationYears * 365));
  for (let t = 0; t < n; t++) {
    s.selA[t] = b.priorSelection * b.priorStrength;
    s.selB[t] = (1 - b.priorSelection) * b.priorStrength;
    s.detA[t] = b.priorDetection * b.priorStrength;
    s.detB[t] = (1 - b.priorDetection) * b.priorStrength;
    s.perceived[t] = b.priorSelection * b.priorDetection;
    s.subjective[t] = s.perceived[t];
    // A fixed share of traders shows the bomb-crater effect: a hash of the index, so no stream is consumed.
    s.crater[t] = hashUnit(seed, t) < b.bombCraterShare ? 1 : 0;
    if (pop.aeo[t] === 1) {
      s.aeoState[t] = AEO_HOLDER;
      s.aeoHolders++;
      s.aeoDay[t] = -Math.floor(hashUnit(seed + 1, t) * revalidationDays);
    }
    s.tiers[pop.tier[t]]++;
  }
  return s;
}

/** A uniform in [0, 1) from a seed and an index (integer hash, Wang/Jenkins style): per-trader constants. */
export function hashUnit(seed: number, i: number): number {
  let h = (Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(seed + 0x7f4a7c15, 0x85ebca6b)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
