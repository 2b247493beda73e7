import type { GeneratorContext } from './generatorContext';
import { MODE_MASS_SCALE } from './generatorContext';
import { ensureDayCapacity, type DayBuffer } from './dayBuffer';
import {
  CONSIGNEE_COMPANY, CONSIGNEE_FORWARDER, CONSIGNEE_INDIVIDUAL, CONSIGNEE_RESIDENTIAL, DESC_BRAND, DESC_GIFT,
  DESC_INCONSISTENT, DESC_SPECIFIC, DESC_VAGUE, OFF_EXCISE, OFF_IPR, OFF_MISCLASSIFICATION,
  OFF_NONE, OFF_ORIGIN, OFF_PROHIBITED, OFF_UNDERVALUATION, PAYMENT_CASH, PAYMENT_THIRD_PARTY,
} from './codes';
import { SIG } from './signals';
import { CHUNK_OUTCOMES } from './signalChunks';
import { SPECIALTY_OFFENCE } from './offenceMix';
import { createStream, type RandomStream } from '../random/stream';
import { ensureUniforms, type UniformBlock } from '../random/uniformBlock';
import { samplePoisson } from '../random/distributions';
import { lookUpFactor } from '../random/normalTable';
import { pickAlias } from '../random/aliasTable';

/** Upper bound of the uniforms one declaration consumes (21 at most today, with three importer re-draws). */
export const MAX_DRAWS_PER_DECLARATION = 64;
const MODE_SEA = 0;
const MODE_EXPRESS = 2;
// Signal bits, resolved once so the loop tests constants.
const B_VAGUE = 1 << SIG.vagueDescription, B_INCONS = 1 << SIG.descriptionInconsistent, B_BRAND = 1 << SIG.brandName;
const B_GIFT = 1 << SIG.giftOrSample, B_RESID = 1 << SIG.residentialConsignee, B_FWD = 1 << SIG.forwarderConsignee;
const B_PAY = 1 << SIG.riskyPayment, B_DOC = 1 << SIG.documentMismatch, B_WEIGHT = 1 << SIG.weightDeviation;
const B_SEAL = 1 << SIG.sealMismatch, B_LATE = 1 << SIG.lateAdvanceData, B_AMEND = 1 << SIG.amendedAdvanceData;
const B_TRANS = 1 << SIG.transshipped, B_PAIR = 1 << SIG.newPartnerPair, B_RELATED = 1 << SIG.relatedParty;
const B_ATYP = 1 << SIG.atypicalOrigin, B_FREIGHT = 1 << SIG.highFreight, B_THRESH = 1 << SIG.nearThreshold;
const B_OFFSECTOR = 1 << SIG.offSector, B_CARRIER = 1 << SIG.newCarrier, B_TRANSIT = 1 << SIG.transit;
const B_CONTAINER = 1 << SIG.riskyContainer, B_DEPART = 1 << SIG.riskyDeparture;

/**
 * Fills `out` with day `day`'s declarations for every office: Poisson arrivals by weekday, the
 * importer (by size, among those using the office's mode), the hidden offence (from the importer's
 * propensity and tier), and declared fields that carry the offence's signals.
 *
 * Draws come only from the stream "arrivals" of this day, so the traffic of a day does not depend
 * on policy or on earlier days' draws (common random numbers). WARNING: overwrites `out`.
 * Returns the number of random numbers drawn.
 */
