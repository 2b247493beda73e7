import { z } from 'zod';

/**
 * The `networks` section of a scenario: how organised smuggling networks (the tier-4 fronts of
 * `traders.networks`) adapt where and how they smuggle (issue 4 §3, displacement). Each network
 * keeps a risk estimate per option of four choices (office, route, commodity cover, concealment),
 * learnt from its own inspections and seizures with forgetting, and picks each smuggling
 * consignment's options by a multinomial logit over expected profit (domain reference §6.5: OLAF
 * "Octopus" and ECA 04/2021 show fraud moving to entry points with lighter controls [S26][S89];
 * Tomáš's route planner trades route against interception risk [S133]; Basu documents adaptive
 * concealment [S79]). Money is in thousands of USD ($k); times are days.
 */
export const networksSchema = z.strictObject({
  adaptive: z.boolean().default(true).describe(
    'Networks choose office, route, commodity cover and concealment per smuggling consignment from what they have learnt. ' +
    'false = the static model: they smuggle where the generator puts them'),
  choices: z.strictObject({
    office: z.boolean().default(true).describe('Choose the office of entry among those of the modes the network uses'),
    route: z.boolean().default(true).describe('Choose the route: direct from the origin, or via one of the transshipment hubs'),
    cover: z.boolean().default(true).describe('Choose the commodity cover (the goods declared) among the sectors its specialty can hide in'),
    concealment: z.boolean().default(true).describe('Choose the concealment method, which decides the traces the consignment leaves'),
  }).prefault({}).describe('Which of the four choices adapt; a choice that does not adapt keeps what the generator drew'),
  choiceSensitivity: z.number().min(0).max(50).default(1).describe(
    'Logit sensitivity beta per $k of expected profit: P(option) ~ exp(beta x expected profit) (domain §6.5: beta ~ 1-5 per $k, ' +
    'design assumption). 0 = choose uniformly at random. Default 1'),
  profitPerConsignment: z.number().min(0).max(10000).default(10).describe(
    'Profit of a smuggling consignment that gets through, $k (design assumption). Default 10'),
  lossPerSeizure: z.number().min(0).max(100000).default(30).describe(
    'Loss when a consignment is seized (goods, penalty, arrests), $k (design assumption). Default 30'),
  inspectionWeight: z.number().min(0).max(1).default(0.3).describe(
    'An inspection that finds nothing counts as this share of a seizure in the risk estimate: the network learns the option is ' +
    'watched (fraction; design assumption). Default 0.3'),
  priorRisk: z.number().min(0).max(1).default(0.1).describe(
    'Risk a network assumes before any experience: probability that a consignment is interdicted (fraction; design assumption, ' +
    'near the targeted hit rates of domain §9). Default 0.1'),
  priorStrength: z.number().min(0.1).max(10000).default(5).describe(
    'Weight of the network\'s overall risk in each option\'s estimate, in pseudo-consignments (design assumption). Default 5'),
  memoryHalfLifeDays: z.number().min(1).max(36500).default(30).describe(
    'Half-life of what a network remembers about an option, days (design assumption; profiles are reviewed within weeks, domain §3.5). Default 30'),
});

/** A validated networks section. */
export type NetworksConfig = z.infer<typeof networksSchema>;
