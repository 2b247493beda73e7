import type { Scenario } from '../config/schema';
import type { TraderPopulation } from '../traders/population';
import type { GeneratorContext } from './generatorContext';
import { ensureDayCapacity, type DayBuffer } from './dayBuffer';
import { arrivalsStream, generateDay, MAX_DRAWS_PER_DECLARATION, writeDeclarations, type GenerationTrace } from './generateDay';
import { STREAM_STATE_WORDS } from '../random/stream';

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
 * compared when the population is new to the cache and after each move of it, the others once per
 * population (a run's own copy).
 */
const STATIC_INPUTS = ['declarant', 'network', 'sector', 'homeOrigin', 'concealment'] as const satisfies readonly (keyof TraderPopulation)[];

/**
 * Declarations kept at most by default (110 bytes each: under 22 MB at any scale). The app's runs
 * (90 days of about 2,000) need 175,000.
 */
export const MAX_CACHED_DECLARATIONS = 200_000;
/** The largest budget a caller may set (about 1.1 GB of traffic). */
export const MAX_TRAFFIC_BUDGET = 10_000_000;

/**
 * Numbers of a day's stream between two saved generator states. A declaration written again starts
 * from the state saved last before its first uniform, so it costs at most this many skipped numbers
 * instead of the whole stream up to it (a day of 2,000 declarations draws about 13,000).
 */
const CHECKPOINT_SPAN = 256;

/** One generated day: its declarations' generated columns, where their uniforms were, and their importers' tiers. */
interface CachedDay {
  /** Declarations (count). */ readonly count: number;
  /** Uniforms drawn for the day (count), as generateDay returns. */ readonly draws: number;
  /** GENERATED_COLUMNS, in that order, `count` long. */ readonly columns: readonly (DayBuffer[(typeof GENERATED_COLUMNS)[number]])[];
  /** Stream position of each declaration's first uniform. */ readonly drawStart: Int32Array;
  /** The day stream's state before positions 0, CHECKPOINT_SPAN, 2 CHECKPOINT_SPAN, ... (STREAM_STATE_WORDS words each). */ readonly checkpoints: Int32Array;
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
  /** Scratch: the uniforms of a declaration written again, and the declarations to write again. */ readonly uniforms: Float64Array; redo: Int32Array;
  /** The last population whose columns were found as drawn, and its firstDay moves then. */ checked: TraderPopulation | null; checkedMoves: number;
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
      trace: { drawStart: new Int32Array(0), offenceDraw: new Float64Array(0) }, uniforms: new Float64Array(2 * MAX_DRAWS_PER_DECLARATION),
      redo: new Int32Array(0), checked: null, checkedMoves: 0,
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
    drawStart: cache.trace.drawStart.slice(0, n), checkpoints: saveCheckpoints(ctx, day, draws), offenceDraw: cache.trace.offenceDraw.slice(0, n), tier,
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
    // Each declaration again from its own uniforms: the day's stream from the state saved last
    // before them. A block of 2 x MAX_DRAWS_PER_DECLARATION from the first is never refilled.
    const rnd = arrivalsStream(ctx, day), checkpoints = cached.checkpoints, block = { u: cache.uniforms, k: 0 };
    for (let r = 0; r < redoCount; r++) {
      const i = redo[r], start = cached.drawStart[i], checkpoint = Math.floor(start / CHECKPOINT_SPAN);
      rnd.loadState(checkpoints, checkpoint * STREAM_STATE_WORDS);
      rnd.skip(start - checkpoint * CHECKPOINT_SPAN);
      rnd.fill(block.u, 0, block.u.length);
      block.k = 0;
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

/**
 * Whether the population columns that fix a declaration's importer and uniforms equal the draw, bit
 * for bit. A population found so stays so until its firstDay moves (nothing else writes them).
 */
function fixedAsDrawn(cache: TrafficCache, pop: TraderPopulation): boolean {
  if (cache.checked === pop && cache.checkedMoves === pop.firstDayMoves) return true;
  const pristine = cache.pristine;
  if (!sameBytes(pop.firstDay, pristine.firstDay)) return false;
  for (const name of STATIC_INPUTS) if (!sameBytes(pop[name], pristine[name])) return false;
  cache.checked = pop;
  cache.checkedMoves = pop.firstDayMoves;
  return true;
}

/** The day stream's state every CHECKPOINT_SPAN numbers, up to the `draws` the day's traffic took. */
function saveCheckpoints(ctx: GeneratorContext, day: number, draws: number): Int32Array {
  const rnd = arrivalsStream(ctx, day), count = Math.floor(draws / CHECKPOINT_SPAN) + 1;
  const checkpoints = new Int32Array(count * STREAM_STATE_WORDS);
  for (let k = 0; k < count; k++) {
    if (k > 0) rnd.skip(CHECKPOINT_SPAN);
    rnd.saveState(checkpoints, k * STREAM_STATE_WORDS);
  }
  return checkpoints;
}

/** Whether two typed arrays hold the same bytes. */
function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const ba = new Uint8Array(a.buffer, a.byteOffset, a.byteLength), bb = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let k = 0; k < ba.length; k++) if (ba[k] !== bb[k]) return false;
  return true;
}
