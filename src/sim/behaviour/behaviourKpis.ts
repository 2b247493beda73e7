import type { BehaviourState } from './behaviourState';
import {
  B_ACTUAL, B_AEO_SUSPENDED, B_APPLICATIONS, B_COST_AEO, B_COST_DETER, B_COST_EASY, B_COST_FORCE, B_COST_HELP, B_DECL,
  B_DECL_AEO, B_DECL_DELIBERATE, B_DECL_VOLUNTARY, B_DOWN_AEO, B_DOWN_DETERRED, B_DOWN_OUTREACH, B_DOWN_TURNOVER, B_EVASIONS,
  B_GRANTED, B_HELP, B_INFILTRATIONS, B_INSPECTIONS, B_PERCEIVED, B_PROSECUTIONS, B_UP_EMBOLDENED, B_UP_TURNOVER,
  B_VALIDATIONS, type BehaviourAccumulator,
} from './behaviourAccumulator';

/** The compliance pyramid and the AEO programme at the end of a period (levels, not sums). */
export interface PopulationKpis {
  /** Importers per tier 1-4 (count; an infiltrated AEO importer counts as tier 4). */ tiers: number[];
  /** Importers holding AEO status (count). */ aeo: number;
  /** AEO applications waiting for a validator (count). */ aeoQueue: number;
  /** AEO validations in progress (count). */ aeoValidating: number;
  /** Importers whose licence is suspended after a prosecution (count). */ suspended: number;
  /** AEO importers whose supply chain a network has infiltrated (count; truth). */ infiltrated: number;
}

/** Moves between tiers in the period, by cause (importers). */
export interface MigrationKpis {
  /** Moves one tier down the pyramid, toward compliance (count). */ towardCompliance: number;
  /** Moves one tier up, away from compliance (count). */ awayFromCompliance: number;
  /** Down: baseline turnover (count). */ turnoverDown: number;
  /** Down: beyond turnover, because perceived risk or peers' compliance rose (count). */ deterred: number;
  /** Down: after an outreach contact (count). */ outreach: number;
  /** Down: a tier-2 applicant fixed its controls in AEO validation (count). */ aeoValidation: number;
  /** Up: baseline turnover (count). */ turnoverUp: number;
  /** Up: beyond turnover, because perceived risk fell or peers cheat more (count). */ emboldened: number;
}

/** Treatments of the pyramid: activity and cost in the period. */
export interface TreatmentKpis {
  /** Outreach contacts (help to comply) (count). */ helpContacts: number;
  /** AEO applications lodged (count). */ aeoApplications: number;
  /** AEO validations and re-validations decided (count). */ aeoValidations: number;
  /** AEO status granted (count). */ aeoGranted: number;
  /** AEO holders suspended after a detected offence or failed re-validation (count). */ aeoSuspended: number;
  /** Prosecutions of tier-4 fraud, each suspending a licence (count). */ prosecutions: number;
  /** Successful network infiltrations of AEO supply chains (count; truth). */ infiltrations: number;
  /** Inspections and audits completed (deter by detection) (count). */ inspections: number;
  /** Cost by treatment, USD: easy (simplified procedures), help, deter (inspections), force (prosecutions), aeo (validations). */
  cost: { easy: number; help: number; deter: number; force: number; aeo: number; total: number };
}

