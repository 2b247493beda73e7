import { COUNTRIES } from '../world/countries';
import { SECTORS } from '../world/commodities';

/**
 * What an organised network can choose between, by specialty (drugs, counterfeits, excise goods;
 * see NETWORK_SPECIALTIES). Every list is a design assumption shaped by the domain reference:
 * drugs hide in cover loads of produce and in bulk goods (§2.4 L4 [S53][S54]); counterfeits travel
 * as apparel, watches, toys and electronics, and in small parcels (§2.5 [S19][S40]); excise goods
 * hide under fuel, drinks or unrelated goods (§2.1 G18 [S35]).
 */

/** Dimensions of a network's choice, in the order of the learning arrays. */
export const DIMENSIONS = ['office', 'route', 'cover', 'concealment'] as const;
/** Dimension index of the office of entry. */ export const D_OFFICE = 0;
/** Dimension index of the route (direct or via a hub). */ export const D_ROUTE = 1;
/** Dimension index of the commodity cover (sector declared). */ export const D_COVER = 2;
/** Dimension index of the concealment method. */ export const D_CONCEAL = 3;

/** Cover sectors (SECTORS indices) a network of each specialty can declare. */
export const COVER_SECTORS: readonly (readonly number[])[] = [[3, 2, 7], [0, 9, 8, 1], [4, 10, 3, 7]];
/** Most cover options of any specialty. */
export const MAX_COVER = 4;

/**
 * Concealment methods (CONCEALMENTS codes) open to each specialty; each list holds the two methods
 * the population gives the specialty's fronts (NETWORK_CONCEALMENTS), so static networks map onto options.
 */
export const CONCEALMENT_OPTIONS: readonly (readonly number[])[] = [[1, 2, 4], [3, 4, 5], [1, 3, 4]];
/** Most concealment options of any specialty. */
export const MAX_CONCEAL = 3;
/** The concealment code that only works with express parcels (small-parcel structuring). */
export const PARCEL_STRUCTURING = 5;

/**
 * Traces each concealment method leaves in the declaration, as probabilities of
 * [weighed mass deviates (M9), seal mismatch (M7), vague description (G5), document discrepancy
 * (G14), value just below a threshold (G19)], by CONCEALMENTS code (row 0 unused). A false
 * compartment changes the tare; a mixed load needs a vague description; structuring splits goods
 * under the de minimis (design assumption after §2 and Basu's adaptive concealment [S79]).
 */
export const CONCEALMENT_TRACES: readonly (readonly number[])[] = [
  [0, 0, 0, 0, 0],
  [0.5, 0.15, 0.05, 0.05, 0.03],
  [0.1, 0.02, 0.05, 0.1, 0.03],
  [0.15, 0.02, 0.5, 0.3, 0.03],
  [0.25, 0.02, 0.1, 0.1, 0.03],
  [0.03, 0, 0.2, 0.05, 0.6],
];

/** Short keys of the sectors, for KPI records and CSV columns (SECTORS order). */
export const SECTOR_KEYS: readonly string[] = [
  'apparel', 'electronics', 'machinery', 'produce', 'beverages', 'chemicals', 'metals', 'plastics', 'household', 'watches', 'fuel',
];
if (SECTOR_KEYS.length !== SECTORS.length) throw new Error('[sim/networks] SECTOR_KEYS must name every sector');

/** Transshipment hubs, as COUNTRIES indices, in route order (route 0 is direct, route h + 1 via hub h). */
export const HUBS: readonly number[] = COUNTRIES.flatMap((c, i) => (c.transshipmentHub ? [i] : []));

/** Route keys: "direct", then the hubs' ISO codes. */
export const ROUTE_KEYS: readonly string[] = ['direct', ...HUBS.map((h) => COUNTRIES[h].code)];

/** Route index of each country of departure: its hub position + 1, or 0 (direct) for any other country. */
export const ROUTE_OF_DEPARTURE: Uint8Array = Uint8Array.from(COUNTRIES, (_, c) => HUBS.indexOf(c) + 1);
