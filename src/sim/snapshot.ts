import type { Kpis, DailyKpis, ResourceKindKey } from './kpi/kpiTypes';
import type { Rule, Scenario } from './config/schema';
import type { TargetingCurve } from './kpi/targetingCurve';
import type { ClearanceHistogramView } from './kpi/histogramView';
import type { NetworksSnapshot } from './networks/networkView';
import type { IntelligenceSnapshot } from './intelligence/intelligenceKpis';

/** Version of the snapshot format; bumped when a field changes meaning. */
export const SNAPSHOT_VERSION = 2;

/** One resource queue at an office, at the end of the last simulated day. */
export interface QueueView {
  /** Units on duty per shift (officers, scanners, analysts, teams or auditors). */ readonly units: number;
  /** Declarations waiting for a unit (count; version 1 counted `arriving` here too). */ readonly waiting: number;
  /** Declarations on their way: in handling (positioning, devanning, documents) or still in the stage before (count). */ readonly arriving: number;
  /** Utilisation on the last day (fraction). */ readonly utilisation: number;
}

/** An office of entry with its queues. */
export interface OfficeView {
  /** Office id. */ readonly id: string;
  /** Display name. */ readonly name: string;
  /** Mode. */ readonly mode: string;
  /** Declarations lodged on the last day. */ readonly declarations: number;
  /** Declarations per lane on the last day [green, yellow, red, blue]. */ readonly lanes: readonly number[];
  /** Queues by resource kind. */ readonly queues: Readonly<Record<ResourceKindKey, QueueView>>;
  /**
   * Inspections the lane's first resource could start on the last day [green, yellow, red, blue]
   * (green: unlimited, reported as 0), to compare with `lanes` (expected selection vs capacity).
   */
  readonly laneCapacity: readonly number[];
  /**
   * Mean clearance, hours, of the yellow- and red-lane declarations released at this office on the
   * last day (null when none was): where the handling and the inspections show as delay.
   */
  readonly inspectedHours: { readonly yellow: number | null; readonly red: number | null };
}

/** One importer's profile and history (the declared, observable part plus the hidden tier). */
export interface TraderView {
  /** Importer index. */ readonly importer: number;
  /** Main sector name. */ readonly sector: string;
  /** Main supplier country, ISO code. */ readonly homeOrigin: string;
  /** Modes used. */ readonly modes: readonly string[];
  /** Relative size (declarations relative to the median importer). */ readonly size: number;
  /** Run day it started trading (negative: before the run). */ readonly firstDay: number;
  /** Holds AEO status. */ readonly aeo: boolean;
  /** Usual declarant index. */ readonly declarant: number;
  /** Declarations lodged in the run. */ readonly declarations: number;
  /** Inspections undergone in the run. */ readonly inspections: number;
  /** Offences detected in the run. */ readonly offencesFound: number;
  /** Last day an offence was detected, or -1. */ readonly lastOffenceDay: number;
  /** Recovered duty and penalties paid, USD. */ readonly paid: number;
  /** Hidden truth: compliance tier 1-4. */ readonly tier: number;
  /** Hidden truth: probability that a declaration is non-compliant. */ readonly propensity: number;
  /** Hidden truth: organised network index, or -1. */ readonly network: number;
  /** Hidden: the trader's perceived probability that an evasion is detected (fraction; behaviour on). */ readonly perceivedDetection: number;
  /** AEO programme state: none, queued (applied), validating, holder. */ readonly aeoProgramme: 'none' | 'queued' | 'validating' | 'holder';
}

/** A consignment of the last day, as the UI shows it (declared fields, targeting, outcome, truth). */
export interface ConsignmentView {
  /** Stable id: day * 1e6 + position. */ readonly id: number;
  /** Office index. */ readonly office: number;
  /** Mode name. */ readonly mode: string;
  /** Importer index. */ readonly importer: number;
  /** Declarant index. */ readonly declarant: number;
  /** Declared HS6 code. */ readonly hs6: string;
  /** Declared origin, ISO code. */ readonly origin: string;
  /** Country of departure, ISO code. */ readonly departure: string;
  /** Declared value, USD. */ readonly declaredValue: number;
  /** Declared mass, kg. */ readonly massKg: number;
  /** Arrival, hours since run start. */ readonly arrivalHour: number;
  /** Ids of the indicators that fired. */ readonly indicators: readonly string[];
  /** Risk score, points. */ readonly score: number;
  /** Likelihood 1-5 and consequence 1-5 on the risk matrix. */ readonly matrix: readonly [number, number];
  /** Lane name. */ readonly lane: string;
  /** Selection reasons: targeted, random, top-up, overflow-released, dry-run hit, intelligence. */ readonly reasons: readonly string[];
  /** Outcome: released, pending, clean, hit (detected). */ readonly outcome: 'released' | 'pending' | 'clean' | 'hit';
  /** Hidden truth: offence name ("none" when compliant). */ readonly truthOffence: string;
  /** Hidden truth: duty evaded, USD. */ readonly truthRevenue: number;
}

/** Per-profile performance. */
export interface RuleStats {
  /** Rule id. */ readonly id: string;
  /** Rule name. */ readonly name: string;
  /** Status. */ readonly status: Rule['status'];
  /** Declarations matching the rule on the last day. */ readonly hitsLastDay: number;
  /** Declarations matching the rule over the run. */ readonly hits: number;
  /** Matches that were selected (after selection percent and AEO facilitation). */ readonly selected: number;
  /** Selected declarations whose inspection found an offence. */ readonly detections: number;
  /** Matches that were non-compliant (truth; what a dry run would reveal only in a simulator). */ readonly nonCompliantMatches: number;
}

/** The compliance pyramid: importers per tier and AEO holders. */
export interface PopulationView {
  /** Importers per tier 1-4. */ readonly tiers: readonly number[];
  /** Importers holding AEO status. */ readonly aeo: number;
  /** Organised network fronts. */ readonly networkFronts: number;
}

/** A read-only, serialisable picture of the simulation after the last completed day. */
export interface SimulationSnapshot {
  /** Snapshot format version. */ readonly version: number;
  /** Scenario id. */ readonly scenarioId: string;
  /** Seed of the run. */ readonly seed: number;
  /** Days completed. */ readonly day: number;
  /** Horizon of the scenario, days. */ readonly horizon: number;
  /** KPIs over the run so far. */ readonly kpis: Kpis;
  /** KPIs of the last completed day, or null before the first. */ readonly lastDay: DailyKpis | null;
  /** Offices and their queues. */ readonly offices: readonly OfficeView[];
  /** The trader population. */ readonly population: PopulationView;
  /** Rule performance. */ readonly rules: readonly RuleStats[];
  /** Up to `sampleSize` consignments of the last day. */ readonly sample: readonly ConsignmentView[];
  /** The policy in force (after commands). */ readonly policy: Scenario['policy'];
  /** Detection-versus-inspection-rate curve of the score on the last day's traffic, or null before the first day. */ readonly targetingCurve: TargetingCurve | null;
  /** Clearance-time histograms per lane over the run. */ readonly clearanceHistogram: ClearanceHistogramView;
  /** Organised networks: each one's current choice probabilities and perceived risks (hidden truth), and where they smuggled. */ readonly networks: NetworksSnapshot;
  /** Intelligence tips open now and recently closed, for the app to show. */ readonly intelligence: IntelligenceSnapshot;
}
