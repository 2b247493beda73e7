import { z } from 'zod';

/**
 * The `behaviour` section of a scenario: traders who respond to enforcement (issue 4). Every
 * default carries its basis: a source tag of the domain reference (../shared/reference/domain.md,
 * section and [S#]) or "design assumption" where no public figure exists. Units are in each
 * description; money is USD unless "$k" (thousands of USD), rates are fractions, times are days.
 *
 * Tiers are numbered 1-4 in descriptions (1 willing, 2 trying, 3 unwilling, 4 decided not to
 * comply; domain §1.1 [S7][S8]); arrays indexed by tier list tier 1 first.
 */

const fraction = (what: string) => z.number().min(0).max(1).describe(`${what} (fraction 0-1)`);
const usd = (what: string) => z.number().min(0).max(1e9).describe(`${what} (USD)`);
const days = (what: string, max = 3650) => z.number().int().min(0).max(max).describe(`${what} (days)`);

/** The trader's evasion decision (domain §6.1-6.2, §6.4). */
export const decisionSchema = z.strictObject({
  choiceNoise: z.number().min(0).max(10).default(0.5).describe(
    'Spread of the net benefit of evading across consignments, logit scale, per USD evaded: the probability of evading an opportunity is ' +
    'sigmoid(margin / choiceNoise). 0 = the deterministic Allingham-Sandmo / Becker rule (evade iff the margin is positive). ' +
    'Default 0.5: design assumption giving an elasticity of tier-3 evasion to perceived detection, (1 - p) q (1 + m) / noise, of about ' +
    '-0.5 in the default scenario (q about 0.055, m = 4); certainty deters more than severity, domain §6.1 [S122]'),
  intervalDays: z.number().int().min(1).max(365).default(7).describe(
    'Days between decision passes: beliefs are updated with the period\'s observations and propensities reset; AEO applications and ' +
    're-validations are drawn (a trader\'s decision per period, not per declaration, keeps the cost per declaration small; design ' +
    'assumption). Default 7'),
  moralCost: z.array(z.number().min(-5).max(5)).length(2).default([0.3, -0.6]).describe(
    'Moral and social cost per USD evaded for tiers 3 and 4 (tiers 1-2 do not evade deliberately), used when behaviour is not calibrated ' +
    '(warmupDays 0 or choiceNoise 0); otherwise each trader\'s cost is fitted at the end of the warm-up. Negative = an intrinsic gain beyond the duty ' +
    '(tier 4 "have decided not to comply": contraband margins, business model). Defaults: design assumption; without a moral cost the ' +
    'Allingham-Sandmo rule predicts far more evasion than observed at realistic detection rates (domain §6.1 [S116][S118], §6.4 [S129][S131])'),
  conditionalCooperation: z.number().min(0).max(50).default(2).describe(
    'Conditional cooperation (Traxler, domain §6.4 [S129]): the moral cost per USD falls by this much per unit rise of the share of ' +
    'non-compliant declarations a trader observes in its sector, relative to the share at calibration. Default 2: design assumption'),
  peerHalfLifeDays: z.number().min(1).max(3650).default(30).describe(
    'Half-life of the sector non-compliance share traders observe (exponential smoothing), days. Default 30: design assumption'),
  extraSelection: fraction('Rise of the selection probability a trader expects when it evades (red flags in the declaration); ' +
    'enters the expected delay cost (domain §6.1 customs adaptation [derived]). Default 0.05: design assumption').default(0.05),
  delayDays: z.number().min(0).max(60).default(2).describe(
    'Days of extra dwell an examination costs (domain §5.2: NII 1-3 days, tailgate 2-6 [S104][S105]). Default 2'),
  gainShareOfValue: z.number().min(0.001).max(1).default(0.05).describe(
    'Duty evaded by a typical evasion as a share of the consignment value, used to put the delay cost per USD evaded ' +
    '(duty 5-15 % x hidden share 0.3-0.8; design assumption). Default 0.05'),
});

