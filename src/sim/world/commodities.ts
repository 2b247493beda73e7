/**
 * The commodity catalogue: HS6 lines grouped into trade sectors, with the duty, price and risk
 * properties that drive declarations and indicators. Duty rates and reference prices are
 * illustrative round figures of the right order, not any tariff's; the risk flags follow the
 * domain reference §2 (G4 high-duty/misclassified headings, G18 excise goods, I4 counterfeit-prone
 * categories — footwear, watches, apparel, electronics, pharma — and L4 perishable cover loads).
 */
export interface Commodity {
  /** Six-digit Harmonized System subheading. */
  readonly hs6: string;
  /** What the goods are. */
  readonly name: string;
  /** Index into {@link SECTORS}. */
  readonly sector: number;
  /** Ad valorem customs duty rate (fraction of customs value). */
  readonly dutyRate: number;
  /** Excise and similar domestic taxes collected at import (fraction of customs value). */
  readonly exciseRate: number;
  /** Median market unit price, USD per kg: the reference for the undervaluation indicator (G3). */
  readonly refPricePerKg: number;
  /** Median consignment mass, kg, for a sea container; other modes scale it. */
  readonly typicalMassKg: number;
  /** Heading frequently misclassified (G4). */
  readonly misclassified: boolean;
  /** High counterfeit risk category (I4). */
  readonly counterfeitProne: boolean;
  /** Perishable: usable as a cover load (L4); high time sensitivity. */
  readonly perishable: boolean;
  /** Index of a similar commodity with a lower duty, the usual target of misclassification. */
  readonly lowerDutyTwin: number;
}

/** Trade sectors (groups of HS chapters) that importers specialise in. */
export const SECTORS: readonly string[] = [
  'Apparel and footwear',
  'Electronics',
  'Machinery and vehicle parts',
  'Fresh produce and food',
  'Beverages and tobacco',
  'Chemicals and pharmaceuticals',
  'Metals',
  'Plastics and rubber',
  'Toys, sports and household',
  'Watches and jewellery',
  'Fuel and energy',
];

