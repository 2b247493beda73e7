import type { Scenario } from '../config/schema';
import { COUNTRIES } from '../world/countries';
import { SECTORS } from '../world/commodities';
import { createSupplyMatrix } from '../world/supplyMatrix';
import { MODES } from '../declarations/codes';
import { createStream } from '../random/stream';
import { sampleBeta, samplePareto } from '../random/distributions';
import { createAliasTable, pickAlias } from '../random/aliasTable';

/**
 * The trader population as a structure of arrays, indexed by importer. Static attributes are drawn
 * once from the scenario's distributions (stream "traders"); history columns are updated by outcomes.
 * Tiers follow the compliance pyramid (domain reference §1): 0 = willing, 1 = trying, 2 = unwilling,
 * 3 = decided not to comply (organised networks are tier 3 too).
 */
export interface TraderPopulation {
  /** Number of importers. */ readonly count: number;
  /** Number of declarants (brokers). */ readonly declarantCount: number;
  /** Main sector (SECTORS index). */ readonly sector: Uint8Array;
  /** Relative size: expected declarations relative to the median importer. */ readonly size: Float64Array;
  /** Main supplier country (COUNTRIES index). */ readonly homeOrigin: Uint8Array;
  /** Modes used, bit i = MODES[i]. */ readonly modeMask: Uint8Array;
  /** Run day from which the importer trades; negative = established before the run. */ readonly firstDay: Int32Array;
  /** Times firstDay has been moved since the draw (a prosecution suspends a licence), so that readers who rely on it as drawn can tell (count). */ firstDayMoves: number;
  /** 1 when the importer holds Authorised Economic Operator status. */ readonly aeo: Uint8Array;
  /** Compliance tier 0-3 (hidden truth). */ readonly tier: Uint8Array;
  /** Probability that a declaration is non-compliant (hidden truth). */ readonly propensity: Float32Array;
  /** Smuggling network index, or -1. */ readonly network: Int16Array;
  /** Usual declarant index. */ readonly declarant: Int32Array;
  /** Concealment method used when offending (CONCEALMENTS code; networks only). */ readonly concealment: Uint8Array;
  /** Time cost of delay, fraction of value per day. */ readonly timeCost: Float32Array;
  /** History: declarations lodged. */ readonly declarations: Uint32Array;
  /** History: inspections undergone. */ readonly inspections: Uint32Array;
  /** History: offences detected. */ readonly offencesFound: Uint32Array;
  /** History: last day an inspection found an offence (-1 = never). */ readonly lastOffenceDay: Int32Array;
  /** History: penalties and recovered duty paid, USD. */ readonly penaltiesPaid: Float64Array;
  /** Declarant history: declarations lodged. */ readonly declarantDeclarations: Uint32Array;
  /** Declarant history: offences detected. */ readonly declarantOffences: Uint32Array;
}

/** Network specialties, by index modulo 3: what an organised group smuggles. */
export const NETWORK_SPECIALTIES = ['drugs', 'counterfeits', 'excise goods'] as const;

/** Sectors a network of each specialty uses as cover (drugs hide in produce; fakes in apparel and watches). */
const NETWORK_SECTORS: readonly (readonly number[])[] = [[3], [0, 9, 8], [4, 10]];
/** Modes each specialty uses: drugs by sea and road, counterfeits by sea and express, excise by sea and road. */
const NETWORK_MODES: readonly number[] = [0b1001, 0b0101, 0b1001];
/** Concealment methods by specialty (CONCEALMENTS codes): two options each. */
const NETWORK_CONCEALMENTS: readonly (readonly number[])[] = [[2, 1], [3, 5], [4, 1]];

/** Modes each sector typically uses (bit mask over MODES), before the size adjustment. */
const SECTOR_MODES: readonly number[] = [
  0b0111, 0b0111, 0b1011, 0b1001, 0b1001, 0b0011, 0b1001, 0b1001, 0b0101, 0b0110, 0b1001,
];

