/**
 * The risk-indicator catalogue, as data. Ids and concepts follow the domain reference §2, which
 * rebuilds the WCO Compendium Volume II structure from public sources (TFA Art. 7.4, CBP ISF 10+2,
 * WCO/ICAO PLACI, FATF/Egmont TBML indicators, OECD/EUIPO, CBP IPR and land material). Each entry
 * is computed from declared fields and the importer's history by `evaluateIndicators`; `bit` is its
 * position in the declaration's indicator bit set (0-31 in indicatorsLo, 32-63 in indicatorsHi).
 */
export interface Indicator {
  /** Catalogue id (G = general, M = maritime, A = air/express, L = land, I = IPR). */
  readonly id: string;
  /** Short name shown in rules and tooltips. */
  readonly name: string;
  /** What fires it, in plain words. */
  readonly test: string;
  /** Modes it applies to. */
  readonly modes: readonly ('sea' | 'air' | 'express' | 'land')[];
  /** Phase of the consignment's life when it can be known. */
  readonly phase: 'pre-arrival' | 'arrival' | 'post-clearance';
  /** The risk areas it points to. */
  readonly riskAreas: readonly string[];
  /** Default weight in the risk score, points (the default scenario's policy uses these). */
  readonly defaultWeight: number;
  /** Source tags of the domain reference. */
  readonly source: string;
}

const ALL = ['sea', 'air', 'express', 'land'] as const;

