import type { Scenario } from '../config/schema';
import type { AliasTable } from '../random/aliasTable';
import { createAliasTable } from '../random/aliasTable';
import { MODES } from '../declarations/codes';
import { createTraderPopulation, type TraderPopulation } from './population';

/** A drawn population as it is before day 0, with the tables derived from its static columns. */
export interface DrawnPopulation {
  /** The population; never handed out itself (runs change it), only copies. */ readonly pristine: TraderPopulation;
  /** Importer pick per mode code, weighted by size, among the importers using it; null when none does. */
  readonly importerPicks: readonly (AliasTable | null)[];
}

/** The last population drawn and its key: one entry, so memory stays that of one population. */
let last: { key: string; drawn: DrawnPopulation } | null = null;

/**
 * The population of `scenario` and `seed`, drawn only when its inputs changed since the last
 * call. A policy change in the app builds a new simulation of the same world: it gets the same
 * population without drawing it again (about 60 % of createSimulation). The key holds every part
 * of the scenario the population is drawn from (traders, economics, horizon) and the seed; the
 * draw is a pure function of them, so a cached population is the one a fresh draw would give.
 */
export function drawPopulation(scenario: Scenario, seed: number): DrawnPopulation {
  const key = JSON.stringify([seed, scenario.days, scenario.traders, scenario.economics]);
  if (last === null || last.key !== key) {
    const pristine = createTraderPopulation(scenario, seed);
    last = { key, drawn: { pristine, importerPicks: createImporterPicks(pristine) } };
  }
  return last.drawn;
}

/** A copy of a population whose columns the caller may change without touching the original. */
export function copyPopulation(pop: TraderPopulation): TraderPopulation {
  return {
    count: pop.count,
    declarantCount: pop.declarantCount,
    sector: pop.sector.slice(), size: pop.size.slice(), homeOrigin: pop.homeOrigin.slice(), modeMask: pop.modeMask.slice(),
    firstDay: pop.firstDay.slice(), firstDayMoves: pop.firstDayMoves, aeo: pop.aeo.slice(), tier: pop.tier.slice(), propensity: pop.propensity.slice(),
    network: pop.network.slice(), declarant: pop.declarant.slice(), concealment: pop.concealment.slice(), timeCost: pop.timeCost.slice(),
    declarations: pop.declarations.slice(), inspections: pop.inspections.slice(), offencesFound: pop.offencesFound.slice(),
    lastOffenceDay: pop.lastOffenceDay.slice(), penaltiesPaid: pop.penaltiesPaid.slice(),
    declarantDeclarations: pop.declarantDeclarations.slice(), declarantOffences: pop.declarantOffences.slice(),
  };
}

/** Importer pick tables per mode from the population's sizes and modes (static columns). */
export function createImporterPicks(pop: TraderPopulation): (AliasTable | null)[] {
  return MODES.map((_, m) => {
    const w = new Float64Array(pop.count);
    let any = false;
    for (let t = 0; t < pop.count; t++) if (pop.modeMask[t] & (1 << m)) { w[t] = pop.size[t]; any = true; }
    return any ? createAliasTable(w) : null;
  });
}
