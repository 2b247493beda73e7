import { z } from 'zod';
import { behaviourSchema } from '../behaviour/behaviourSchema';
import { networksSchema } from '../networks/networksSchema';
import { intelligenceSchema } from '../intelligence/intelligenceSchema';

/**
 * The scenario format: one JSON document describing the world (offices, traders, economics) and
 * the administration's policy (targeting, lanes, random selection, staffing). The same zod schema
 * validates files at load and generates `schema/scenario.schema.json` for editors.
 *
 * Units are in each field's description; times of day are hours 0-24, service times minutes,
 * handling times hours, money USD, rates fractions (0.05 = 5 %).
 */

/** Current version of the scenario format; files with another version are refused with a message. */
export const SCENARIO_SCHEMA_VERSION = 1;

const fraction = (what: string) => z.number().min(0).max(1).describe(`${what} (fraction 0-1)`);
const hourOfDay = z.number().min(0).max(24);

/** An inspection resource's shift: the hours of the day when its units are on duty. */
export const shiftSchema = z
  .object({
    start: hourOfDay.describe('Shift start, hour of day (0-24)'),
    end: hourOfDay.describe('Shift end, hour of day (0-24), after start'),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] });

/** How long one inspection takes. */
export const serviceTimeSchema = z.strictObject({
  distribution: z.enum(['fixed', 'exponential', 'lognormal']).describe('Service-time distribution'),
  meanMinutes: z.number().positive().max(100000).describe('Mean service time per declaration, minutes'),
  cv: z.number().min(0).max(5).default(0.5).describe('Coefficient of variation (lognormal only)'),
});

/** The resources with handling before them (an image reaches the analysts as it is taken; an audit holds no goods). */
export const HANDLED_RESOURCES = ['documentary', 'scanner', 'physical', 'dog'] as const;

/**
 * What happens to a consignment before an inspection can start and takes none of the inspectors'
 * time: moving a container from the stack to the scanner or the examination shed and devanning it,
 * unloading a truck, pulling a parcel off the sorter, or the trader sending the documents asked for.
 * Domain reference §5.2: trade-side dwell added by an examination is days (US: X-ray 1-3 days,
 * tailgate 2-6, intensive 5-30; clearance 1 day without an inspection, 2 with), while §5.3's
 * officer times are minutes to hours; this is the part of the difference that is not queueing.
 */
export const handlingSchema = z.strictObject({
  distribution: z.enum(['fixed', 'exponential', 'lognormal']).describe('Handling-time distribution'),
  meanHours: z.number().min(0).max(2400).describe('Mean handling time per declaration, hours of elapsed time (0 = none)'),
  cv: z.number().min(0).max(5).default(0.5).describe('Coefficient of variation (lognormal only)'),
}).describe(
  'Handling before the inspection starts (positioning, devanning or unloading the goods, documents from the trader): ' +
  'elapsed time that delays the consignment but takes none of the units\' time. Omitted: none',
);

const weekdaysSchema = z
  .array(z.boolean())
  .length(7)
  .describe('Working days, Monday first (7 booleans)');

const poolBase = {
  shifts: z.array(shiftSchema).min(1).max(4).describe('Shifts per working day; units are on duty in each'),
  weekdays: weekdaysSchema.default([true, true, true, true, true, true, true]),
  service: serviceTimeSchema,
};

const count = (what: string) => z.number().int().min(0).max(10000).describe(what);

/** The inspection resources of one office. A count of 0 means the office has none of that resource. */
export const resourcesSchema = z.strictObject({
  documentary: z.strictObject({ officers: count('Documentary-check officers on duty per shift'), ...poolBase, handling: handlingSchema.optional() }),
  scanner: z.strictObject({
    units: count('NII scanners (X-ray/gamma) in operation per shift'),
    analysts: count('Image analysts on duty per shift; the interpretation bottleneck'),
    ...poolBase,
    handling: handlingSchema.optional(),
    analysis: serviceTimeSchema.describe('Image interpretation time per scan'),
  }),
  physical: z.strictObject({ teams: count('Physical examination teams on duty per shift'), ...poolBase, handling: handlingSchema.optional() }),
  dog: z.strictObject({ teams: count('Detector-dog teams on duty per shift'), ...poolBase, handling: handlingSchema.optional() }),
  audit: z.strictObject({ auditors: count('Post-clearance auditors on duty per shift'), ...poolBase }),
});

