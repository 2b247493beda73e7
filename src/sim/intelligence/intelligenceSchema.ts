import { z } from 'zod';

/**
 * The `intelligence` section of a scenario, and the tip an instructor injects by command
 * (issue 4 §5). A tip names a trader, a route (office and country of departure) or a commodity at
 * an office; it has a reliability (the probability that it is true), a lead time (days until the
 * consignments it covers arrive) and a window (days it stays valid from then). It feeds a one-off
 * target (the next matching consignments go to the red lane) or a profile (every matching
 * consignment in the window goes red): COMCEC's tactical intelligence, "actionable, time-critical,
 * for a specific consignment" (domain reference §3.1 [S36]); indicator G20, a party or route on a
 * watch list (§2.1 [S36]). Rates and defaults are design assumptions.
 */

/** What a tip feeds: a one-off target or a time-limited profile. */
export const tipActionSchema = z.enum(['target', 'profile']).describe(
  'target: the next `targetCount` matching consignments in the window go to the red lane, then the tip is used; ' +
  'profile: every matching consignment in the window goes to the red lane (a rule with a validity window)');

/** The intelligence stream of a scenario. */
export const intelligenceSchema = z.strictObject({
  enabled: z.boolean().default(true).describe('Tips arrive from their own seeded stream; false = only tips injected by command'),
  tipsPerMonth: z.number().min(0).max(10000).default(8).describe('Tips received per 30 days, Poisson (design assumption). Default 8'),
  reliability: z.number().min(0).max(1).default(0.6).describe(
    'Probability that a generated tip is true: a true tip names a real offender (a tier-4 importer, or the route or goods a network ' +
    'smuggled through lately); a false one names clean traffic (fraction; design assumption). Default 0.6'),
  leadDays: z.strictObject({
    min: z.number().int().min(0).max(365).default(1),
    max: z.number().int().min(0).max(365).default(7),
  }).prefault({}).refine((r) => r.max >= r.min, { message: 'max must be at least min', path: ['max'] })
    .describe('Lead time of a generated tip, uniform whole days in [min, max]: days from receipt until the consignments it covers arrive'),
  windowDays: z.number().int().min(1).max(365).default(14).describe('Days a tip stays valid from its lead time on (design assumption). Default 14'),
  subjects: z.strictObject({
    trader: z.number().min(0).max(1).default(0.6),
    route: z.number().min(0).max(1).default(0.2),
    commodity: z.number().min(0).max(1).default(0.2),
  }).prefault({}).refine((w) => w.trader + w.route + w.commodity > 0, { message: 'at least one weight must be above 0' })
    .describe('Relative frequency of tips about an importer, a route (office and departure) and a commodity at an office (weights)'),
  action: tipActionSchema.default('target'),
  targetCount: z.number().int().min(1).max(1000).default(2).describe('Consignments a one-off target selects before it is used (count). Default 2'),
});

/** A validated intelligence section. */
export type IntelligenceConfig = z.infer<typeof intelligenceSchema>;

/** A tip injected by an instructor (command `injectTip`): the subject's fields name what it points at. */
export const tipInputSchema = z.strictObject({
  subject: z.enum(['trader', 'route', 'commodity']).describe('What the tip is about'),
  importer: z.number().int().min(0).optional().describe('trader: the importer index'),
  office: z.string().min(1).optional().describe('route, commodity: the office id (route: required; commodity: optional, any office when left out)'),
  departure: z.string().min(2).max(2).optional().describe('route: ISO code of the country of departure'),
  hs6: z.string().regex(/^\d{6}$/).optional().describe('commodity: the six-digit HS code declared'),
  reliability: z.number().min(0).max(1).default(1).describe('Stated reliability (fraction); what the tip truly points at decides its hits'),
  leadDays: z.number().int().min(0).max(365).default(0).describe('Days until the consignments it covers arrive'),
  windowDays: z.number().int().min(1).max(365).default(14).describe('Days it stays valid from its lead time on'),
  action: tipActionSchema.default('target'),
  targetCount: z.number().int().min(1).max(1000).default(2).describe('target: consignments it selects (count)'),
  note: z.string().max(200).default('').describe('Free text shown with the tip'),
});

/** An injected tip, validated. */
export type TipInput = z.infer<typeof tipInputSchema>;