/** The catalogue, in bit order. */
export const INDICATORS: readonly Indicator[] = [
  { id: 'G1', name: 'New importer', test: 'importer started trading less than 90 days ago', modes: ALL, phase: 'pre-arrival', riskAreas: ['all'], defaultWeight: 8, source: 'S24 S25' },
  { id: 'G2', name: 'Poor compliance record', test: 'importer had an offence detected in the last 365 days', modes: ALL, phase: 'pre-arrival', riskAreas: ['all'], defaultWeight: 20, source: 'TFA 7.4 (S21)' },
  { id: 'G3', name: 'Unit value far below reference', test: 'declared value per kg below 50 % of the commodity reference price', modes: ALL, phase: 'pre-arrival', riskAreas: ['undervaluation'], defaultWeight: 25, source: 'OLAF (S26), WCO valuation (S27)' },
  { id: 'G4', name: 'High-duty or often misclassified heading', test: 'duty rate of 15 % or more, or a heading flagged as often misclassified', modes: ALL, phase: 'pre-arrival', riskAreas: ['classification'], defaultWeight: 6, source: 'S21 S28' },
  { id: 'G5', name: 'Vague goods description', test: 'description is generic ("general merchandise", "parts")', modes: ALL, phase: 'pre-arrival', riskAreas: ['misdescription', 'smuggling'], defaultWeight: 10, source: 'FATF (S23), S25' },
  { id: 'G6', name: 'Description inconsistent with HS code', test: 'goods description does not match the declared heading', modes: ALL, phase: 'pre-arrival', riskAreas: ['classification'], defaultWeight: 20, source: 'FATF (S23)' },
  { id: 'G7', name: 'Origin inconsistent with commodity', test: 'declared origin does not export goods of this sector', modes: ALL, phase: 'pre-arrival', riskAreas: ['origin fraud', 'transshipment'], defaultWeight: 18, source: 'S21 S24' },
  { id: 'G8', name: 'Preference claimed on a risky route', test: 'FTA preference claimed while departure differs from origin or origin is a counterfeit or transshipment hub', modes: ALL, phase: 'pre-arrival', riskAreas: ['origin fraud'], defaultWeight: 18, source: 'S29' },
  { id: 'G9', name: 'Transshipment via a hub', test: 'routed via a transshipment hub or free zone', modes: ALL, phase: 'pre-arrival', riskAreas: ['smuggling', 'origin laundering'], defaultWeight: 8, source: 'S25 S30' },
  { id: 'G10', name: 'Goods outside line of business', test: 'commodity sector differs from the importer\'s usual sector', modes: ALL, phase: 'pre-arrival', riskAreas: ['smuggling', 'TBML'], defaultWeight: 12, source: 'FATF (S23), S31' },
  { id: 'G11', name: 'Residential or PO-box consignee', test: 'consignee address is residential or a PO box', modes: ALL, phase: 'pre-arrival', riskAreas: ['fictitious firm'], defaultWeight: 12, source: 'FATF (S23)' },
  { id: 'G12', name: 'Weak-AML jurisdiction', test: 'origin or departure in a jurisdiction with weak anti-money-laundering controls', modes: ALL, phase: 'pre-arrival', riskAreas: ['TBML'], defaultWeight: 5, source: 'FATF (S23)' },
  { id: 'G13', name: 'Cash or third-party payment', test: 'payment in cash or by a third party', modes: ALL, phase: 'pre-arrival', riskAreas: ['TBML', 'valuation'], defaultWeight: 10, source: 'FATF (S23), S29' },
  { id: 'G14', name: 'Document discrepancies', test: 'invoice, transport document and declaration disagree', modes: ALL, phase: 'arrival', riskAreas: ['misdeclaration'], defaultWeight: 15, source: 'FATF (S23), S32' },
  { id: 'G15', name: 'Implausible declared mass', test: 'mass under 20 % or over 400 % of the typical consignment of these goods', modes: ALL, phase: 'pre-arrival', riskAreas: ['concealment'], defaultWeight: 5, source: 'S25 S33' },
  { id: 'G16', name: 'Unusual or poor-record broker', test: 'declarant is not the importer\'s usual one, or has an offence rate above 5 %', modes: ALL, phase: 'pre-arrival', riskAreas: ['facilitation of fraud'], defaultWeight: 6, source: 'S31' },
  { id: 'G17', name: 'Freight disproportionate to value', test: 'freight and insurance above 25 % of declared value', modes: ALL, phase: 'pre-arrival', riskAreas: ['undervaluation', 'TBML'], defaultWeight: 12, source: 'S34' },
  { id: 'G18', name: 'High-excise goods', test: 'tobacco, alcohol or fuel (excise rate above zero)', modes: ALL, phase: 'pre-arrival', riskAreas: ['revenue', 'smuggling'], defaultWeight: 8, source: 'S35' },
  { id: 'G19', name: 'Value just below a threshold', test: 'declared value sits just below de minimis or a licence threshold', modes: ['air', 'express'], phase: 'pre-arrival', riskAreas: ['threshold evasion'], defaultWeight: 10, source: 'OECD small parcels (S19)' },
  { id: 'M1', name: 'Late or amended advance data', test: 'sea advance data filed less than 24 h before arrival, or amended twice or more', modes: ['sea'], phase: 'pre-arrival', riskAreas: ['all'], defaultWeight: 10, source: 'ISF 10+2 (S38)' },
  { id: 'M3', name: 'Forwarder or "to order" consignee', test: 'consignee is a forwarder/NVOCC or goods are consigned to order', modes: ['sea', 'air'], phase: 'pre-arrival', riskAreas: ['smuggling'], defaultWeight: 6, source: 'CCP (S39)' },
  { id: 'M4', name: 'New shipper-consignee pair', test: 'this shipper-consignee pair was never seen on this lane', modes: ALL, phase: 'pre-arrival', riskAreas: ['smuggling'], defaultWeight: 8, source: 'S24 S39' },
  { id: 'M6', name: 'High-risk port of loading', test: 'departure from a drug-source country or counterfeit hub', modes: ['sea'], phase: 'pre-arrival', riskAreas: ['drugs', 'counterfeits'], defaultWeight: 10, source: 'CCP (S39), OECD routes (S40)' },
  { id: 'M7', name: 'Container or seal number mismatch', test: 'container or seal number on the declaration differs from the B/L', modes: ['sea'], phase: 'arrival', riskAreas: ['smuggling'], defaultWeight: 30, source: 'S32 S41' },
  { id: 'M9', name: 'Weighed mass differs from declared', test: 'weighed gross mass differs from declared by more than 10 %', modes: ['sea', 'land'], phase: 'arrival', riskAreas: ['concealment'], defaultWeight: 20, source: 'S33' },
  { id: 'M11', name: 'Concealment-prone container on risky lane', test: 'reefer, flat-rack or tank container departing a drug source or counterfeit hub', modes: ['sea'], phase: 'pre-arrival', riskAreas: ['drugs'], defaultWeight: 12, source: 'S44' },
  { id: 'M13', name: 'Related-party pricing', test: 'buyer and seller are related parties', modes: ALL, phase: 'post-clearance', riskAreas: ['valuation'], defaultWeight: 6, source: 'WCO valuation (S27)' },
  { id: 'A1', name: 'Missing or incomplete PLACI data', test: 'air or express advance data missing or filed after arrival', modes: ['air', 'express'], phase: 'pre-arrival', riskAreas: ['security', 'smuggling'], defaultWeight: 12, source: 'PLACI 7+1 (S45)' },
  { id: 'A2', name: 'Unknown consignor paying cash', test: 'new importer paying cash or via a third party', modes: ['air', 'express'], phase: 'pre-arrival', riskAreas: ['security', 'smuggling'], defaultWeight: 10, source: 'EU HRCM (S46)' },
  { id: 'A3', name: 'Description implausible for weight', test: 'vague description on an air or express consignment heavier than expected', modes: ['air', 'express'], phase: 'pre-arrival', riskAreas: ['misdescription'], defaultWeight: 8, source: 'S45' },
  { id: 'A5', name: 'Small parcel from counterfeit hub to individual', test: 'express parcel of up to 3 items from a counterfeit hub to a private individual', modes: ['express'], phase: 'arrival', riskAreas: ['counterfeits'], defaultWeight: 12, source: 'OECD/EUIPO (S19, S40)' },
  { id: 'A7', name: 'Brand goods under de minimis', test: 'brand-name description with a value below 150 USD', modes: ['air', 'express'], phase: 'arrival', riskAreas: ['counterfeits', 'undervaluation'], defaultWeight: 12, source: 'S19 S48' },
  { id: 'A8', name: 'Consignee receiving many parcels', test: 'the same importer receives five or more express parcels today', modes: ['express'], phase: 'arrival', riskAreas: ['structuring'], defaultWeight: 6, source: 'OECD small parcels (S19)' },
  { id: 'L1', name: 'Manifest does not match load', test: 'land consignment with missing or mismatching manifest documents', modes: ['land'], phase: 'arrival', riskAreas: ['smuggling'], defaultWeight: 12, source: 'S49 S50' },
  { id: 'L2', name: 'Driver or vehicle anomaly', test: 'carrier or driver new for this importer', modes: ['land'], phase: 'arrival', riskAreas: ['smuggling'], defaultWeight: 12, source: 'S49 S51' },
  { id: 'L4', name: 'Perishable cover load on drug corridor', test: 'fresh produce departing a drug-source country', modes: ['land', 'sea'], phase: 'arrival', riskAreas: ['drugs'], defaultWeight: 15, source: 'S53 S54' },
  { id: 'L5', name: 'Trusted lane used by new carrier', test: 'AEO importer whose carrier or driver is new', modes: ['land'], phase: 'arrival', riskAreas: ['AEO infiltration'], defaultWeight: 10, source: 'S55 S56' },
  { id: 'L6', name: 'Goods under transit', test: 'goods arrive under a transit procedure from another office', modes: ['land'], phase: 'arrival', riskAreas: ['diversion'], defaultWeight: 5, source: 'IMF transit (S57), NCTS (S58)' },
  { id: 'L7', name: 'Sensitive goods in transit', test: 'excise goods under transit', modes: ['land'], phase: 'arrival', riskAreas: ['excise fraud'], defaultWeight: 12, source: 'S57 S35' },
  { id: 'I1', name: 'Brand goods at low unit value', test: 'brand-name description with unit value below 50 % of reference', modes: ALL, phase: 'pre-arrival', riskAreas: ['counterfeits'], defaultWeight: 20, source: 'CBP/OECD (S47, S19)' },
  { id: 'I2', name: 'Counterfeit hub on the route', test: 'origin or departure is a known counterfeit producer or transit point', modes: ALL, phase: 'pre-arrival', riskAreas: ['counterfeits'], defaultWeight: 5, source: 'OECD routes (S40)' },
  { id: 'I3', name: 'Small parcel', test: 'express parcel of ten items or fewer', modes: ['express'], phase: 'arrival', riskAreas: ['counterfeits'], defaultWeight: 1, source: 'OECD/EUIPO (S19, S59)' },
  { id: 'I4', name: 'Counterfeit-prone category', test: 'footwear, apparel, watches, handbags, electronics, pharmaceuticals, toys, tyres', modes: ALL, phase: 'pre-arrival', riskAreas: ['counterfeits'], defaultWeight: 4, source: 'S59 S48' },
  { id: 'I8', name: 'Unbranded, samples or gifts in quantity', test: 'declared as gift, sample or unbranded to a company, over 20 kg', modes: ALL, phase: 'pre-arrival', riskAreas: ['counterfeits'], defaultWeight: 10, source: 'S19 S62' },
];

/** Number of indicators (at most 64: two 32-bit words per declaration). */
export const INDICATOR_COUNT = INDICATORS.length;

/** Bit position of an indicator id, or -1. */
export function findIndicator(id: string): number {
  for (let i = 0; i < INDICATORS.length; i++) if (INDICATORS[i].id === id) return i;
  return -1;
}

/** The default weights as a policy record. */
export function defaultIndicatorWeights(): Record<string, number> {
  return Object.fromEntries(INDICATORS.map((x) => [x.id, x.defaultWeight]));
}

/** True when declaration `i` of `lo`/`hi` has indicator bit `bit` set. */
export function hasIndicator(lo: Uint32Array, hi: Uint32Array, i: number, bit: number): boolean {
  return bit < 32 ? ((lo[i] >>> bit) & 1) === 1 : ((hi[i] >>> (bit - 32)) & 1) === 1;
}
