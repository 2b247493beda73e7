import { OFFENCE_COUNT } from './codes';
import { createAliasTable, type AliasTable } from '../random/aliasTable';

/**
 * Which offence a non-compliant declaration commits, by compliance tier (domain reference §1, §6):
 * tier 2 ("trying") makes errors of classification and value; tier 3 ("unwilling") evades revenue
 * by undervaluation, origin and excise; tier 4 non-network traders add counterfeits; organised
 * networks commit their specialty (see NETWORK_SPECIALTIES). Shares are design assumptions.
 * The generator adapts the goods to the offence: a counterfeit is drawn from the counterfeit-prone
 * commodities, undeclared excise goods hide under the trader's usual goods as cover, and a
 * misclassification with no lower-duty heading to hide under becomes an undervaluation.
 */
const TIER_MIX: readonly (readonly number[])[] = [
  // none, under, misclass, origin, prohibited, IPR, excise
  [0, 0.45, 0.45, 0.1, 0, 0, 0],
  [0, 0.4, 0.4, 0.15, 0, 0, 0.05],
  [0, 0.45, 0.2, 0.2, 0, 0.05, 0.1],
  [0, 0.4, 0.1, 0.15, 0.05, 0.15, 0.15],
];

/** Offence code of each network specialty (drugs, counterfeits, excise goods). */
export const SPECIALTY_OFFENCE: readonly number[] = [4, 5, 6];

/** Alias tables of offence codes per tier (0-3). */
export function createOffenceTables(): AliasTable[] {
  return TIER_MIX.map((row) => {
    if (row.length !== OFFENCE_COUNT) throw new Error('[sim/offenceMix] row length must match OFFENCES');
    return createAliasTable(row);
  });
}