/** An office of entry (port, airport, express hub or land border crossing). */
export const officeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,32}$/).describe('Short id: lower-case letters, digits and dashes'),
  name: z.string().min(1).max(80),
  mode: z.enum(['sea', 'air', 'express', 'land']).describe('Mode of transport handled'),
  dailyVolume: z.number().min(0).max(1e6).describe('Mean declarations per working day (weekday factor 1)'),
  weekdayFactors: z
    .array(z.number().min(0).max(5))
    .length(7)
    .describe('Relative volume by weekday, Monday first; 0 = closed'),
  openHours: z
    .object({ start: hourOfDay, end: hourOfDay })
    .refine((h) => h.end > h.start, { message: 'end must be after start', path: ['end'] })
    .describe('Hours of day when consignments are presented'),
  greenReleaseMinutes: z.number().min(0).max(1440).describe('Processing time of a green-lane release, minutes'),
  redScreening: z
    .enum(['none', 'scan', 'dog'])
    .describe('Red lane: examine directly (none), or screen first by NII scan or detector dog and examine on alert'),
  resources: resourcesSchema,
});

/** Compliance-tier shares of the trader population (pyramid, base first). */
export const tierMixSchema = z
  .array(z.number().min(0).max(1))
  .length(4)
  .refine((a) => Math.abs(a[0] + a[1] + a[2] + a[3] - 1) < 1e-6, { message: 'the four shares must sum to 1' })
  .describe('Shares of traders in tiers 1-4: willing, trying, unwilling, deciding not to comply');

/** The trader population. */
export const tradersSchema = z.strictObject({
  importers: z.number().int().min(10).max(2_000_000).describe('Number of importers'),
  declarants: z.number().int().min(1).max(100_000).describe('Number of declarants (customs brokers)'),
  tierMix: tierMixSchema,
  violationProbability: z
    .array(z.number().min(0).max(1))
    .length(4)
    .describe('Mean probability that a declaration of a tier 1-4 trader is non-compliant (fraction)'),
  propensitySpread: z
    .number()
    .min(1)
    .max(1000)
    .describe('Beta concentration of per-trader propensity around the tier mean (higher = less spread)'),
  sizeParetoAlpha: z.number().min(1.05).max(5).describe('Pareto shape of trader size (declarations per year); lower = heavier tail'),
  newTraderShare: fraction('Share of importers that are new (first declaration within the run)'),
  aeoShare: fraction('Share of tier-1 importers, weighted by size, that hold AEO status'),
  networks: z.strictObject({
    count: z.number().int().min(0).max(1000).describe('Organised smuggling networks (tier 4)'),
    membersPerNetwork: z.number().int().min(1).max(200).describe('Importer fronts per network'),
    activity: z.number().min(0).max(50).describe('Declarations of a network front relative to a median importer'),
  }),
});

/** Economic parameters: delay costs and the penalty schedule. */
export const economicsSchema = z.strictObject({
  delayCostPerDay: z
    .object({
      min: z.number().min(0).max(0.1),
      max: z.number().min(0).max(0.1),
    })
    .refine((r) => r.max >= r.min, { message: 'max must be at least min', path: ['max'] })
    .describe('Time cost of delay as a fraction of consignment value per day (Hummels & Schaur 2013: 0.006-0.021)'),
  penaltyMultiple: z
    .strictObject({
      negligence: z.number().min(0).max(20).describe('Multiple of the lost duty for negligence (tiers 1-2)'),
      grossNegligence: z.number().min(0).max(20).describe('Multiple of the lost duty for gross negligence (tier 3)'),
      fraud: z.number().min(0).max(20).describe('Multiple of the lost duty for fraud (tier 4), capped at the consignment value'),
      prohibitedShareOfValue: z.number().min(0).max(5).describe('Penalty for prohibited or counterfeit goods as a share of declared value'),
    })
    .describe('Penalty schedule after 19 USC 1592 and its mitigation guidelines (19 CFR 171 App. B): fraud 5-8x the lost duty'),
});

const offenceRow = (what: string) =>
  z
    .array(z.number().min(0).max(1))
    .length(7)
    .describe(`${what}, by offence: none, undervaluation, misclassification, origin, prohibited/drugs, IPR, excise (fractions)`);

