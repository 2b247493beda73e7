import type { NetworkState } from './networkState';
import { summariseNetworkCounts, type NetworkKpis } from './networkKpis';
import { computeChoiceWeights } from './adaptNetworks';
import { D_CONCEAL, D_COVER, D_OFFICE, D_ROUTE, MAX_CONCEAL, MAX_COVER, ROUTE_KEYS, SECTOR_KEYS } from './networkOptions';
import { NETWORK_SPECIALTIES } from '../traders/population';
import { CONCEALMENTS } from '../declarations/codes';

/** One option of a network's choice as the network sees it now. */
export interface NetworkOptionView {
  /** Option key: office id, route key, commodity group or concealment method. */ readonly option: string;
  /** Probability that the next smuggling consignment uses it (fraction); null when networks do not adapt. */ readonly probability: number | null;
  /** Interdiction risk the network perceives for it (fraction). */ readonly perceivedRisk: number;
}

/** One organised network (hidden truth: what the administration would like to know). */
export interface NetworkView {
  /** Network index. */ readonly network: number;
  /** What it smuggles. */ readonly specialty: string;
  /** Its options, by choice (office, route, cover, concealment). */
  readonly choices: { readonly office: readonly NetworkOptionView[]; readonly route: readonly NetworkOptionView[];
    readonly cover: readonly NetworkOptionView[]; readonly concealment: readonly NetworkOptionView[] };
}

/** The networks section of a snapshot. */
export interface NetworksSnapshot {
  /** Networks adapt their choices (scenario `networks.adaptive`). */ readonly adaptive: boolean;
  /** Route keys in KPI order ("direct", then hubs' ISO codes). */ readonly routes: readonly string[];
  /** Commodity-group keys in KPI order. */ readonly commodityGroups: readonly string[];
  /** Smuggling consignments and seizures over the run. */ readonly run: NetworkKpis;
  /** Each network's current choice probabilities and perceived risks. */ readonly networks: readonly NetworkView[];
}

/** Builds the networks section: fresh plain objects only. */
export function viewNetworks(ns: NetworkState, officeIds: readonly string[]): NetworksSnapshot {
  // Fresh arrays: a snapshot must not touch the state the next day reads.
  const weight = ns.weight.map((w) => new Float64Array(w.length));
  computeChoiceWeights(ns, weight);
  const cfg = ns.config, s = cfg.priorStrength;
  const networks: NetworkView[] = [];
  for (let n = 0; n < ns.count; n++) {
    const pooled = (ns.totalLoss[n] + s * cfg.priorRisk) / (ns.totalExposure[n] + s);
    const options = (d: number, key: (j: number) => string | null): NetworkOptionView[] => {
      const k = ns.stride[d], base = n * k, w = weight[d];
      let total = 0;
      for (let j = 0; j < k; j++) total += ns.allowed[d][base + j] === 1 ? w[base + j] : 0;
      const out: NetworkOptionView[] = [];
      for (let j = 0; j < k; j++) {
        const name = key(j);
        if (ns.allowed[d][base + j] !== 1 || name === null) continue;
        const risk = (ns.loss[d][base + j] + s * pooled) / (ns.exposure[d][base + j] + s);
        out.push({ option: name, probability: cfg.adaptive && total > 0 ? w[base + j] / total : null, perceivedRisk: risk });
      }
      return out;
    };
    networks.push({
      network: n,
      specialty: NETWORK_SPECIALTIES[n % 3],
      choices: {
        office: options(D_OFFICE, (j) => officeIds[j]),
        route: options(D_ROUTE, (j) => ROUTE_KEYS[j]),
        cover: options(D_COVER, (j) => (ns.coverSector[n * MAX_COVER + j] >= 0 ? SECTOR_KEYS[ns.coverSector[n * MAX_COVER + j]] : null)),
        concealment: options(D_CONCEAL, (j) => (ns.concealCode[n * MAX_CONCEAL + j] > 0 ? CONCEALMENTS[ns.concealCode[n * MAX_CONCEAL + j]] : null)),
      },
    });
  }
  return {
    adaptive: cfg.adaptive,
    routes: [...ROUTE_KEYS],
    commodityGroups: [...SECTOR_KEYS],
    run: summariseNetworkCounts(ns.run, officeIds),
    networks,
  };
}
