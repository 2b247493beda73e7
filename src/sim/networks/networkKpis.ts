import type { NetworkCounts, NetworkState } from './networkState';
import { ROUTE_KEYS, SECTOR_KEYS } from './networkOptions';

/**
 * Where the organised networks smuggled (displacement, issue 4 §3): their smuggling consignments
 * (drugs, counterfeits, excise goods lodged by network fronts; ground truth) and the seizures of
 * them, by office id, route ("direct" or the ISO code of the transshipment hub) and commodity group
 * (the sector of the goods declared, SECTOR_KEYS). Counts of consignments; seizures are counted on
 * the day the inspection ends.
 */
export interface NetworkKpis {
  /** Smuggling consignments lodged by network fronts (count; truth). */ consignments: number;
  /** Of them, seized (count). */ seized: number;
  /** Consignments by office id (count). */ byOffice: Record<string, number>;
  /** Consignments by route: "direct" or via a hub's ISO code (count). */ byRoute: Record<string, number>;
  /** Consignments by commodity group declared (count). */ byCommodity: Record<string, number>;
  /** Seizures by office id (count). */ seizedByOffice: Record<string, number>;
  /** Seizures by route (count). */ seizedByRoute: Record<string, number>;
  /** Seizures by commodity group (count). */ seizedByCommodity: Record<string, number>;
}

/** The counts by key, as a record (built key by key: a day's KPIs build six of them). */
function record(keys: readonly string[], values: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (let j = 0; j < keys.length; j++) out[keys[j]] = values[j];
  return out;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let j = 0; j < values.length; j++) total += values[j];
  return total;
}

/** The KPI record of a set of counts (the day's or the run's). */
export function summariseNetworkCounts(c: NetworkCounts, officeIds: readonly string[]): NetworkKpis {
  return {
    consignments: sum(c.byOffice),
    seized: sum(c.seizedByOffice),
    byOffice: record(officeIds, c.byOffice),
    byRoute: record(ROUTE_KEYS, c.byRoute),
    byCommodity: record(SECTOR_KEYS, c.bySector),
    seizedByOffice: record(officeIds, c.seizedByOffice),
    seizedByRoute: record(ROUTE_KEYS, c.seizedByRoute),
    seizedByCommodity: record(SECTOR_KEYS, c.seizedBySector),
  };
}

/** The day's displacement KPIs. */
export function summariseNetworkDay(ns: NetworkState, officeIds: readonly string[]): NetworkKpis {
  return summariseNetworkCounts(ns.day, officeIds);
}

/** One line per network KPI path with its unit, merged into KPI_DOCS for `--help` and CSV readers. */
export const NETWORK_KPI_DOCS: Readonly<Record<string, string>> = {
  'networks.consignments': 'Smuggling consignments (drugs, counterfeits, excise) lodged by organised network fronts, ground truth (count)',
  'networks.seized': 'Network smuggling consignments seized, counted when the inspection ends (count)',
  'networks.byOffice.<office id>': 'Network smuggling consignments per office of entry: where the risk moved (count)',
  'networks.byRoute.<route>': 'Network smuggling consignments per route: "direct" from the origin, or via the transshipment hub with that ISO code (count)',
  'networks.byCommodity.<group>': `Network smuggling consignments per commodity group declared as cover (${SECTOR_KEYS.join(', ')}) (count)`,
  'networks.seizedByOffice.<office id>': 'Network seizures per office (count)',
  'networks.seizedByRoute.<route>': 'Network seizures per route (count)',
  'networks.seizedByCommodity.<group>': 'Network seizures per commodity group (count)',
};
