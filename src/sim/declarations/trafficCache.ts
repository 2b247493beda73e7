import type { Scenario } from '../config/schema';
import type { TraderPopulation } from '../traders/population';
import type { GeneratorContext } from './generatorContext';
import { ensureDayCapacity, type DayBuffer } from './dayBuffer';
import { arrivalsStream, generateDay, MAX_DRAWS_PER_DECLARATION, writeDeclarations, type GenerationTrace } from './generateDay';

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

/**
 * The population columns generateDay reads besides propensity and tier. None is written after the
 * draw but firstDay (prosecution moves it): with these as drawn, a declaration takes the same
 * importer and the same uniforms in every run, and only its offence can differ. firstDay is
 * compared every day, the others once per population (a run's own copy).
 */
const STATIC_INPUTS = ['declarant', 'network', 'sector', 'homeOrigin', 'concealment'] as const satisfies readonly (keyof TraderPopulation)[];

/**
 * Declarations kept at most (110 bytes each: under 22 MB at any scale). The app's runs (90 days of
 * about 2,000) need 175,000.
 */
export const MAX_CACHED_DECLARATIONS = 200_000;

/** One generated day: its declarations' generated columns, where their uniforms were, and their importers' tiers. */
interface CachedDay {
  /** Declarations (count). */ readonly count: number;
  /** Uniforms drawn for the day (count), as generateDay returns. */ readonly draws: number;
  /** GENERATED_COLUMNS, in that order, `count` long. */ readonly columns: readonly (DayBuffer[(typeof GENERATED_COLUMNS)[number]])[];
  /** Stream position of each declaration's first uniform. */ readonly drawStart: Int32Array;
  /** The uniform that decided each declaration's offence. */ readonly offenceDraw: Float64Array;
  /** The importer's tier when the declaration was generated (its offence type comes from it). */ readonly tier: Uint8Array;
  /** Declarations of network fronts, which the networks' adaptation may rewrite after generation. */ readonly network: Int32Array;
  /** Indicator bits decided by declared fields alone (see evaluateIndicators), once `declaredReady`. */ readonly declaredLo: Uint32Array; readonly declaredHi: Uint32Array;
  /** Whether declaredLo/Hi have been written (by the day's indicator evaluation in the run that stored it). */ declaredReady: boolean;
  /** Targeting's policy-free columns (see declarationConstants.ts): consequence before the safety rule, random-selection uniform. */
  readonly consequence: Uint8Array; readonly randomDraw: Float64Array;
  /** Whether consequence and randomDraw have been written (by the run that stored the day). */ targetingReady: boolean;
}

/**
 * The traffic of a world's days as first generated, for the next runs of the same world. A day's
 * traffic is a function of the world, the day and the population (generateDay draws from the day's
 * own stream: common random numbers), and the population enters a declaration only through its
 * importer's propensity and tier, which decide its offence. Another policy moves them a little, so
 * a later run restores the day and writes again only the declarations whose offence would now be
 * decided otherwise (usually a few in a thousand), from their own uniforms. The result is the
 * traffic generateDay would give, column for column. Days form a run from day 0; one world at a
 * time, up to a budget of declarations.
 */
export interface TrafficCache {
  /** The world the traffic belongs to (seed, horizon, traders, economics, offices' traffic, generator). */ readonly key: string;
  /** The population as drawn, which a run's own copy is compared with. */ readonly pristine: TraderPopulation;
  /** Days 0, 1, ... as first generated. */ readonly days: CachedDay[];
  /** Declarations held (count). */ declarations: number;
  /** Declarations to hold at most (count). */ readonly budget: number;
  /** Scratch: where the day being generated drew its uniforms. */ readonly trace: GenerationTrace;
  /** Scratch: a day's uniforms drawn again, and declarations to write again. */ uniforms: Float64Array; redo: Int32Array;
  /** The last population whose static columns were found as drawn. */ checked: TraderPopulation | null;
  /** The last day filled: its cache entry (null when generated alone), and whether it was restored (else just stored). */ lastDay: CachedDay | null; lastRestored: boolean;
  /** After a restore: declarations whose declared fields may differ from the entry's (written again, or a network front's), `freshCount` long. */ fresh: Int32Array; freshCount: number;
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
  if (last === null || last.key !== key || last.pristine !== pristine) {
    last = {
      key, pristine, days: [], declarations: 0, budget,
      trace: { drawStart: new Int32Array(0), offenceDraw: new Float64Array(0) }, uniforms: new Float64Array(0), redo: new Int32Array(0), checked: null,
      lastDay: null, lastRestored: false, fresh: new Int32Array(0), freshCount: 0,
    };
  }
  return last;
}

/** Forgets the cached traffic (benchmarks that time generation from scratch; tests). */
export function clearTrafficCache(): void {
  last = null;
}

/**
 * Fills `out` with day `day`'s traffic, as generateDay does, and returns the uniforms drawn for
 * it: restored from the cache when the day is there (declarations whose offence the population
 * now decides otherwise written again); otherwise generated, and kept when it extends the cache.
 */