/** Draws the population of a scenario. Deterministic for a given seed. */
export function createTraderPopulation(scenario: Scenario, seed: number): TraderPopulation {
  const cfg = scenario.traders;
  const rnd = createStream(`${seed}|traders`);
  const networkFronts = cfg.networks.count * cfg.networks.membersPerNetwork;
  const n = cfg.importers + networkFronts;
  const supply = createSupplyMatrix();
  const sectorPick = createAliasTable([3, 2.5, 3, 2, 1, 1.2, 1.2, 1.5, 2, 0.6, 0.5]);
  const countryWeights = COUNTRIES.map((c) => c.supplyWeight);
  // Origins: the main supplier is a country that exports the sector, drawn by supply weight. One
  // table per sector, built once (building one per importer was most of the population's cost).
  const originPick = SECTORS.map((_, sector) => {
    const w = countryWeights.map((cw, c) => cw * supply[c * SECTORS.length + sector]);
    return createAliasTable(w.some((x) => x > 0) ? w : countryWeights);
  });

  const pop: TraderPopulation = {
    count: n,
    declarantCount: cfg.declarants,
    sector: new Uint8Array(n), size: new Float64Array(n), homeOrigin: new Uint8Array(n), modeMask: new Uint8Array(n),
    firstDay: new Int32Array(n), firstDayMoves: 0, aeo: new Uint8Array(n), tier: new Uint8Array(n), propensity: new Float32Array(n),
    network: new Int16Array(n), declarant: new Int32Array(n), concealment: new Uint8Array(n), timeCost: new Float32Array(n),
    declarations: new Uint32Array(n), inspections: new Uint32Array(n), offencesFound: new Uint32Array(n),
    lastOffenceDay: new Int32Array(n), penaltiesPaid: new Float64Array(n),
    declarantDeclarations: new Uint32Array(cfg.declarants), declarantOffences: new Uint32Array(cfg.declarants),
  };
  const tierPick = createAliasTable(cfg.tierMix);
  const declarantPick = createAliasTable(Array.from({ length: cfg.declarants }, (_, i) => 1 / (1 + i) ** 0.8));
  const costSpan = scenario.economics.delayCostPerDay.max - scenario.economics.delayCostPerDay.min;

  for (let i = 0; i < n; i++) {
    const front = i >= cfg.importers;
    const specialty = front ? Math.floor((i - cfg.importers) / cfg.networks.membersPerNetwork) % 3 : -1;
    const sectorDraw = pickAlias(sectorPick, rnd.next());
    const sector = specialty < 0 ? sectorDraw : NETWORK_SECTORS[specialty][sectorDraw % NETWORK_SECTORS[specialty].length];
    pop.sector[i] = sector;
    pop.homeOrigin[i] = pickAlias(originPick[sector], rnd.next());
    const size = front ? cfg.networks.activity : samplePareto(rnd, cfg.sizeParetoAlpha) / Math.pow(2, 1 / cfg.sizeParetoAlpha);
    pop.size[i] = size;
    let mask = specialty < 0 ? SECTOR_MODES[sector] : NETWORK_MODES[specialty];
    // Small importers use one or two of their sector's modes; large ones use all of them.
    const modeDraw = rnd.next();
    if (size < 3 && specialty < 0) mask = keepSomeModes(mask, modeDraw);
    pop.modeMask[i] = mask;
    pop.firstDay[i] = rnd.next() < cfg.newTraderShare ? Math.floor(rnd.next() * scenario.days) : -1 - Math.floor(rnd.next() * 3650);
    const tier = front ? 3 : pickAlias(tierPick, rnd.next());
    pop.tier[i] = tier;
    const mean = cfg.violationProbability[tier];
    const k = cfg.propensitySpread;
    pop.propensity[i] = mean <= 0 ? 0 : mean >= 1 ? 1 : sampleBeta(rnd, mean * k, (1 - mean) * k);
    pop.network[i] = front ? Math.floor((i - cfg.importers) / cfg.networks.membersPerNetwork) : -1;
    pop.declarant[i] = pickAlias(declarantPick, rnd.next());
    const concealDraw = rnd.next();
    pop.concealment[i] = specialty < 0 ? 0 : NETWORK_CONCEALMENTS[specialty][concealDraw < 0.5 ? 0 : 1];
    pop.timeCost[i] = scenario.economics.delayCostPerDay.min + costSpan * rnd.next();
    pop.lastOffenceDay[i] = -1;
    // AEO: certified operators are tier-1 traders with a track record, more often large ones.
    const aeoChance = tier === 0 && pop.firstDay[i] < 0 ? Math.min(1, cfg.aeoShare * Math.min(3, 0.5 + size / 4)) : 0;
    pop.aeo[i] = rnd.next() < aeoChance ? 1 : 0;
  }
  return pop;
}

/** Keeps one mode of a mask, or two when `u` is high. */
function keepSomeModes(mask: number, u: number): number {
  const modes: number[] = [];
  for (let m = 0; m < MODES.length; m++) if (mask & (1 << m)) modes.push(m);
  const first = modes[Math.floor(u * modes.length) % modes.length];
  let out = 1 << first;
  if (u > 0.6 && modes.length > 1) out |= 1 << modes[(modes.indexOf(first) + 1) % modes.length];
  return out;
}
