import type { Scenario } from '../config/schema';
import type { TraderPopulation } from '../traders/population';
import type { GeneratorContext } from '../declarations/generatorContext';
import type { NetworksConfig } from './networksSchema';
import { COMMODITIES, SECTORS } from '../world/commodities';
import { OFF_IPR } from '../declarations/codes';
import { CONCEALMENT_OPTIONS, COVER_SECTORS, MAX_CONCEAL, MAX_COVER, ROUTE_KEYS } from './networkOptions';

/** Recent smuggling consignments remembered for learning from their outcomes (a ring). */
export const RING_SIZE = 4096;
/**
 * Ring fields per consignment: network, then the option chosen per dimension (office, route,
 * cover, concealment; -1 when not among the options), then sector, departure country and
 * commodity as declared.
 */
export const RING_FIELDS = 8;

/**
 * What the organised networks know and did: per network and option, the consignments sent
 * (exposure) and the interdictions suffered (loss), both fading with the memory half-life; today's
 * choice weights; a ring of recent smuggling consignments so that an inspection ending days later
 * can be credited to the options it used; and the counts behind the displacement KPIs.
 * All per-entity data sits in typed arrays indexed [network * stride + option].
 */
export interface NetworkState {
  /** Live configuration (commands replace it). */ config: NetworksConfig;
  /** Run seed. */ readonly seed: number;
  /** Number of networks. */ readonly count: number;
  /** Options per dimension (office, route, cover, concealment): the stride of that dimension's arrays. */ readonly stride: Int32Array;
  /** Per dimension: 1 where network n may use option j. */ readonly allowed: readonly Uint8Array[];
  /** Per dimension: consignments sent with the option (faded). */ readonly exposure: readonly Float64Array[];
  /** Per dimension: seizures plus weighted clean inspections of consignments with the option (faded). */ readonly loss: readonly Float64Array[];
  /** Per dimension: today's unnormalised choice weights exp(beta x expected profit). */ readonly weight: readonly Float64Array[];
  /** Per network: consignments and losses over all options (faded), for the pooled prior. */ readonly totalExposure: Float64Array; readonly totalLoss: Float64Array;
  /** Cover sector of option j of network n [n * MAX_COVER + j], or -1. */ readonly coverSector: Int16Array;
  /** Commodities a cover option can declare, flattened [start[n * MAX_COVER + j] .. start[... + 1]). */ readonly coverCommodities: Int32Array;
  /** Offsets into coverCommodities (length count * MAX_COVER + 1). */ readonly coverStart: Int32Array;
  /** Sector of each commodity (COMMODITIES order). */ readonly sectorOf: Uint8Array;
  /** Concealment code of option j of network n [n * MAX_CONCEAL + j], or 0. */ readonly concealCode: Uint8Array;
  /** Ring: global declaration id (day * DAY_ID_SPAN + position). */ readonly ringId: Float64Array;
  /** Ring: RING_FIELDS values per slot [slot * RING_FIELDS + field]. */ readonly ringChoice: Int16Array;
  /** Ring: next slot to write. */ ringHead: number;
  /** Ring: consignments written so far. */ ringWritten: number;
  /** Smuggling consignments of the day by office, route and cover sector. */ readonly day: NetworkCounts;
  /** The same over the run. */ readonly run: NetworkCounts;
}

/** Smuggling consignments and seizures by office, route and commodity group. */
export interface NetworkCounts {
  /** Consignments by office. */ readonly byOffice: Float64Array;
  /** Consignments by route (ROUTE_KEYS). */ readonly byRoute: Float64Array;
  /** Consignments by sector of the goods declared (SECTORS). */ readonly bySector: Float64Array;
  /** Seizures by office. */ readonly seizedByOffice: Float64Array;
  /** Seizures by route. */ readonly seizedByRoute: Float64Array;
  /** Seizures by sector declared. */ readonly seizedBySector: Float64Array;
}

function createCounts(offices: number): NetworkCounts {
  return {
    byOffice: new Float64Array(offices), byRoute: new Float64Array(ROUTE_KEYS.length), bySector: new Float64Array(SECTORS.length),
    seizedByOffice: new Float64Array(offices), seizedByRoute: new Float64Array(ROUTE_KEYS.length), seizedBySector: new Float64Array(SECTORS.length),
  };
}

/** Builds the networks' state from the population: options open to each network, no experience yet. */
export function createNetworkState(scenario: Scenario, pop: TraderPopulation, gen: GeneratorContext, seed: number): NetworkState {
  const count = scenario.traders.networks.count;
  const offices = gen.officeCount;
  const stride = Int32Array.of(offices, ROUTE_KEYS.length, MAX_COVER, MAX_CONCEAL);
  const allowed = Array.from(stride, (k) => new Uint8Array(count * k));
  const modeMask = new Uint8Array(count);
  for (let t = 0; t < pop.count; t++) if (pop.network[t] >= 0) modeMask[pop.network[t]] |= pop.modeMask[t];
  const coverSector = new Int16Array(count * MAX_COVER).fill(-1);
  const concealCode = new Uint8Array(count * MAX_CONCEAL);
  const coverStart = new Int32Array(count * MAX_COVER + 1);
  const commodities: number[] = [];
  for (let n = 0; n < count; n++) {
    const specialty = n % 3;
    for (let o = 0; o < offices; o++) allowed[0][n * offices + o] = (modeMask[n] >> gen.officeMode[o]) & 1;
    for (let r = 0; r < ROUTE_KEYS.length; r++) allowed[1][n * ROUTE_KEYS.length + r] = 1;
    for (let j = 0; j < MAX_COVER; j++) {
      coverStart[n * MAX_COVER + j] = commodities.length;
      const sector = COVER_SECTORS[specialty][j];
      if (sector === undefined) continue;
      coverSector[n * MAX_COVER + j] = sector;
      allowed[2][n * MAX_COVER + j] = 1;
      // Counterfeiters declare goods that can be faked; the others any goods of the sector.
      COMMODITIES.forEach((c, k) => { if (c.sector === sector && (specialty !== OFF_IPR - 4 || c.counterfeitProne)) commodities.push(k); });
    }
    CONCEALMENT_OPTIONS[specialty].forEach((code, j) => { concealCode[n * MAX_CONCEAL + j] = code; allowed[3][n * MAX_CONCEAL + j] = 1; });
  }
  coverStart[count * MAX_COVER] = commodities.length;
  return {
    config: scenario.networks,
    seed,
    count,
    stride,
    allowed,
    exposure: Array.from(stride, (k) => new Float64Array(count * k)),
    loss: Array.from(stride, (k) => new Float64Array(count * k)),
    weight: Array.from(stride, (k) => new Float64Array(count * k)),
    totalExposure: new Float64Array(count),
    totalLoss: new Float64Array(count),
    coverSector,
    coverCommodities: Int32Array.from(commodities),
    coverStart,
    sectorOf: Uint8Array.from(COMMODITIES, (c) => c.sector),
    concealCode,
    ringId: new Float64Array(RING_SIZE).fill(-1),
    ringChoice: new Int16Array(RING_SIZE * RING_FIELDS),
    ringHead: 0,
    ringWritten: 0,
    day: createCounts(offices),
    run: createCounts(offices),
  };
}

/** Zeroes the day's counts (start of a day). */
export function resetNetworkDay(ns: NetworkState): void {
  const d = ns.day;
  for (const a of [d.byOffice, d.byRoute, d.bySector, d.seizedByOffice, d.seizedByRoute, d.seizedBySector]) a.fill(0);
}
