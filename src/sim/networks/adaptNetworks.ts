import type { DayBuffer } from '../declarations/dayBuffer';
import type { GeneratorContext } from '../declarations/generatorContext';
import type { NetworkState } from './networkState';
import { RING_FIELDS, RING_SIZE, resetNetworkDay } from './networkState';
import { D_CONCEAL, D_COVER, D_OFFICE, D_ROUTE, MAX_CONCEAL, MAX_COVER, PARCEL_STRUCTURING, ROUTE_OF_DEPARTURE } from './networkOptions';
import { applyConcealment, moveToOffice, setCover, setRoute } from './reshapeConsignment';
import { createStream } from '../random/stream';
import { OFF_EXCISE, OFF_IPR, OFF_PROHIBITED } from '../declarations/codes';
import { DAY_ID_SPAN } from '../targeting/assignLanes';

const EXPRESS = 2;
/** Uniforms one smuggling consignment may use: office 2, route 1, cover 2, concealment 1 + 6 traces. */
const DRAWS_PER_CONSIGNMENT = 12;

/**
 * Lets the organised networks place today's smuggling consignments (network fronts' consignments
 * carrying their specialty: drugs, counterfeits or excise goods). Runs after the day's traffic is
 * generated and before indicators: each network first forgets a day's worth of experience and
 * turns what it remembers into choice weights; then, for each of its smuggling consignments, it
 * picks office, route, cover and concealment by multinomial logit and the declaration is rewritten
 * to match. Every consignment is recorded for learning and for the displacement KPIs.
 *
 * Draws come from the stream "networks" of the day, so ordinary traffic is untouched (common random
 * numbers) and only network consignments cost anything. Returns the number of uniforms drawn.
 */
export function adaptNetworkConsignments(ns: NetworkState, gen: GeneratorContext, b: DayBuffer, scratch: Float64Array): number {
  resetNetworkDay(ns);
  if (ns.count === 0) return 0;
  fadeMemory(ns);
  const cfg = ns.config, choices = cfg.choices;
  const adaptive = cfg.adaptive;
  if (adaptive) computeChoiceWeights(ns);
  const rnd = createStream(`${ns.seed}|networks|${b.day}`);
  const pop = gen.pop, idBase = b.day * DAY_ID_SPAN;
  const officeCount = ns.stride[D_OFFICE], routeCount = ns.stride[D_ROUTE];
  for (let i = 0; i < b.count; i++) {
    const net = pop.network[b.importer[i]];
    if (net < 0) continue;
    const off = b.truthOffence[i];
    if (off !== OFF_PROHIBITED && off !== OFF_IPR && off !== OFF_EXCISE) continue;
    let office = b.office[i], route = ROUTE_OF_DEPARTURE[b.departure[i]], cover = -1, conceal = -1;
    if (adaptive) {
      rnd.fill(scratch, 0, DRAWS_PER_CONSIGNMENT);
      if (choices.office) {
        office = pickOption(ns.weight[D_OFFICE], net * officeCount, officeCount, scratch[0], -1, ns.concealCode, 0);
        moveToOffice(gen, b, i, office, scratch[1]);
      }
      if (choices.route) {
        route = pickOption(ns.weight[D_ROUTE], net * routeCount, routeCount, scratch[2], -1, ns.concealCode, 0);
        setRoute(b, i, route);
      }
      if (choices.cover) {
        cover = pickOption(ns.weight[D_COVER], net * MAX_COVER, MAX_COVER, scratch[3], -1, ns.concealCode, 0);
        const c0 = ns.coverStart[net * MAX_COVER + cover], cN = ns.coverStart[net * MAX_COVER + cover + 1] - c0;
        setCover(gen, b, i, ns.coverCommodities[c0 + Math.floor(scratch[4] * cN)]);
      }
      if (choices.concealment) {
        // Small-parcel structuring exists only for express parcels.
        const exclude = b.mode[i] === EXPRESS ? -1 : PARCEL_STRUCTURING;
        conceal = pickOption(ns.weight[D_CONCEAL], net * MAX_CONCEAL, MAX_CONCEAL, scratch[5], exclude, ns.concealCode, net * MAX_CONCEAL);
        applyConcealment(b, i, ns.concealCode[net * MAX_CONCEAL + conceal], scratch, 6);
      }
    }
    if (cover < 0) cover = optionOf(ns.coverSector, net * MAX_COVER, MAX_COVER, ns.sectorOf[b.commodity[i]]);
    if (conceal < 0) conceal = optionOf(ns.concealCode, net * MAX_CONCEAL, MAX_CONCEAL, b.truthConcealment[i]);
    recordConsignment(ns, b, i, idBase + i, net, office, route, cover, conceal);
  }
  return rnd.draws();
}

