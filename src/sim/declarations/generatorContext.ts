import type { Scenario } from '../config/schema';
import type { TraderPopulation } from '../traders/population';
import { createImporterPicks } from '../traders/populationCache';
import { COMMODITIES, SECTORS } from '../world/commodities';
import { COUNTRIES, createCountryTable, type CountryTable } from '../world/countries';
import { createSupplyMatrix } from '../world/supplyMatrix';
import { MODES } from './codes';
import { chunkSignalsByMode, type SignalChunks } from './signalChunks';
import { createOffenceTables } from './offenceMix';
import { createAliasTable, type AliasTable } from '../random/aliasTable';
import { createUniformBlock, type UniformBlock } from '../random/uniformBlock';
import { createLognormalFactorTable } from '../random/normalTable';

/**
 * Everything the day generator reads, precomputed once per simulation so that the
 * per-declaration loop only indexes typed arrays.
 */
export interface GeneratorContext {
  /** Run seed. */ readonly seed: number;
  /** Weekday of day 0 (0 = Monday). */ readonly startWeekday: number;
  /** The population that lodges declarations. */ readonly pop: TraderPopulation;
  /** Office count. */ readonly officeCount: number;
  /** Mode code per office. */ readonly officeMode: Uint8Array;
  /** Mean declarations per day per office, [office * 7 + weekday]. */ readonly officeDailyMean: Float64Array;
  /** Opening hour per office. */ readonly officeOpen: Float64Array;
  /** Length of the presentation window per office, hours. */ readonly officeSpan: Float64Array;
  /** Importer pick by mode, weighted by size; null when no importer uses the mode. */ readonly traderPick: readonly (AliasTable | null)[];
  /** Commodity indices by sector, flattened; see sectorStart. */ readonly sectorCommodities: Int32Array;
  /** Start offset of each sector in sectorCommodities (length SECTORS + 1). */ readonly sectorStart: Int32Array;
  /** Counterfeit-prone commodity indices. */ readonly counterfeitCommodities: Int32Array;
  /** Country pick per sector by supply weight. */ readonly countryPick: AliasTable[];
  /** Countries that do not export each sector, flattened by sector (see sectorNonSupplierStart). */ readonly nonSuppliers: Int32Array;
  /** Start offsets into nonSuppliers. */ readonly nonSupplierStart: Int32Array;
  /** FTA partner country indices. */ readonly ftaPartners: Int32Array;
  /** Transshipment hub country indices. */ readonly hubs: Int32Array;
  /** Drug-source or counterfeit-hub country indices. */ readonly riskyDepartures: Int32Array;
  /** Country flag columns. */ readonly countries: CountryTable;
  /**
   * Per mode code, the joint draw tables of the signals that can occur in the mode (see
   * signalChunks.ts), built from createSignalTable's probabilities.
   */
  readonly signalChunks: readonly SignalChunks[];
  /** Offence alias tables per tier. */ readonly offenceTables: AliasTable[];
  /** Commodity columns. */
  readonly dutyRate: Float64Array; readonly exciseRate: Float64Array; readonly refPrice: Float64Array;
  /** Typical mass (kg) of a sea consignment per commodity. */ readonly typicalMass: Float64Array;
  /** 1 when counterfeit-prone. */ readonly counterfeitProne: Uint8Array;
  /** 1 when perishable. */ readonly perishable: Uint8Array;
  /** Lower-duty twin per commodity. */ readonly twin: Int32Array;
  /** Scratch block of uniforms reused by the day generator (mutable). */ readonly block: UniformBlock;
  /** Lognormal factors of consignment mass around the typical one (sigma 0.6). */ readonly massFactor: Float64Array;
  /** Lognormal factors of unit price around the reference (sigma 0.25). */ readonly priceFactor: Float64Array;
}

/** Spread (sigma of the log) of consignment masses: a container of the same goods varies about 2x. */
const MASS_SIGMA = 0.6;
/** Spread of true unit prices around the reference price (quality and bargaining). */
const PRICE_SIGMA = 0.25;

/** Consignment mass relative to a sea container, by mode (air cargo, express parcels, trucks). */
export const MODE_MASS_SCALE: readonly number[] = [1, 0.05, 0.0005, 0.6];

