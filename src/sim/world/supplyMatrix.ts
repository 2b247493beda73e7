import { COUNTRIES } from './countries';
import { SECTORS } from './commodities';

/**
 * Which sectors each country exports: the generator draws origins from it and indicator G7
 * ("origin inconsistent with the commodity") reads it. Sector indices refer to SECTORS:
 * 0 apparel, 1 electronics, 2 machinery, 3 food, 4 beverages/tobacco, 5 chemicals, 6 metals,
 * 7 plastics, 8 toys/household, 9 watches/jewellery, 10 fuel. Illustrative, not trade statistics.
 */
const SUPPLIES: Readonly<Record<string, readonly number[]>> = {
  CN: [0, 1, 2, 5, 6, 7, 8, 9],
  US: [1, 2, 3, 5, 10],
  DE: [2, 4, 5, 6, 7],
  JP: [1, 2, 6, 9],
  KR: [1, 2, 6, 7],
  VN: [0, 1, 3, 8],
  IN: [0, 5, 6, 9],
  TR: [0, 3, 6, 8],
  BR: [3, 6, 10],
  MX: [2, 3, 4],
  CO: [3],
  EC: [3],
  AE: [9, 10],
  SG: [1, 5, 10],
  HK: [1, 9],
  PA: [3],
  MA: [0, 3],
  TH: [1, 3, 7, 8],
  NL: [3, 4, 5],
  NO: [3, 10],
};

/** supplies[country * SECTORS.length + sector] = 1 when the country exports that sector. */
export function createSupplyMatrix(): Uint8Array {
  const m = new Uint8Array(COUNTRIES.length * SECTORS.length);
  COUNTRIES.forEach((c, i) => {
    for (const s of SUPPLIES[c.code] ?? []) m[i * SECTORS.length + s] = 1;
  });
  return m;
}