export function generateDayCached(cache: TrafficCache, ctx: GeneratorContext, out: DayBuffer, day: number): number {
  const known = day < cache.days.length;
  const extendsCache = day === cache.days.length && cache.declarations < cache.budget;
  cache.lastDay = null;
  if ((!known && !extendsCache) || !fixedAsDrawn(cache, ctx.pop)) return generateDay(ctx, out, day);
  if (known) return restoreDay(cache, ctx, out, day);
  const draws = generateDay(ctx, out, day, cache.trace);
  const n = out.count, tier = new Uint8Array(n), popTier = ctx.pop.tier, network = ctx.pop.network;
  const fronts: number[] = [];
  for (let i = 0; i < n; i++) {
    tier[i] = popTier[out.importer[i]];
    if (network[out.importer[i]] >= 0) fronts.push(i);
  }
  const entry: CachedDay = {
    count: n, draws, columns: GENERATED_COLUMNS.map((c) => out[c].slice(0, n)),
    drawStart: cache.trace.drawStart.slice(0, n), offenceDraw: cache.trace.offenceDraw.slice(0, n), tier,
    network: Int32Array.from(fronts), declaredLo: new Uint32Array(n), declaredHi: new Uint32Array(n), declaredReady: false,
    consequence: new Uint8Array(n), randomDraw: new Float64Array(n), targetingReady: false,
  };
  cache.days.push(entry);
  cache.declarations += n;
  cache.lastDay = entry;
  cache.lastRestored = false;
  return draws;
}

/** Restores a cached day into `out` and writes again the declarations the population now makes otherwise. */
function restoreDay(cache: TrafficCache, ctx: GeneratorContext, out: DayBuffer, day: number): number {
  const cached = cache.days[day], n = cached.count;
  ensureDayCapacity(out, n);
  for (let c = 0; c < GENERATED_COLUMNS.length; c++) out[GENERATED_COLUMNS[c]].set(cached.columns[c]);
  out.count = n;
  out.day = day;
  if (cache.redo.length < n) cache.redo = new Int32Array(out.capacity);
  const propensity = ctx.pop.propensity, tier = ctx.pop.tier, importer = out.importer, offence = out.truthOffence;
  const redo = cache.redo, draw = cached.offenceDraw, tierThen = cached.tier;
  let redoCount = 0;
  for (let i = 0; i < n; i++) {
    const imp = importer[i];
    const offends = draw[i] < propensity[imp];
    // Same decision, and for an offence the same tier (which picks its type): the same declaration.
    if (offends !== (offence[i] !== 0) || (offends && tierThen[i] !== tier[imp])) redo[redoCount++] = i;
  }
  if (redoCount > 0) {
    // The day's stream again, up to the last declaration to write (its uniforms and some to spare).
    let last = 0;
    for (let r = 0; r < redoCount; r++) last = Math.max(last, cached.drawStart[redo[r]]);
    const rnd = arrivalsStream(ctx, day);
    // Writing declarations from a block of 2 x MAX_DRAWS_PER_DECLARATION past the last start never refills it.
    const need = last + 2 * MAX_DRAWS_PER_DECLARATION;
    if (cache.uniforms.length < need) cache.uniforms = new Float64Array(cached.draws + 2 * MAX_DRAWS_PER_DECLARATION);
    const uniforms = cache.uniforms.subarray(0, need);
    rnd.fill(uniforms, 0, uniforms.length);
    const block = { u: uniforms, k: 0 };
    for (let r = 0; r < redoCount; r++) {
      const i = redo[r];
      block.k = cached.drawStart[i];
      writeDeclarations(ctx, out, out.office[i], i, 1, block, rnd, day);
    }
  }
  if (cache.fresh.length < redoCount + cached.network.length) cache.fresh = new Int32Array(out.capacity + cached.network.length);
  cache.fresh.set(redo.subarray(0, redoCount));
  cache.fresh.set(cached.network, redoCount);
  cache.freshCount = redoCount + cached.network.length;
  cache.lastDay = cached;
  cache.lastRestored = true;
  return cached.draws;
}

/** Whether the population columns that fix a declaration's importer and uniforms equal the draw, bit for bit. */
function fixedAsDrawn(cache: TrafficCache, pop: TraderPopulation): boolean {
  const pristine = cache.pristine, firstDay = pop.firstDay, drawnFirstDay = pristine.firstDay;
  for (let t = 0; t < firstDay.length; t++) if (firstDay[t] !== drawnFirstDay[t]) return false;
  if (cache.checked !== pop) {
    for (const name of STATIC_INPUTS) if (!sameBytes(pop[name], pristine[name])) return false;
    cache.checked = pop;
  }
  return true;
}

/** Whether two typed arrays hold the same bytes. */
function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const ba = new Uint8Array(a.buffer, a.byteOffset, a.byteLength), bb = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let k = 0; k < ba.length; k++) if (ba[k] !== bb[k]) return false;
  return true;
}