export function generateDay(ctx: GeneratorContext, out: DayBuffer, day: number, trace: GenerationTrace | null = null): number {
  const rnd = arrivalsStream(ctx, day);

  const weekday = (ctx.startWeekday + day) % 7;
  let total = 0;
  const counts = new Int32Array(ctx.officeCount);
  for (let o = 0; o < ctx.officeCount; o++) {
    counts[o] = samplePoisson(rnd, ctx.officeDailyMean[o * 7 + weekday]);
    if (ctx.traderPick[ctx.officeMode[o]] === null) counts[o] = 0;
    total += counts[o];
  }
  ensureDayCapacity(out, total);
  if (trace !== null && trace.offenceDraw.length < total) {
    trace.drawStart = new Int32Array(out.capacity);
    trace.offenceDraw = new Float64Array(out.capacity);
  }
  // Per-declaration uniforms come from a block refilled between declarations (see uniformBlock.ts).
  const block = ctx.block;
  block.k = block.u.length;
  ensureUniforms(block, rnd, MAX_DRAWS_PER_DECLARATION);
  out.count = total;
  out.day = day;
  let i = 0;
  for (let o = 0; o < ctx.officeCount; o++) {
    writeDeclarations(ctx, out, o, i, counts[o], block, rnd, day, trace);
    i += counts[o];
  }
  // Numbers drawn ahead into the block but not used are not counted.
  return rnd.draws() - (block.u.length - block.k);
}

/**
 * Where each declaration of a day came from in the day's stream, for writing it again alone
 * (see trafficCache.ts): the stream position of its first uniform, and the uniform that decided
 * whether it offends (compared with the importer's propensity).
 */
export interface GenerationTrace {
  /** Position in the day's arrivals stream of the declaration's first uniform (0 = the stream's first number). */ drawStart: Int32Array;
  /** The uniform compared with the importer's propensity: it offends when below. */ offenceDraw: Float64Array;
}

/** The stream a day's traffic is drawn from: one per day, whatever the policy (common random numbers). */
export function arrivalsStream(ctx: GeneratorContext, day: number): RandomStream {
  return createStream(`${ctx.seed}|arrivals|${day}`);
}

/**
 * Writes `n` declarations lodged at office `o`, from position `first` of `out`, with the uniforms
 * of `block` from `block.k` on, refilled from `rnd` between declarations; leaves `block.k` after
 * the last uniform taken. The same uniforms and population give the same declarations, so a
 * declaration can be written again alone from the position of its first uniform. With a
 * `trace`, records where each declaration's uniforms were.
 */
