import type { Scenario } from '../config/schema';
import type { TraderPopulation } from '../traders/population';
import type { GeneratorContext } from './generatorContext';
import { ensureDayCapacity, type DayBuffer } from './dayBuffer';
import { generateDay } from './generateDay';

/**
 * The columns generateDay writes: declared fields and truth. Indicators, score, lane and outcome
 * are written by the later stages of the day, from policy and history.
 */
const GENERATED_COLUMNS = [
  'office', 'mode', 'importer', 'declarant', 'commodity', 'origin', 'departure', 'transshipped', 'declaredValue',
  'massKg', 'quantity', 'unitValueRatio', 'paymentType', 'consigneeType', 'descriptionClass', 'preferenceClaimed',
  'containerType', 'sealMismatch', 'advanceLeadHours', 'amendments', 'parcelItems', 'docMismatch', 'weightDeviation',
  'freightRatio', 'newPartnerPair', 'relatedParty', 'newCarrier', 'transit', 'nearThreshold', 'arrivalHour',
  'truthOffence', 'truthRevenue', 'truthConcealment',
] as const satisfies readonly (keyof DayBuffer)[];

/** The population columns generateDay reads. */
const GENERATOR_INPUTS = [
  'propensity', 'tier', 'firstDay', 'declarant', 'network', 'sector', 'homeOrigin', 'concealment',
] as const satisfies readonly (keyof TraderPopulation)[];

/**
 * Declarations kept at most (79 bytes each: under 8 MB at any scale). The app's runs (about 2,000
 * a day, a 30-day warm-up) need 60,000.
 */
export const MAX_CACHED_DECLARATIONS = 100_000;

/** One generated day: its declarations' generated columns, and the uniforms drawn for them. */
interface CachedDay {
  readonly count: number;
  readonly draws: number;
  readonly columns: readonly (DayBuffer[(typeof GENERATED_COLUMNS)[number]])[];
}

/**
 * The traffic of a world's first days, while its traders are still exactly as drawn. A day's
 * traffic is a function of the world, the day and the generator's inputs in the population
 * (generateDay draws from the day's own stream: common random numbers), and those inputs change
 * only once behaviour moves traders (at the end of the warm-up, or a tier move). Every policy
 * tried on the same world gets the same days, so a policy change in the app does not generate
 * its warm-up again. A contiguous run of days from day 0; each use is checked against the
 * population, so a day is only reused when generating it again would give the same columns.
 */
export interface TrafficCache {
  /** The world the traffic belongs to (seed, horizon, traders, economics, offices' traffic, generator). */ readonly key: string;
  /** The population as drawn, which the simulation's own copy is compared with. */ readonly pristine: TraderPopulation;
  /** Days 0, 1, ... as generated from the pristine population. */ readonly days: CachedDay[];
  /** Declarations held (count). */ declarations: number;
  /** Declarations to hold at most (count). */ readonly budget: number;
}

/** The last world's cache: one entry, like the population cache it builds on. */
let last: TrafficCache | null = null;

/**
 * The traffic cache of this world: the last one when the world is the same (and was drawn from
 * the same pristine population), else a new, empty one that replaces it.
 */
export function trafficCacheFor(scenario: Scenario, seed: number, pristine: TraderPopulation, budget = MAX_CACHED_DECLARATIONS): TrafficCache {
  const offices = scenario.offices.map((o) => [o.mode, o.dailyVolume, o.weekdayFactors, o.openHours]);
  const key = JSON.stringify([seed, scenario.days, scenario.startWeekday, scenario.traders, scenario.economics, scenario.generator, offices, budget]);
  if (last === null || last.key !== key || last.pristine !== pristine) last = { key, pristine, days: [], declarations: 0, budget };
  return last;
}

/** Forgets the cached traffic (benchmarks that time generation from scratch; tests). */
export function clearTrafficCache(): void {
  last = null;
}

/**
 * Fills `out` with day `day`'s traffic, as generateDay does, and returns the uniforms drawn for
 * it: restored from the cache when the day is there and the population's generator inputs are
 * still as drawn; otherwise generated, and kept when it extends the cache's days.
 */
export function generateDayCached(cache: TrafficCache, ctx: GeneratorContext, out: DayBuffer, day: number): number {
  const known = day < cache.days.length;
  const extends_ = day === cache.days.length && cache.declarations < cache.budget;
  if ((!known && !extends_) || !inputsAsDrawn(cache.pristine, ctx.pop)) return generateDay(ctx, out, day);
  if (known) {
    const cached = cache.days[day];
    ensureDayCapacity(out, cached.count);
    for (let c = 0; c < GENERATED_COLUMNS.length; c++) out[GENERATED_COLUMNS[c]].set(cached.columns[c]);
    out.count = cached.count;
    out.day = day;
    return cached.draws;
  }
  const draws = generateDay(ctx, out, day);
  cache.days.push({ count: out.count, draws, columns: GENERATED_COLUMNS.map((c) => out[c].slice(0, out.count)) });
  cache.declarations += out.count;
  return draws;
}

/** Whether every population column the generator reads equals the drawn population's, bit for bit. */
function inputsAsDrawn(pristine: TraderPopulation, pop: TraderPopulation): boolean {
  for (const name of GENERATOR_INPUTS) if (!sameBytes(pop[name], pristine[name])) return false;
  return true;
}

/** Whether two typed arrays hold the same bytes: 32-bit words where aligned, then the tail bytes. */
function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const aligned = a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0;
  const words = aligned ? a.byteLength >> 2 : 0;
  const wa = new Int32Array(a.buffer, a.byteOffset, words), wb = new Int32Array(b.buffer, b.byteOffset, words);
  for (let k = 0; k < words; k++) if (wa[k] !== wb[k]) return false;
  const ba = new Uint8Array(a.buffer, a.byteOffset, a.byteLength), bb = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let k = words * 4; k < a.byteLength; k++) if (ba[k] !== bb[k]) return false;
  return true;
}