/** The catalogue; index order is stable and used in typed arrays and rules. */
export const COMMODITIES: readonly Commodity[] = [
  { hs6: '610910', name: 'T-shirts, cotton, knitted', sector: 0, dutyRate: 0.12, exciseRate: 0, refPricePerKg: 18, typicalMassKg: 6000, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 2 },
  { hs6: '620342', name: "Men's trousers, cotton", sector: 0, dutyRate: 0.12, exciseRate: 0, refPricePerKg: 20, typicalMassKg: 7000, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 2 },
  { hs6: '630900', name: 'Worn clothing', sector: 0, dutyRate: 0.05, exciseRate: 0, refPricePerKg: 1.5, typicalMassKg: 12000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 2 },
  { hs6: '640399', name: 'Footwear, leather uppers', sector: 0, dutyRate: 0.08, exciseRate: 0, refPricePerKg: 35, typicalMassKg: 5000, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 4 },
  { hs6: '640299', name: 'Footwear, rubber or plastics', sector: 0, dutyRate: 0.17, exciseRate: 0, refPricePerKg: 12, typicalMassKg: 6000, misclassified: true, counterfeitProne: true, perishable: false, lowerDutyTwin: 3 },
  { hs6: '851712', name: 'Mobile telephones', sector: 1, dutyRate: 0, exciseRate: 0, refPricePerKg: 900, typicalMassKg: 2000, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 5 },
  { hs6: '852872', name: 'Television receivers', sector: 1, dutyRate: 0.14, exciseRate: 0, refPricePerKg: 25, typicalMassKg: 8000, misclassified: true, counterfeitProne: false, perishable: false, lowerDutyTwin: 7 },
  { hs6: '852852', name: 'Computer monitors', sector: 1, dutyRate: 0, exciseRate: 0, refPricePerKg: 30, typicalMassKg: 8000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 7 },
  { hs6: '850760', name: 'Lithium-ion batteries', sector: 1, dutyRate: 0.027, exciseRate: 0, refPricePerKg: 40, typicalMassKg: 9000, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 8 },
  { hs6: '870899', name: 'Motor vehicle parts', sector: 2, dutyRate: 0.045, exciseRate: 0, refPricePerKg: 9, typicalMassKg: 14000, misclassified: true, counterfeitProne: true, perishable: false, lowerDutyTwin: 10 },
  { hs6: '847130', name: 'Portable computers', sector: 2, dutyRate: 0, exciseRate: 0, refPricePerKg: 250, typicalMassKg: 3000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 10 },
  { hs6: '848180', name: 'Taps, cocks and valves', sector: 2, dutyRate: 0.022, exciseRate: 0, refPricePerKg: 14, typicalMassKg: 12000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 11 },
  { hs6: '080390', name: 'Bananas, fresh', sector: 3, dutyRate: 0.16, exciseRate: 0, refPricePerKg: 0.9, typicalMassKg: 20000, misclassified: false, counterfeitProne: false, perishable: true, lowerDutyTwin: 12 },
  { hs6: '070200', name: 'Tomatoes, fresh', sector: 3, dutyRate: 0.14, exciseRate: 0, refPricePerKg: 1.4, typicalMassKg: 18000, misclassified: false, counterfeitProne: false, perishable: true, lowerDutyTwin: 13 },
  { hs6: '090111', name: 'Coffee, not roasted', sector: 3, dutyRate: 0, exciseRate: 0, refPricePerKg: 4.5, typicalMassKg: 19000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 14 },
  { hs6: '160414', name: 'Prepared tuna', sector: 3, dutyRate: 0.2, exciseRate: 0, refPricePerKg: 6, typicalMassKg: 18000, misclassified: true, counterfeitProne: false, perishable: false, lowerDutyTwin: 14 },
  { hs6: '220421', name: 'Wine in containers <= 2 l', sector: 4, dutyRate: 0.1, exciseRate: 0.3, refPricePerKg: 5, typicalMassKg: 15000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 17 },
  { hs6: '220300', name: 'Beer made from malt', sector: 4, dutyRate: 0.05, exciseRate: 0.2, refPricePerKg: 1.6, typicalMassKg: 18000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 17 },
  { hs6: '240220', name: 'Cigarettes containing tobacco', sector: 4, dutyRate: 0.5, exciseRate: 1.5, refPricePerKg: 40, typicalMassKg: 8000, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 19 },
  { hs6: '240120', name: 'Tobacco, partly stemmed', sector: 4, dutyRate: 0.2, exciseRate: 0.5, refPricePerKg: 6, typicalMassKg: 16000, misclassified: true, counterfeitProne: false, perishable: false, lowerDutyTwin: 19 },
  { hs6: '300490', name: 'Medicaments, packaged', sector: 5, dutyRate: 0, exciseRate: 0, refPricePerKg: 120, typicalMassKg: 3000, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 20 },
  { hs6: '293390', name: 'Heterocyclic compounds', sector: 5, dutyRate: 0.065, exciseRate: 0, refPricePerKg: 60, typicalMassKg: 4000, misclassified: true, counterfeitProne: false, perishable: false, lowerDutyTwin: 22 },
  { hs6: '382499', name: 'Chemical preparations n.e.s.', sector: 5, dutyRate: 0.05, exciseRate: 0, refPricePerKg: 3, typicalMassKg: 16000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 22 },
  { hs6: '721049', name: 'Flat-rolled steel, zinc coated', sector: 6, dutyRate: 0.25, exciseRate: 0, refPricePerKg: 0.9, typicalMassKg: 24000, misclassified: true, counterfeitProne: false, perishable: false, lowerDutyTwin: 24 },
  { hs6: '732690', name: 'Articles of iron or steel', sector: 6, dutyRate: 0.029, exciseRate: 0, refPricePerKg: 4, typicalMassKg: 16000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 24 },
  { hs6: '392690', name: 'Articles of plastics', sector: 7, dutyRate: 0.053, exciseRate: 0, refPricePerKg: 5, typicalMassKg: 9000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 25 },
  { hs6: '401110', name: 'Tyres for motor cars', sector: 7, dutyRate: 0.04, exciseRate: 0, refPricePerKg: 4.5, typicalMassKg: 12000, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 25 },
  { hs6: '950300', name: 'Toys', sector: 8, dutyRate: 0, exciseRate: 0, refPricePerKg: 8, typicalMassKg: 6000, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 27 },
  { hs6: '940360', name: 'Wooden furniture', sector: 8, dutyRate: 0, exciseRate: 0, refPricePerKg: 5, typicalMassKg: 8000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 28 },
  { hs6: '420221', name: 'Handbags, leather', sector: 8, dutyRate: 0.09, exciseRate: 0, refPricePerKg: 80, typicalMassKg: 3000, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 27 },
  { hs6: '910211', name: 'Wrist-watches, electrically operated', sector: 9, dutyRate: 0.064, exciseRate: 0, refPricePerKg: 700, typicalMassKg: 500, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 31 },
  { hs6: '711319', name: 'Jewellery of precious metal', sector: 9, dutyRate: 0.055, exciseRate: 0, refPricePerKg: 3000, typicalMassKg: 200, misclassified: false, counterfeitProne: true, perishable: false, lowerDutyTwin: 31 },
  { hs6: '271019', name: 'Gas oils and fuel oils', sector: 10, dutyRate: 0.02, exciseRate: 0.6, refPricePerKg: 0.8, typicalMassKg: 25000, misclassified: true, counterfeitProne: false, perishable: false, lowerDutyTwin: 33 },
  { hs6: '271012', name: 'Light oils (petrol)', sector: 10, dutyRate: 0.02, exciseRate: 0.8, refPricePerKg: 0.9, typicalMassKg: 25000, misclassified: false, counterfeitProne: false, perishable: false, lowerDutyTwin: 32 },
];

/** Index of an HS6 code in {@link COMMODITIES}, or -1. */
export function findCommodity(hs6: string): number {
  for (let i = 0; i < COMMODITIES.length; i++) if (COMMODITIES[i].hs6 === hs6) return i;
  return -1;
}

/** HS chapter (first two digits) of a commodity, as a number. */
export function chapterOf(commodity: number): number {
  return Number(COMMODITIES[commodity].hs6.slice(0, 2));
}

/** Commodity indices of each sector, precomputed for the generator. */
export function commoditiesBySector(): number[][] {
  const out: number[][] = SECTORS.map(() => []);
  COMMODITIES.forEach((c, i) => out[c.sector].push(i));
  return out;
}