export function writeDeclarations(
  ctx: GeneratorContext, out: DayBuffer, o: number, first: number, n: number, block: UniformBlock, rnd: RandomStream, day: number,
  trace: GenerationTrace | null = null,
): void {
  const pop = ctx.pop;
  const mode = ctx.officeMode[o];
  const pick = ctx.traderPick[mode]!;
  const open = day * 24 + ctx.officeOpen[o], span = ctx.officeSpan[o];
  const massScale = MODE_MASS_SCALE[mode];
  const signals = ctx.signalChunks[mode], chunks = signals.chunks, sigCells = signals.cells, sigBits = signals.bits;
  let k = block.k;
  const u = block.u;
  // Stream position of u[0]: the block holds the last u.length numbers drawn.
  let base = rnd.draws() - u.length;
  for (let i = first; i < first + n; i++) {
    if (k > u.length - MAX_DRAWS_PER_DECLARATION) {
      block.k = k;
      ensureUniforms(block, rnd, MAX_DRAWS_PER_DECLARATION);
      k = block.k;
      base = rnd.draws() - u.length;
    }
    if (trace !== null) trace.drawStart[i] = base + k;
    out.office[i] = o;
    out.mode[i] = mode;
    out.arrivalHour[i] = open + u[k++] * span;
    // Importer: by size; an importer that has not started trading yet is re-drawn (bounded).
    let imp = pickAlias(pick, u[k++]);
    for (let retry = 0; retry < 3 && pop.firstDay[imp] > day; retry++) imp = pickAlias(pick, u[k++]);
    out.importer[i] = imp;
    const uDec = u[k++], uDec2 = u[k++];
    out.declarant[i] = uDec < 0.9 ? pop.declarant[imp] : Math.floor(uDec2 * pop.declarantCount);

    // Ground truth first: the offence comes from the importer's propensity and tier.
    const uOff = u[k++], uType = u[k++];
    if (trace !== null) trace.offenceDraw[i] = uOff;
    let off = OFF_NONE;
    if (uOff < pop.propensity[imp]) {
      const net = pop.network[imp];
      off = net >= 0 && uType < 0.8 ? SPECIALTY_OFFENCE[net % 3] : pickAlias(ctx.offenceTables[pop.tier[imp]], uType < 0.8 ? uType / 0.8 : (uType - 0.8) / 0.2);
    }
    const sector = pop.sector[imp];
    const s0 = ctx.sectorStart[sector], sN = ctx.sectorStart[sector + 1] - s0;
    const uCom = u[k++];
    let com = ctx.sectorCommodities[s0 + Math.floor(uCom * sN)];
    if (off === OFF_IPR && ctx.counterfeitProne[com] === 0) {
      com = ctx.counterfeitCommodities[Math.floor(uCom * ctx.counterfeitCommodities.length)];
    }
    if (off === OFF_MISCLASSIFICATION && ctx.dutyRate[ctx.twin[com]] + ctx.exciseRate[ctx.twin[com]] >= ctx.dutyRate[com] + ctx.exciseRate[com]) {
      off = OFF_UNDERVALUATION;
    }
    const uOrigin = u[k++], uOrigin2 = u[k++];
    let origin = uOrigin < 0.8 ? pop.homeOrigin[imp] : pickAlias(ctx.countryPick[sector], uOrigin2);
    let departure = origin;

    // Quantity and value: lognormal mass around the commodity's typical consignment, price around reference.
    const mass = ctx.typicalMass[com] * massScale * lookUpFactor(ctx.massFactor, u[k++]);
    const trueValue = mass * ctx.refPrice[com] * lookUpFactor(ctx.priceFactor, u[k++]);
    const uEffect = u[k++];
    let declaredValue = trueValue;
    let declaredCom = com;
    let revenue = 0;
    let preference = 0;
    if (off === OFF_UNDERVALUATION) {
      const hidden = 0.3 + 0.5 * uEffect;
      declaredValue = trueValue * (1 - hidden);
      revenue = (ctx.dutyRate[com] + ctx.exciseRate[com]) * trueValue * hidden;
    } else if (off === OFF_MISCLASSIFICATION) {
      declaredCom = ctx.twin[com];
      revenue = (ctx.dutyRate[com] + ctx.exciseRate[com] - ctx.dutyRate[declaredCom] - ctx.exciseRate[declaredCom]) * trueValue;
    } else if (off === OFF_ORIGIN) {
      // Goods from a non-preferential source declared as originating in an FTA partner.
      origin = ctx.ftaPartners[Math.floor(uEffect * ctx.ftaPartners.length)];
      preference = 1;
      revenue = Math.max(ctx.dutyRate[com], 0.05) * trueValue;
    } else if (off === OFF_IPR) {
      declaredValue = trueValue * (0.15 + 0.2 * uEffect);
      revenue = ctx.dutyRate[com] * (trueValue - declaredValue);
    } else if (off === OFF_EXCISE) {
      revenue = trueValue * (0.5 + uEffect);
    }
    if (off === OFF_NONE && ctx.countries.ftaPartner[origin] === 1 && uEffect < 0.6) preference = 1;

    // Signals: independent Bernoulli draws whose probabilities depend on the offence (see
    // signals.ts), only those that exist in this mode, seven at a time from one uniform each
    // (an alias pick among the chunk's 128 joint outcomes, see signalChunks.ts).
    let sig = 0;
    const tableBase = off * chunks;
    for (let j = 0; j < chunks; j++) {
      const x = u[k++] * CHUNK_OUTCOMES, outcome = x | 0, cell = (tableBase + j) * 2 * CHUNK_OUTCOMES + 2 * outcome;
      sig |= sigBits[j * CHUNK_OUTCOMES + (x - outcome < sigCells[cell] ? outcome : sigCells[cell + 1])];
    }
    const u1 = u[k++], u2 = u[k++], u3 = u[k++];

    if (sig & B_OFFSECTOR) {
      const other = Math.floor(u1 * ctx.sectorCommodities.length);
      declaredCom = ctx.sectorCommodities[other];
    }
    if (sig & B_ATYP) {
      const ns0 = ctx.nonSupplierStart[sector], nsN = ctx.nonSupplierStart[sector + 1] - ns0;
      if (nsN > 0) origin = ctx.nonSuppliers[ns0 + Math.floor(u2 * nsN)];
    }
    if (sig & B_DEPART) departure = ctx.riskyDepartures[Math.floor(u3 * ctx.riskyDepartures.length)];
    else if (off === OFF_ORIGIN) departure = pop.homeOrigin[imp];
    let transshipped = 0;
    if (sig & B_TRANS) {
      transshipped = 1;
      departure = ctx.hubs[Math.floor(u1 * ctx.hubs.length)];
    }
    out.commodity[i] = declaredCom;
    out.origin[i] = origin;
    out.departure[i] = departure;
    out.transshipped[i] = transshipped;
    out.declaredValue[i] = declaredValue;
    out.massKg[i] = mass;
    out.unitValueRatio[i] = declaredValue / mass / ctx.refPrice[declaredCom];
    out.preferenceClaimed[i] = preference;
    out.descriptionClass[i] =
      sig & B_INCONS ? DESC_INCONSISTENT
      : sig & B_BRAND && ctx.counterfeitProne[declaredCom] === 1 ? DESC_BRAND
      : sig & B_GIFT ? DESC_GIFT
      : sig & B_VAGUE ? DESC_VAGUE
      : DESC_SPECIFIC;
    out.consigneeType[i] =
      sig & B_RESID ? CONSIGNEE_RESIDENTIAL
      : sig & B_FWD ? CONSIGNEE_FORWARDER
      : mode === MODE_EXPRESS && u2 < 0.6 ? CONSIGNEE_INDIVIDUAL
      : CONSIGNEE_COMPANY;
    out.paymentType[i] = sig & B_PAY ? (u3 < 0.5 ? PAYMENT_CASH : PAYMENT_THIRD_PARTY) : Math.floor(u3 * 3);
    out.docMismatch[i] = sig & B_DOC ? 1 : 0;
    out.sealMismatch[i] = sig & B_SEAL ? 1 : 0;
    out.weightDeviation[i] = sig & B_WEIGHT ? 0.12 + 0.3 * u1 : 0.06 * u2;
    // Advance data: sea ISF 24 h before lading (domain §2.2 M1); air/express PLACI before loading.
    out.advanceLeadHours[i] = mode === MODE_SEA
      ? (sig & B_LATE ? -6 + 28 * u1 : 24 + 120 * u1)
      : (sig & B_LATE ? -2 + 3 * u1 : 2 + 22 * u1);
    out.amendments[i] = sig & B_AMEND ? 2 + Math.floor(u2 * 3) : u2 < 0.1 ? 1 : 0;
    const items = mode === MODE_EXPRESS ? 1 + Math.floor(u3 * u3 * u3 * 40) : 0;
    out.parcelItems[i] = items;
    // Cargo is counted in packages of about 15 kg (cartons); a parcel in items.
    out.quantity[i] = mode === MODE_EXPRESS ? items : Math.max(1, Math.round(mass / 15));
    out.freightRatio[i] = sig & B_FREIGHT ? 0.3 + 0.6 * u1 : 0.02 + 0.1 * u1;
    out.newPartnerPair[i] = sig & B_PAIR ? 1 : 0;
    out.relatedParty[i] = sig & B_RELATED ? 1 : 0;
    out.newCarrier[i] = sig & B_CARRIER ? 1 : 0;
    out.transit[i] = sig & B_TRANSIT ? 1 : 0;
    out.nearThreshold[i] = sig & B_THRESH ? 1 : 0;
    out.containerType[i] = mode !== MODE_SEA ? 0 : sig & B_CONTAINER ? 2 + Math.floor(u2 * 3) : 1;
    out.truthOffence[i] = off;
    out.truthRevenue[i] = revenue > 0 ? revenue : 0;
    out.truthConcealment[i] = off === OFF_PROHIBITED || off === OFF_EXCISE || off === OFF_IPR ? Math.max(1, pop.concealment[imp]) : 0;
  }
  block.k = k;
}