/**
 * Detection by inspection type x offence type (thoroughness). Screening rows give the probability
 * of an alert (the "none" column is the false-alarm rate); the others the probability that the
 * offence is found. Defaults are design assumptions within the domain reference's 0.7-0.95 exam
 * sensitivity (§9) and its note that NII finds concealment, not valuation fraud (§5.3).
 */
export const DEFAULT_DETECTION = {
  documentary: [0, 0.35, 0.55, 0.4, 0.02, 0.1, 0.1],
  scanAlert: [0.05, 0.05, 0.05, 0.02, 0.8, 0.5, 0.75],
  physical: [0, 0.6, 0.8, 0.5, 0.85, 0.9, 0.9],
  dogAlert: [0.03, 0, 0, 0, 0.85, 0.05, 0.3],
  audit: [0, 0.7, 0.75, 0.6, 0, 0.2, 0.3],
};

/** Detection probabilities of each inspection type. */
export const detectionSchema = z.strictObject({
  documentary: offenceRow('Documentary check finds the offence'),
  scanAlert: offenceRow('NII image raises an alert'),
  physical: offenceRow('Physical examination finds the offence'),
  dogAlert: offenceRow('Detector dog alerts'),
  audit: offenceRow('Post-clearance audit finds the offence'),
});

/** How the generator makes indicators informative. */
export const generatorSchema = z.strictObject({
  indicatorLift: z
    .number()
    .min(0)
    .max(5)
    .describe('Scales how much more often indicators fire on non-compliant declarations (0 = not at all, 1 = calibrated default)'),
});

const laneSchema = z.enum(['green', 'yellow', 'red', 'blue']);
const ruleFieldSchema = z.enum([
  'office', 'mode', 'hs6', 'hsChapter', 'origin', 'departure', 'declaredValue', 'unitValueRatio', 'massKg',
  'paymentType', 'consigneeType', 'preferenceClaimed', 'containerType', 'advanceLeadHours', 'parcelItems',
  'descriptionClass', 'transshipped', 'importerTenureDays', 'importerPriorOffences', 'aeo', 'declarant', 'importer',
]);

/** One condition of a profile: an indicator that must fire, or a field compared with values. */
export const conditionSchema = z.union([
  z.strictObject({ indicator: z.string().min(1).describe('Indicator id from the catalogue, e.g. G3'), negate: z.boolean().default(false) }),
  z.strictObject({
    field: ruleFieldSchema,
    op: z.enum(['=', '!=', '<', '<=', '>', '>=', 'in', 'notIn']),
    value: z.union([z.number(), z.string(), z.boolean(), z.array(z.union([z.number(), z.string()]))]),
  }),
]);

/** A selectivity profile (rule): when all its conditions hold it adds a score and/or routes to a lane. */
export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/),
  name: z.string().min(1).max(120),
  owner: z.string().max(80).default('risk-unit'),
  status: z.enum(['active', 'dryRun', 'disabled']).describe('dryRun counts hits without selecting (listing action indicator)'),
  validFrom: z.number().int().min(0).default(0).describe('First day the profile applies (run day, 0-based)'),
  validTo: z.number().int().min(0).nullable().default(null).describe('Last day the profile applies; null = no expiry'),
  conditions: z.array(conditionSchema).min(1).max(16),
  lane: laneSchema.exclude(['green']).nullable().default(null).describe('Lane a hit is routed to (at least), or null'),
  score: z.number().min(-1000).max(1000).default(0).describe('Points added to the risk score on a hit'),
  selectionPercent: z.number().min(0).max(100).default(100).describe('Share of hits actually selected (percent)'),
});

