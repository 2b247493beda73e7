/**
 * The countries of origin and departure the generator draws from. The flags describe the roles a
 * country plays in risk analysis (domain reference §2: OECD/EUIPO counterfeit routes, CCP drug-source
 * ports, transshipment hubs, FATF weak-AML jurisdictions); the country set itself is illustrative,
 * not a statement about any real country.
 */
export interface Country {
  /** ISO 3166-1 alpha-2 code; what rules and scenario files use. */
  readonly code: string;
  /** Display name. */
  readonly name: string;
  /** Share of world supply this country contributes to the generator (relative weight). */
  readonly supplyWeight: number;
  /** Known producer or transit point of counterfeit goods (indicators I2, A5). */
  readonly counterfeitHub: boolean;
  /** Drug-source or drug-transit country (indicator M6, L4). */
  readonly drugSource: boolean;
  /** Transshipment hub or free-trade-zone country (indicator G9). */
  readonly transshipmentHub: boolean;
  /** Preferential-origin (free trade agreement) partner of the importing administration (G8). */
  readonly ftaPartner: boolean;
  /** Jurisdiction with weak anti-money-laundering controls (G12). */
  readonly weakAml: boolean;
}

/** The catalogue; index order is stable and used in typed arrays. */
export const COUNTRIES: readonly Country[] = [
  { code: 'CN', name: 'China', supplyWeight: 30, counterfeitHub: true, drugSource: false, transshipmentHub: false, ftaPartner: false, weakAml: false },
  { code: 'US', name: 'United States', supplyWeight: 10, counterfeitHub: false, drugSource: false, transshipmentHub: false, ftaPartner: true, weakAml: false },
  { code: 'DE', name: 'Germany', supplyWeight: 8, counterfeitHub: false, drugSource: false, transshipmentHub: false, ftaPartner: true, weakAml: false },
  { code: 'JP', name: 'Japan', supplyWeight: 6, counterfeitHub: false, drugSource: false, transshipmentHub: false, ftaPartner: true, weakAml: false },
  { code: 'KR', name: 'Korea', supplyWeight: 5, counterfeitHub: false, drugSource: false, transshipmentHub: false, ftaPartner: true, weakAml: false },
  { code: 'VN', name: 'Viet Nam', supplyWeight: 6, counterfeitHub: false, drugSource: false, transshipmentHub: false, ftaPartner: true, weakAml: false },
  { code: 'IN', name: 'India', supplyWeight: 5, counterfeitHub: false, drugSource: false, transshipmentHub: false, ftaPartner: false, weakAml: false },
  { code: 'TR', name: 'Türkiye', supplyWeight: 3, counterfeitHub: true, drugSource: false, transshipmentHub: false, ftaPartner: true, weakAml: false },
  { code: 'BR', name: 'Brazil', supplyWeight: 3, counterfeitHub: false, drugSource: false, transshipmentHub: false, ftaPartner: false, weakAml: false },
  { code: 'MX', name: 'Mexico', supplyWeight: 3, counterfeitHub: false, drugSource: true, transshipmentHub: false, ftaPartner: true, weakAml: false },
  { code: 'CO', name: 'Colombia', supplyWeight: 1.5, counterfeitHub: false, drugSource: true, transshipmentHub: false, ftaPartner: false, weakAml: false },
  { code: 'EC', name: 'Ecuador', supplyWeight: 1.5, counterfeitHub: false, drugSource: true, transshipmentHub: false, ftaPartner: false, weakAml: false },
  { code: 'AE', name: 'United Arab Emirates', supplyWeight: 2, counterfeitHub: true, drugSource: false, transshipmentHub: true, ftaPartner: false, weakAml: true },
  { code: 'SG', name: 'Singapore', supplyWeight: 3, counterfeitHub: false, drugSource: false, transshipmentHub: true, ftaPartner: true, weakAml: false },
  { code: 'HK', name: 'Hong Kong, China', supplyWeight: 3, counterfeitHub: true, drugSource: false, transshipmentHub: true, ftaPartner: false, weakAml: false },
  { code: 'PA', name: 'Panama', supplyWeight: 0.5, counterfeitHub: false, drugSource: true, transshipmentHub: true, ftaPartner: false, weakAml: true },
  { code: 'MA', name: 'Morocco', supplyWeight: 1, counterfeitHub: false, drugSource: true, transshipmentHub: false, ftaPartner: true, weakAml: false },
  { code: 'TH', name: 'Thailand', supplyWeight: 3, counterfeitHub: true, drugSource: false, transshipmentHub: false, ftaPartner: false, weakAml: false },
  { code: 'NL', name: 'Netherlands', supplyWeight: 3, counterfeitHub: false, drugSource: false, transshipmentHub: true, ftaPartner: true, weakAml: false },
  { code: 'NO', name: 'Norway', supplyWeight: 1, counterfeitHub: false, drugSource: false, transshipmentHub: false, ftaPartner: true, weakAml: false },
];

/** Index of a country code in {@link COUNTRIES}, or -1. */
export function findCountry(code: string): number {
  for (let i = 0; i < COUNTRIES.length; i++) if (COUNTRIES[i].code === code) return i;
  return -1;
}

/** Per-country flag columns as typed arrays, precomputed once for the hot loops. */
export interface CountryTable {
  readonly counterfeitHub: Uint8Array;
  readonly drugSource: Uint8Array;
  readonly transshipmentHub: Uint8Array;
  readonly ftaPartner: Uint8Array;
  readonly weakAml: Uint8Array;
}

/** Builds the flag columns of {@link COUNTRIES}. */
export function createCountryTable(): CountryTable {
  const n = COUNTRIES.length;
  const col = (pick: (c: Country) => boolean): Uint8Array => {
    const a = new Uint8Array(n);
    for (let i = 0; i < n; i++) a[i] = pick(COUNTRIES[i]) ? 1 : 0;
    return a;
  };
  return {
    counterfeitHub: col((c) => c.counterfeitHub),
    drugSource: col((c) => c.drugSource),
    transshipmentHub: col((c) => c.transshipmentHub),
    ftaPartner: col((c) => c.ftaPartner),
    weakAml: col((c) => c.weakAml),
  };
}