/**
 * Builds the generator context for a scenario and population; `importerPicks` are the population's
 * pick tables when already built (see populationCache.ts).
 */
export function createGeneratorContext(
  scenario: Scenario, pop: TraderPopulation, seed: number, importerPicks: readonly (AliasTable | null)[] = createImporterPicks(pop),
): GeneratorContext {
  const offices = scenario.offices;
  const officeMode = new Uint8Array(offices.length);
  const officeDailyMean = new Float64Array(offices.length * 7);
  const officeOpen = new Float64Array(offices.length);
  const officeSpan = new Float64Array(offices.length);
  offices.forEach((o, i) => {
    officeMode[i] = MODES.indexOf(o.mode);
    for (let w = 0; w < 7; w++) officeDailyMean[i * 7 + w] = o.dailyVolume * o.weekdayFactors[w];
    officeOpen[i] = o.openHours.start;
    officeSpan[i] = o.openHours.end - o.openHours.start;
  });
  const sectorStart = new Int32Array(SECTORS.length + 1);
  const flat: number[] = [];
  for (let s = 0; s < SECTORS.length; s++) {
    sectorStart[s] = flat.length;
    COMMODITIES.forEach((c, i) => { if (c.sector === s) flat.push(i); });
  }
  sectorStart[SECTORS.length] = flat.length;
  const supply = createSupplyMatrix();
  const countryPick: AliasTable[] = [];
  const nonSup: number[] = [];
  const nonSupplierStart = new Int32Array(SECTORS.length + 1);
  for (let s = 0; s < SECTORS.length; s++) {
    countryPick.push(createAliasTable(COUNTRIES.map((c, i) => c.supplyWeight * supply[i * SECTORS.length + s] + 1e-9)));
    nonSupplierStart[s] = nonSup.length;
    COUNTRIES.forEach((_, i) => { if (!supply[i * SECTORS.length + s]) nonSup.push(i); });
  }
  nonSupplierStart[SECTORS.length] = nonSup.length;
  const indices = (pick: (i: number) => boolean, n: number) => Int32Array.from({ length: n }, (_, i) => i).filter(pick);
  const countries = createCountryTable();
  const col = <T>(pick: (c: (typeof COMMODITIES)[number]) => T) => COMMODITIES.map(pick);
  return {
    seed,
    startWeekday: scenario.startWeekday,
    pop,
    officeCount: offices.length,
    officeMode, officeDailyMean, officeOpen, officeSpan, traderPick: importerPicks,
    sectorCommodities: Int32Array.from(flat), sectorStart,
    counterfeitCommodities: indices((i) => COMMODITIES[i].counterfeitProne, COMMODITIES.length),
    countryPick,
    nonSuppliers: Int32Array.from(nonSup), nonSupplierStart,
    ftaPartners: indices((i) => COUNTRIES[i].ftaPartner, COUNTRIES.length),
    hubs: indices((i) => COUNTRIES[i].transshipmentHub, COUNTRIES.length),
    riskyDepartures: indices((i) => COUNTRIES[i].drugSource || COUNTRIES[i].counterfeitHub, COUNTRIES.length),
    countries,
    signalChunks: chunkSignalsByMode(scenario.generator.indicatorLift),
    offenceTables: createOffenceTables(),
    dutyRate: Float64Array.from(col((c) => c.dutyRate)),
    exciseRate: Float64Array.from(col((c) => c.exciseRate)),
    refPrice: Float64Array.from(col((c) => c.refPricePerKg)),
    typicalMass: Float64Array.from(col((c) => c.typicalMassKg)),
    counterfeitProne: Uint8Array.from(col((c) => (c.counterfeitProne ? 1 : 0))),
    perishable: Uint8Array.from(col((c) => (c.perishable ? 1 : 0))),
    twin: Int32Array.from(col((c) => c.lowerDutyTwin)),
    block: createUniformBlock(),
    massFactor: createLognormalFactorTable(MASS_SIGMA),
    priceFactor: createLognormalFactorTable(PRICE_SIGMA),
  };
}
