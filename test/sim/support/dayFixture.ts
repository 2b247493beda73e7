import { loadBuiltinScenario } from '../../../src/sim/config/loadScenario';
import type { Scenario } from '../../../src/sim/config/schema';
import { createTraderPopulation, type TraderPopulation } from '../../../src/sim/traders/population';
import { createGeneratorContext, MODE_MASS_SCALE, type GeneratorContext } from '../../../src/sim/declarations/generatorContext';
import { createDayBuffer, type DayBuffer } from '../../../src/sim/declarations/dayBuffer';
import { MODES } from '../../../src/sim/declarations/codes';
import { COMMODITIES } from '../../../src/sim/world/commodities';
import { findCountry } from '../../../src/sim/world/countries';

/** A tiny world: the default offices with 50 importers, its population and generator context. */
export interface TinyWorld {
  readonly scenario: Scenario;
  readonly pop: TraderPopulation;
  readonly gen: GeneratorContext;
}

export function tinyWorld(extra: readonly string[] = []): TinyWorld {
  const scenario = loadBuiltinScenario('default', ['traders.importers=50', ...extra]);
  const pop = createTraderPopulation(scenario, 11);
  return { scenario, pop, gen: createGeneratorContext(scenario, pop, 11) };
}

/** Country index by ISO code (fails loudly on a typo). */
export function country(code: string): number {
  const i = findCountry(code);
  if (i < 0) throw new Error(`no country ${code}`);
  return i;
}

/** Mode code by name. */
export const mode = (name: (typeof MODES)[number]): number => MODES.indexOf(name);

/** Numeric column names of a day buffer. */
type Column = Exclude<keyof DayBuffer, 'count' | 'capacity' | 'day'>;
export type RowFields = Partial<Record<Column, number>>;

/**
 * A plain, unremarkable declaration: sea freight of the importer's own kind of goods from Germany,
 * at the reference price and typical mass, paid by bank transfer, filed two days ahead.
 */
export function plainRow(world: TinyWorld, importer: number): RowFields {
  const com = world.gen.sectorCommodities[world.gen.sectorStart[world.pop.sector[importer]]];
  const mass = COMMODITIES[com].typicalMassKg * MODE_MASS_SCALE[0];
  return {
    office: 0, mode: mode('sea'), importer, declarant: world.pop.declarant[importer], commodity: com,
    origin: country('DE'), departure: country('DE'), declaredValue: mass * COMMODITIES[com].refPricePerKg, massKg: mass,
    unitValueRatio: 1, paymentType: 1, consigneeType: 0, descriptionClass: 0, containerType: 1, advanceLeadHours: 48,
    freightRatio: 0.05,
  };
}

/** A day buffer holding exactly `rows` (unset fields 0) for run day `day`. */
export function dayOf(day: number, rows: readonly RowFields[]): DayBuffer {
  const buf = createDayBuffer(Math.max(8, rows.length));
  buf.day = day;
  buf.count = rows.length;
  const cols = buf as unknown as Record<Column, { [i: number]: number }>;
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row) as [Column, number][]) cols[key][i] = value;
  });
  return buf;
}
