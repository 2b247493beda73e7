import type { BehaviourKpis, PopulationKpis } from '../behaviour/behaviourKpis';
import type { NetworkKpis } from '../networks/networkKpis';
import type { IntelligenceKpis } from '../intelligence/intelligenceKpis';

/**
 * Key performance indicators, per day and for the run. Every field carries its unit. Rates are
 * fractions (0.05 = 5 %), money is USD, times are hours. "Hit" means an inspection that found an
 * offence; "detection rate" is the share of all non-compliant declarations that were caught, which
 * only a simulator can know (an administration estimates it from random sampling).
 */
export interface LaneCounts {
  /** Green: released without control. */ green: number;
  /** Yellow: documentary check. */ yellow: number;
  /** Red: physical examination (possibly screened first). */ red: number;
  /** Blue: released, post-clearance audit. */ blue: number;
}

/** Summary of a distribution of clearance times, hours. */
export interface TimeSummary {
  /** Declarations counted. */ count: number;
  /** Mean, hours. */ mean: number;
  /** Median, hours. */ p50: number;
  /** 95th percentile, hours. */ p95: number;
}

/** Releases and mean clearance of one inspected lane at one office. */
export interface OfficeLaneClearance {
  /** Declarations released (count). */ count: number;
  /** Mean clearance, arrival to release, hours (0 with none). */ mean: number;
}

/** A proportion estimated from a sample, with its Wilson 95 % interval. */
export interface ProportionEstimate {
  /** Point estimate (fraction). */ rate: number;
  /** Lower bound of the 95 % interval (fraction). */ low: number;
  /** Upper bound of the 95 % interval (fraction). */ high: number;
  /** Sample size (declarations). */ sample: number;
}

/** Per resource kind: utilisation and queue length. */
export interface ResourceKpi {
  /** Busy unit-hours / on-duty unit-hours over the period (fraction; can exceed 1 with overtime). */ utilisation: number;
  /** Declarations waiting for a unit at the end of the period (count). */ queueLength: number;
  /**
   * Declarations on their way at the end of the period (count): in handling (positioning,
   * devanning, documents from the trader) or still in the stage before; they need a unit later.
   */
  arriving: number;
  /** Inspections started in the period. */ started: number;
}

/** Resource kinds with queues, in KPI order. */
export const RESOURCE_KINDS = ['documentary', 'scan', 'analysis', 'physical', 'dog', 'audit'] as const;
/** A resource kind with a queue. */
export type ResourceKindKey = (typeof RESOURCE_KINDS)[number];

/** The KPI set, for one day or for the whole run. */
export interface Kpis {
  /** Declarations lodged. */ declarations: number;
  /** Declarations per lane as assigned (after selection and capacity matching). */ lanes: LaneCounts;
  /** Lane shares (fraction of declarations). */ inspectionRate: LaneCounts;
  /** Share of declarations physically examined (fraction). */ physicalRate: number;
  /** Inspections selected by targeting (rules, score, top-up). */ targetedInspections: number;
  /** Targeted inspections that found an offence. */ targetedHits: number;
  /** Hit rate of targeted inspections (fraction). */ hitRateTargeted: number;
  /** Inspections selected at random. */ randomInspections: number;
  /** Random inspections that found an offence. */ randomHits: number;
  /** Hit rate of random inspections (fraction). */ hitRateRandom: number;
  /** Targeted hit rate / random hit rate (ratio; 0 when undefined). */ lift: number;
  /** Non-compliant declarations lodged (truth). */ nonCompliant: number;
  /** Non-compliant declarations detected by any inspection. */ detected: number;
  /** Detected / non-compliant (fraction). */ detectionRate: number;
  /** Duty and taxes evaded by non-compliant declarations, USD (truth). */ revenueAtRisk: number;
  /** Evaded duty recovered by inspections and audits, USD. */ revenueRecovered: number;
  /** Revenue at risk not recovered, USD. */ revenueGap: number;
  /** Penalties assessed, USD. */ penalties: number;
  /** Seizures by offence code (index = offence; 0 unused). */ seizures: number[];
  /** Total seizures. */ seizuresTotal: number;
  /** Inspections of compliant declarations (false positives). */ falsePositives: number;
  /** Clearance time (arrival to release) per lane, hours. */ clearance: { green: TimeSummary; yellow: TimeSummary; red: TimeSummary; blue: TimeSummary; all: TimeSummary };
  /**
   * Clearance of the inspected lanes by office id (yellow: documentary check; red: examination with
   * any screening and the handling before it), where an inspection's delay differs most: a day or
   * more at a container port, hours at a road border.
   */
  officeClearance: Record<string, { yellow: OfficeLaneClearance; red: OfficeLaneClearance }>;
  /** Resources by kind. */ resources: Record<ResourceKindKey, ResourceKpi>;
  /** Time cost of delay borne by traders, USD (clearance days x value x the trader's cost per day). */ delayCost: number;
  /** Compliance rate estimated from the random sample (fraction compliant), with its 95 % interval. */ complianceEstimate: ProportionEstimate;
  /** True compliance rate of all declarations (fraction). */ trueComplianceRate: number;
  /** Selected declarations released unexamined because capacity was exceeded (including blue ones beyond the audit plan). */ overflowReleased: number;
  /** Declarations still waiting for an inspection at the end of the period. */ pending: number;
  /** The compliance pyramid and the AEO programme at the end of the period (importers). */ population: PopulationKpis;
  /** How traders responded: compliance, perceived vs realised detection, AEO share, migrations, treatments. */ behaviour: BehaviourKpis;
  /** Where organised networks smuggled: consignments and seizures by office, route and commodity group (displacement). */ networks: NetworkKpis;
  /** Intelligence tips: received, acted on, expired, and the hits of the inspections they fed. */ intelligence: IntelligenceKpis;
}

/** One day's KPIs, tagged with the day. */
export interface DailyKpis extends Kpis {
  /** Run day (0-based). */ day: number;
}