/** The administration's targeting and selection policy. */
export const policySchema = z.strictObject({
  indicatorWeights: z
    .record(z.string(), z.number().min(-100).max(100))
    .describe('Risk-score points per indicator id; indicators not listed weigh 0'),
  thresholds: z
    .object({
      blue: z.number().describe('Score at or above which a declaration goes to post-clearance audit'),
      yellow: z.number().describe('Score at or above which a documentary check is made'),
      red: z.number().describe('Score at or above which a physical examination is made'),
    })
    .describe('Lane thresholds on the weighted risk score (points); red > yellow > blue takes precedence'),
  laneBy: z.enum(['score', 'matrix']).describe('Route by score thresholds, or by the 5x5 likelihood x consequence matrix'),
  matrixLanes: z
    .array(z.array(laneSchema).length(5))
    .length(5)
    .describe('Lane per matrix cell, [likelihood 1-5][consequence 1-5]'),
  likelihoodBands: z
    .array(z.number())
    .length(4)
    .describe('Score cut-offs between likelihood levels 1|2, 2|3, 3|4, 4|5 (points, increasing)'),
  randomRate: fraction('Share of all declarations selected at random for physical examination (compliance measurement)'),
  aeo: z.strictObject({
    facilitation: z.boolean().describe('Apply AEO benefits'),
    selectionMultiplier: fraction('Probability that an AEO declaration selected by targeting is kept (C-TPAT: 4-6x fewer exams)'),
    queuePriority: z.boolean().describe('AEO consignments go ahead of others in inspection queues'),
  }),
  capacity: z.strictObject({
    overflow: z.enum(['wait', 'release']).describe('When selections exceed a day\'s capacity: wait in queue, or release the lowest-risk excess'),
    expectedRates: z
      .object({ red: fraction('Red'), yellow: fraction('Yellow'), blue: fraction('Blue') })
      .describe('Expected selection rates per lane (ASYCUDA MODSEL); shortfalls are topped up from the highest-scoring green declarations; 0 = off'),
    queueDiscipline: z.enum(['fifo', 'priority']).describe('Inspection queue order: arrival, or highest risk first'),
    auditPlanDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(60)
      .describe('Post-clearance audit plan horizon, days: blue declarations beyond what the auditors can reach within it are not audited'),
    maxBacklogDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .default(10)
      .describe(
        'Under the "wait" overflow policy, the longest backlog a documentary or red-lane queue may hold, in days of its average daily capacity: ' +
          'targeted selections beyond it are released, lowest risk first (random selections never are). Design assumption standing for the ' +
          'release deadlines administrations work to (WTO Trade Facilitation Agreement Art. 7.6 asks members to measure and publish release times); ' +
          'it also keeps a run\'s memory bounded by its traffic, not its horizon',
      ),
  }),
  rules: z.array(ruleSchema).max(500),
});

/** A whole scenario file. */
export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION).describe('Scenario format version'),
  id: z.string().regex(/^[a-z0-9-]{1,40}$/).describe('Scenario id: lower-case letters, digits and dashes'),
  name: z.string().min(1).max(120),
  description: z.string().max(4000).default(''),
  days: z.number().int().min(1).max(36500).describe('Default horizon, days'),
  startWeekday: z.number().int().min(0).max(6).describe('Weekday of day 0 (0 = Monday)'),
  offices: z.array(officeSchema).min(1).max(64),
  traders: tradersSchema,
  economics: economicsSchema,
  generator: generatorSchema,
  detection: detectionSchema.default(DEFAULT_DETECTION),
  policy: policySchema,
  networks: networksSchema.prefault({}).describe('How organised smuggling networks adapt office, route, cover and concealment to enforcement (displacement)'),
  intelligence: intelligenceSchema.prefault({}).describe('Intelligence tips about traders, routes and commodities, with reliability and lead time'),
  behaviour: behaviourSchema.prefault({}).describe('Traders who respond to enforcement: decisions, beliefs, tier migration, treatments, AEO programme'),
});

/** A validated scenario. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** A scenario as written in a file, before defaults are filled in. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** An office of entry. */
export type Office = z.infer<typeof officeSchema>;
/** A selectivity profile. */
export type Rule = z.infer<typeof ruleSchema>;
/** A rule condition. */
export type Condition = z.infer<typeof conditionSchema>;
/** The targeting policy. */
export type Policy = z.infer<typeof policySchema>;
/** A lane name. */
export type LaneName = z.infer<typeof laneSchema>;
/** Resource kinds that have queues. */
export type ResourceKind = keyof z.infer<typeof resourcesSchema>;
/** A field a rule condition can test. */
export type RuleField = z.infer<typeof ruleFieldSchema>;
/** The rule fields, for editors and help. */
export const RULE_FIELDS: readonly RuleField[] = ruleFieldSchema.options;