/** How traders respond (issue 4), for a day or the run. */
export interface BehaviourKpis {
  /** Share of declarations lodged by tier 1-2 traders, who do not evade on purpose (fraction). */ voluntaryComplianceRate: number;
  /** Mean perceived detection probability (own selection rate x detection when inspected, as learnt), weighted by declarations (fraction). */ perceivedDetection: number;
  /** Realised detection probability of non-compliance in the lodger's tier, weighted by declarations (fraction). */ actualDetection: number;
  /** Share of tier 3-4 declarations that are compliant: deterrence, to read against perceivedDetection (fraction). */ deliberateCompliance: number;
  /** Share of declarations lodged by AEO holders (fraction). */ aeoShareOfTrade: number;
  /** Tier moves by cause. */ migrations: MigrationKpis;
  /** Treatments: activity and cost. */ treatments: TreatmentKpis;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** The pyramid and AEO levels now. */
export function summarisePopulation(s: BehaviourState, count: number, today: number): PopulationKpis {
  let suspended = 0;
  if (s.anySuspended) for (let t = 0; t < count; t++) if (s.suspendedUntil[t] > today) suspended++;
  return {
    tiers: Array.from(s.tiers), aeo: s.aeoHolders, aeoQueue: s.queueLength, aeoValidating: s.validating, suspended, infiltrated: s.infiltrated,
  };
}

/** Turns behaviour counters into KPIs (see the field docs for units). */
export function summariseBehaviour(acc: BehaviourAccumulator): BehaviourKpis {
  const c = acc.c;
  const cost = { easy: c[B_COST_EASY], help: c[B_COST_HELP], deter: c[B_COST_DETER], force: c[B_COST_FORCE], aeo: c[B_COST_AEO], total: 0 };
  cost.total = cost.easy + cost.help + cost.deter + cost.force + cost.aeo;
  const down = c[B_DOWN_TURNOVER] + c[B_DOWN_DETERRED] + c[B_DOWN_OUTREACH] + c[B_DOWN_AEO];
  return {
    voluntaryComplianceRate: ratio(c[B_DECL_VOLUNTARY], c[B_DECL]),
    perceivedDetection: ratio(c[B_PERCEIVED], c[B_DECL]),
    actualDetection: ratio(c[B_ACTUAL], c[B_DECL]),
    deliberateCompliance: c[B_DECL_DELIBERATE] > 0 ? 1 - c[B_EVASIONS] / c[B_DECL_DELIBERATE] : 1,
    aeoShareOfTrade: ratio(c[B_DECL_AEO], c[B_DECL]),
    migrations: {
      towardCompliance: down, awayFromCompliance: c[B_UP_TURNOVER] + c[B_UP_EMBOLDENED],
      turnoverDown: c[B_DOWN_TURNOVER], deterred: c[B_DOWN_DETERRED], outreach: c[B_DOWN_OUTREACH], aeoValidation: c[B_DOWN_AEO],
      turnoverUp: c[B_UP_TURNOVER], emboldened: c[B_UP_EMBOLDENED],
    },
    treatments: {
      helpContacts: c[B_HELP], aeoApplications: c[B_APPLICATIONS], aeoValidations: c[B_VALIDATIONS], aeoGranted: c[B_GRANTED],
      aeoSuspended: c[B_AEO_SUSPENDED], prosecutions: c[B_PROSECUTIONS], infiltrations: c[B_INFILTRATIONS], inspections: c[B_INSPECTIONS],
      cost,
    },
  };
}

/** One line per behaviour KPI path with its unit, merged into KPI_DOCS for `--help` and CSV readers. */
export const BEHAVIOUR_KPI_DOCS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['willing', 'trying', 'unwilling', 'decided not to comply'].map((name, k) => [
    `population.tiers.${k}`, `Importers in tier ${k + 1} (${name}) of the compliance pyramid at period end (count)`,
  ])),
  'population.aeo': 'Importers holding AEO status at period end (count)',
  'population.aeoQueue': 'AEO applications waiting for a validator at period end (count)',
  'population.aeoValidating': 'AEO validations in progress at period end (count)',
  'population.suspended': 'Importers whose licence is suspended after a prosecution, at period end (count)',
  'population.infiltrated': 'AEO importers whose supply chain a network uses, ground truth, at period end (count)',
  'behaviour.voluntaryComplianceRate': 'Share of declarations lodged by tier 1-2 traders, who do not evade on purpose (fraction)',
  'behaviour.perceivedDetection': 'Mean perceived detection probability: own selection rate x detection when inspected, as traders learnt them, declaration-weighted (fraction)',
  'behaviour.actualDetection': 'Realised share of non-compliant declarations detected in the lodger\'s tier (smoothed; targeting picks evasions more often than a trader\'s average consignment), declaration-weighted (fraction)',
  'behaviour.deliberateCompliance': 'Share of tier 3-4 declarations that are compliant; against perceivedDetection it shows deterrence (fraction)',
  'behaviour.aeoShareOfTrade': 'Share of declarations lodged by AEO holders (fraction)',
  'behaviour.migrations.towardCompliance': 'Importers moving one tier down the pyramid (count)',
  'behaviour.migrations.awayFromCompliance': 'Importers moving one tier up the pyramid (count)',
  'behaviour.migrations.turnoverDown': 'Down moves from baseline turnover (count)',
  'behaviour.migrations.deterred': 'Down moves beyond turnover: perceived risk or peers\' compliance rose (count)',
  'behaviour.migrations.outreach': 'Down moves after an outreach contact (count)',
  'behaviour.migrations.aeoValidation': 'Down moves of tier-2 applicants whose controls AEO validation fixed (count)',
  'behaviour.migrations.turnoverUp': 'Up moves from baseline turnover (count)',
  'behaviour.migrations.emboldened': 'Up moves beyond turnover: perceived risk fell or peers cheat more (count)',
  'behaviour.treatments.helpContacts': 'Outreach contacts, help to comply (count)',
  'behaviour.treatments.aeoApplications': 'AEO applications lodged (count)',
  'behaviour.treatments.aeoValidations': 'AEO validations and re-validations decided (count)',
  'behaviour.treatments.aeoGranted': 'AEO status granted (count)',
  'behaviour.treatments.aeoSuspended': 'AEO holders suspended after an offence or a failed re-validation (count)',
  'behaviour.treatments.prosecutions': 'Prosecutions of tier-4 fraud, each suspending a licence (count)',
  'behaviour.treatments.infiltrations': 'Networks that infiltrated an AEO supply chain, ground truth (count)',
  'behaviour.treatments.inspections': 'Inspections and audits completed: deter by detection (count)',
  'behaviour.treatments.cost.easy': 'Cost of make it easy: simplified procedures (USD)',
  'behaviour.treatments.cost.help': 'Cost of help to comply: outreach contacts (USD)',
  'behaviour.treatments.cost.deter': 'Cost of deter by detection: inspections and audits (USD)',
  'behaviour.treatments.cost.force': 'Cost of full force of the law: prosecutions (USD)',
  'behaviour.treatments.cost.aeo': 'Cost of the AEO programme: validations and re-validations (USD)',
  'behaviour.treatments.cost.total': 'Cost of all treatments (USD)',
};