/** How traders perceive the probability of detection (domain §6.2, §6.3). */
export const beliefsSchema = z.strictObject({
  mode: z.enum(['beta', 'resetDecay', 'fullInformation']).default('beta').describe(
    'beta: Beta(alpha, beta) beliefs over selection and over detection-when-inspected, learnt from own and peers\' outcomes with forgetting ' +
    '(domain §6.3 [design assumption], after [S128]); resetDecay: the NetLogo rule, perceived probability 1 after an own inspection, then ' +
    'down by resetDecayPerPeriod per period to the objective probability (domain §6.2 [S124]); fullInformation: every trader knows the ' +
    'objective detection probability of its tier, its selection rate at lodgement x the exams\' realised sensitivity (the textbook case)'),
  priorSelection: fraction('Prior mean of the selection probability (domain §5.1: 2-5 % physical inspection in developed administrations [S93][S94]). Default 0.05').default(0.05),
  priorDetection: fraction('Prior mean probability that an inspection of an evasive consignment finds it (domain §9: exam sensitivity 0.7-0.95 [S85], ' +
    'lowered for documentary checks; design assumption). Default 0.5').default(0.5),
  priorStrength: z.number().min(0.1).max(10000).default(10).describe('Weight of the prior in pseudo-observations (design assumption). Default 10'),
  selfWeight: z.number().min(0).max(100).default(1).describe('Pseudo-observations per own declaration or inspection (domain §6.3 w_self). Default 1'),
  peerWeight: z.number().min(0).max(100).default(0.3).describe(
    'Pseudo-observations per day from sector peers, at the peers\' rates (domain §6.3: w_net < w_self; Mittone et al. found peers\' audits ' +
    'often ignored [S128]). Default 0.3: design assumption'),
  networkWeight: z.number().min(0).max(100).default(1).describe(
    'Pseudo-observations per consignment of a fellow front of the same organised network (networks share what they learn; design assumption). Default 1'),
  memoryHalfLifeDays: z.number().min(1).max(36500).default(60).describe(
    'Half-life of evidence: beliefs decay toward the prior (NetLogo: subjective p decays to the objective in about five periods, domain §6.2 [S124]; ' +
    'design assumption). Default 60'),
  bombCraterShare: fraction('Share of traders showing the bomb-crater effect: their perceived probability drops after an own inspection ' +
    'selected at random (exogenous selection; domain §6.3, "for example 30 %" [S128]; Kasper & Rablen: the dip follows random, not ' +
    'endogenous, audits [S119]). 0 = off. Default 0.3').default(0.3),
  bombCraterDays: days('How long the bomb-crater dip lasts after a random inspection (design assumption). Default 30', 365).default(30),
  bombCraterFactor: fraction('Perceived probability multiplier during the dip (design assumption). Default 0.5').default(0.5),
  resetValue: fraction('resetDecay mode: perceived probability right after an own inspection (domain §6.2 [S124]: 1). Default 1').default(1),
  resetDecayPerPeriod: fraction('resetDecay mode: drop of the perceived probability per period without inspection (domain §6.2 [S124]: 0.2). Default 0.2').default(0.2),
  resetPeriodDays: z.number().min(1).max(3650).default(30).describe('resetDecay mode: days per NetLogo period (a month of trading; design assumption). Default 30'),
});

/** How tiers move (the pyramid over time). */
export const migrationSchema = z.strictObject({
  turnoverPerYear: z.array(z.number().min(0).max(10)).length(3).default([0.1, 0.1, 0.05]).describe(
    'Share of tiers 2, 3 and 4 (non-network) moving one tier down per year at calibration; the up-moves are set so the pyramid is in balance at ' +
    'calibration, and perceived risk and peers tilt both from there (design assumption; the ATO model moves traders by treatments and experience, domain §1.1 [S9])'),
  riskSensitivity: z.number().min(0).max(20).default(1).describe(
    'Elasticity of the migration hazards to the evasion margin (logit units): up-moves x exp(s z), down-moves x exp(-s z). Default 1: design assumption'),
  intervalDays: z.number().int().min(1).max(365).default(7).describe('Days between migration passes (hazards are per day times the interval). Default 7'),
});

/** The compliance pyramid's treatments (domain §1.1 [S7][S8][S9], §1.1 customs translation [S12]). */
export const treatmentsSchema = z.strictObject({
  easy: z.strictObject({
    simplifiedProcedures: z.boolean().default(false).describe('Make it easy: simplified procedures and client service for all traders'),
    errorReduction: fraction('Cut in tier 1-2 error rates while simplified procedures are in force (design assumption). Default 0.2').default(0.2),
    trustEffect: fraction('Cut in up-the-pyramid moves while in force ("slippery slope" trust, domain §6.4 [S131]; design assumption). Default 0.3').default(0.3),
    costPerYear: usd('Running cost of simplified procedures per year (design assumption). Default 2,000,000').default(2_000_000),
  }).prefault({}).describe('Make it easy (tier 1)'),
  help: z.strictObject({
    reachPerMonth: z.number().min(0).max(1e6).default(0).describe('Help to comply: traders reached per month by outreach, education and advance rulings (0 = off)'),
    focus: z.enum(['all', 'record']).default('record').describe('Whom outreach reaches: any trader at random, or traders with an offence detected in the last year first'),
    errorReduction: fraction('Cut in the error rate of a reached trader (design assumption). Default 0.5').default(0.5),
    promoteProbability: z.array(z.number().min(0).max(1)).length(2).default([0.2, 0.05]).describe(
      'Probability that a contact moves a tier-2 trader to tier 1, and a tier-3 trader to tier 2 (design assumption; ATO help and education, domain §1.1 [S9])'),
    effectHalfLifeDays: z.number().min(1).max(36500).default(365).describe('Half-life of the error reduction after a contact, days (design assumption). Default 365'),
    costPerContact: usd('Cost of one outreach contact (design assumption). Default 500').default(500),
  }).prefault({}).describe('Help to comply (tier 2)'),
  deter: z.strictObject({
    costPerInspection: usd('Cost of one inspection to the administration, for the cost of deterrence (domain §5.2 exam fees $150-350 [S104][S105] as a proxy). Default 300').default(300),
  }).prefault({}).describe('Deter by detection (tier 3): the inspections and audits of the policy'),
  force: z.strictObject({
    prosecution: z.boolean().default(false).describe('Prosecute fraud detected from tier-4 traders: licence suspension; the importer (or a network\'s new front company) ' +
      'trades again as a new importer after it. Default false: the calibrated figures assume administrative penalties only'),
    suspensionDays: days('Licence suspension after a prosecution (design assumption). Default 180').default(180),
    penaltyMultiplier: z.number().min(0).max(20).default(1).describe('Multiplies every penalty of the schedule (economics.penaltyMultiple); traders weigh it in their decision'),
    costPerProsecution: usd('Cost of one prosecution (design assumption). Default 20,000').default(20_000),
  }).prefault({}).describe('Full force of the law (tier 4)'),
});