/** Index of the option whose code is `code` in `codes[base .. base + k)`, or -1. */
function optionOf(codes: ArrayLike<number>, base: number, k: number, code: number): number {
  for (let j = 0; j < k; j++) if (codes[base + j] === code) return j;
  return -1;
}

/**
 * Picks an option with probability proportional to its weight, from `weight[base .. base + k)`;
 * an option whose code in `codes[codeBase + j]` equals `exclude` is skipped.
 */
function pickOption(weight: Float64Array, base: number, k: number, u: number, exclude: number, codes: Uint8Array, codeBase: number): number {
  let sum = 0;
  for (let j = 0; j < k; j++) if (exclude < 0 || codes[codeBase + j] !== exclude) sum += weight[base + j];
  let target = u * sum, last = 0;
  for (let j = 0; j < k; j++) {
    if (exclude >= 0 && codes[codeBase + j] === exclude) continue;
    const w = weight[base + j];
    if (w <= 0) continue;
    last = j;
    if (target < w) return j;
    target -= w;
  }
  return last;
}

/** Counts a smuggling consignment in the day's and run's KPIs, as exposure of its options, and in the ring. */
function recordConsignment(
  ns: NetworkState, b: DayBuffer, i: number, id: number, net: number, office: number, route: number, cover: number, conceal: number,
): void {
  const sector = ns.sectorOf[b.commodity[i]], routeNow = ROUTE_OF_DEPARTURE[b.departure[i]], o = b.office[i];
  ns.day.byOffice[o]++; ns.day.byRoute[routeNow]++; ns.day.bySector[sector]++;
  ns.run.byOffice[o]++; ns.run.byRoute[routeNow]++; ns.run.bySector[sector]++;
  ns.exposure[D_OFFICE][net * ns.stride[D_OFFICE] + office]++;
  ns.exposure[D_ROUTE][net * ns.stride[D_ROUTE] + route]++;
  if (cover >= 0) ns.exposure[D_COVER][net * MAX_COVER + cover]++;
  if (conceal >= 0) ns.exposure[D_CONCEAL][net * MAX_CONCEAL + conceal]++;
  ns.totalExposure[net]++;
  const slot = ns.ringHead, r = slot * RING_FIELDS;
  ns.ringId[slot] = id;
  ns.ringChoice[r] = net;
  ns.ringChoice[r + 1] = office;
  ns.ringChoice[r + 2] = route;
  ns.ringChoice[r + 3] = cover;
  ns.ringChoice[r + 4] = conceal;
  ns.ringChoice[r + 5] = sector;
  ns.ringChoice[r + 6] = b.departure[i];
  ns.ringChoice[r + 7] = b.commodity[i];
  ns.ringHead = (slot + 1) % RING_SIZE;
  ns.ringWritten++;
}

/** Multiplies every remembered count by the daily retention 2^(-1 / half-life). */
function fadeMemory(ns: NetworkState): void {
  const keep = Math.pow(0.5, 1 / ns.config.memoryHalfLifeDays);
  for (let d = 0; d < 4; d++) {
    const e = ns.exposure[d], l = ns.loss[d];
    for (let k = 0; k < e.length; k++) { e[k] *= keep; l[k] *= keep; }
  }
  for (let n = 0; n < ns.count; n++) { ns.totalExposure[n] *= keep; ns.totalLoss[n] *= keep; }
}

/**
 * Turns memory into today's choice weights: the interdiction risk of option j is
 * r_j = (loss_j + s r) / (exposure_j + s), shrunk by the prior strength s toward the network's
 * pooled risk r = (total loss + s r0) / (total exposure + s); its expected profit is
 * U_j = profit (1 - r_j) - lossPerSeizure r_j; its weight exp(beta (U_j - max U)) (§6.5 logit).
 * Writes into `out` (per dimension, laid out like ns.weight): the state's own arrays by default.
 */
export function computeChoiceWeights(ns: NetworkState, out: readonly Float64Array[] = ns.weight): void {
  const cfg = ns.config, s = cfg.priorStrength, beta = cfg.choiceSensitivity;
  const profit = cfg.profitPerConsignment, stake = cfg.profitPerConsignment + cfg.lossPerSeizure;
  for (let n = 0; n < ns.count; n++) {
    const pooled = (ns.totalLoss[n] + s * cfg.priorRisk) / (ns.totalExposure[n] + s);
    for (let d = 0; d < 4; d++) {
      const k = ns.stride[d], base = n * k;
      const allowed = ns.allowed[d], e = ns.exposure[d], l = ns.loss[d], w = out[d];
      let best = -Infinity;
      for (let j = 0; j < k; j++) {
        w[base + j] = profit - stake * ((l[base + j] + s * pooled) / (e[base + j] + s));
        if (allowed[base + j] === 1 && w[base + j] > best) best = w[base + j];
      }
      for (let j = 0; j < k; j++) w[base + j] = allowed[base + j] === 1 ? Math.exp(beta * (w[base + j] - best)) : 0;
    }
  }
}