/** The AEO programme (domain §8). */
export const aeoProgrammeSchema = z.strictObject({
  enabled: z.boolean().default(true).describe('Traders apply for AEO status, are validated, re-validated and suspended on offences'),
  applicationsPerYear: fraction('Share of eligible traders (clean record for a year, tenure) applying per year while AEO facilitation ' +
    '(policy.aeo.facilitation) gives holders a benefit, more for large traders (design assumption). Default 0.03').default(0.03),
  minTenureDays: days('Trading history required to apply (design assumption). Default 365').default(365),
  validationDays: days('Time a validation takes once a validator starts it (design assumption). Default 90', 730).default(90),
  validationCapacity: z.number().int().min(0).max(100000).default(40).describe(
    'Validations the AEO unit can have in progress at once; applications beyond it wait in a first-come queue (design assumption: ' +
    'with 90-day validations, about 160 decisions a year). Default 40'),
  promoteOnValidation: fraction('Probability that a successful tier-2 applicant moves to tier 1: validation vets and fixes its internal ' +
    'controls (compliance recognition, domain §1.1 [S12]; design assumption). Default 0.5').default(0.5),
  passProbability: z.array(z.number().min(0).max(1)).length(4).default([0.95, 0.6, 0.25, 0.1]).describe(
    'Probability that validation grants status, by the applicant\'s true tier 1-4 (validators see part of the truth; design assumption)'),
  revalidationYears: z.number().min(0.1).max(50).default(3).describe('Re-validation interval, years (domain §8: "for example every 3 years"). Default 3'),
  suspensionDays: days('Status suspended after a detected offence before the trader may re-apply (design assumption). Default 365').default(365),
  errorReduction: fraction('Cut in the error rate of AEO holders while facilitation is on (vetted internal controls; design assumption). Default 0.5').default(0.5),
  trustEffect: fraction('Cut in up-the-pyramid moves of AEO holders while facilitation is on (design assumption; domain §6.4 [S131]). Default 0.5').default(0.5),
  infiltrationPerYear: z.number().min(0).max(365).default(0.5).describe(
    'Attempts per network per year to infiltrate a trusted (AEO) supply chain; a success lets the network lodge smuggling under the AEO importer ' +
    '(domain §8: smugglers target trusted carriers [S55][S56]; rate a design assumption). Default 0.5'),
  infiltrationShare: fraction('Share of an infiltrated AEO importer\'s consignments that are non-compliant, with tier-4 offences (smuggled, ' +
    'counterfeit, excise and revenue fraud), until an inspection finds one and the status is suspended; the importer counts as tier 4 ' +
    'meanwhile and keeps its AEO benefits (design assumption). Default 0.2').default(0.2),
  costPerValidation: usd('Cost of one validation or re-validation (design assumption). Default 5,000').default(5_000),
});

/** The behaviour section. */
export const behaviourSchema = z.strictObject({
  enabled: z.boolean().default(false).describe(
    'Traders respond to enforcement (issue 4): decisions, learning, tier migration, treatments and the AEO programme. false = the static ' +
    'model: fixed tiers and propensities, AEO status as drawn (networks and intelligence have their own sections)'),
  warmupDays: days('Days during which traders observe but keep their drawn propensities; at the end their beliefs are set to what the ' +
    'warm-up showed, each trader\'s moral cost is calibrated so that its evasion is continuous, and tier migration is balanced (design ' +
    'assumption: an ABM spin-up). 0 (or decision.choiceNoise 0) = no calibration: decisions from day 0 with decision.moralCost by tier. Default 30').default(30),
  decision: decisionSchema.prefault({}),
  beliefs: beliefsSchema.prefault({}),
  migration: migrationSchema.prefault({}),
  treatments: treatmentsSchema.prefault({}),
  aeoProgramme: aeoProgrammeSchema.prefault({}),
});

/** A validated behaviour section. */
export type BehaviourConfig = z.infer<typeof behaviourSchema>;
/** The treatments, as a command carries them. */
export type TreatmentsConfig = z.infer<typeof treatmentsSchema>;
