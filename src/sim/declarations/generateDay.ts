import type { GeneratorContext } from './generatorContext';
import { MODE_MASS_SCALE } from './generatorContext';
import { ensureDayCapacity, type DayBuffer } from './dayBuffer';
import { checkCodeMirror, checkMirror, checkModeMirror } from './codeMirror';
import { SIG } from './signals';
import { CHUNK_OUTCOMES } from './signalChunks';
import { SPECIALTY_OFFENCE } from './offenceMix';
import { createStream, type RandomStream } from '../random/stream';
import { ensureUniforms, type UniformBlock } from '../random/uniformBlock';
import { samplePoisson } from '../random/distributions';
import { lookUpFactor } from '../random/normalTable';
import { pickAlias } from '../random/aliasTable';

/** The loop's sizes, as literals like the codes below. */
enum Size {
  /** MAX_DRAWS_PER_DECLARATION, below. */ MaxDraws = 64,
  /** CHUNK_OUTCOMES of signalChunks.ts, checked at load. */ ChunkOutcomes = 128,
}
if (Size.ChunkOutcomes !== CHUNK_OUTCOMES) throw new Error('[sim/generator] CHUNK_OUTCOMES differs from the loop\'s copy');
/** Upper bound of the uniforms one declaration consumes (21 at most today, with three importer re-draws). */
export const MAX_DRAWS_PER_DECLARATION: number = Size.MaxDraws;
/** The codes the loop tests, as literals (see codeMirror.ts), checked against codes.ts at load. */
enum Mode { Sea = 0, Express = 2 }
checkModeMirror(Mode);
enum Off { NONE = 0, UNDERVALUATION = 1, MISCLASSIFICATION = 2, ORIGIN = 3, PROHIBITED = 4, IPR = 5, EXCISE = 6 }
enum Desc { SPECIFIC = 0, VAGUE = 1, INCONSISTENT = 2, BRAND = 3, GIFT = 4 }
enum Consignee { COMPANY = 0, INDIVIDUAL = 1, FORWARDER = 2, RESIDENTIAL = 3 }
enum Payment { CASH = 3, THIRD_PARTY = 4 }
checkCodeMirror('OFF_', Off);
checkCodeMirror('DESC_', Desc);
checkCodeMirror('CONSIGNEE_', Consignee);
checkCodeMirror('PAYMENT_', Payment);
/** Each signal's bit in a declaration's signal set, by id, as literals (SIGNALS order, checked at load). */
enum Signal {
  vagueDescription = 1 << 0, descriptionInconsistent = 1 << 1, brandName = 1 << 2, giftOrSample = 1 << 3,
  residentialConsignee = 1 << 4, forwarderConsignee = 1 << 5, riskyPayment = 1 << 6, documentMismatch = 1 << 7,
  weightDeviation = 1 << 8, sealMismatch = 1 << 9, lateAdvanceData = 1 << 10, amendedAdvanceData = 1 << 11,
  transshipped = 1 << 12, newPartnerPair = 1 << 13, relatedParty = 1 << 14, atypicalOrigin = 1 << 15,
  highFreight = 1 << 16, nearThreshold = 1 << 17, offSector = 1 << 18, newCarrier = 1 << 19, transit = 1 << 20,
  riskyContainer = 1 << 21, riskyDeparture = 1 << 22,
}
checkMirror(Signal, (id) => (id in SIG ? 1 << SIG[id] : undefined), (id) => `[sim/generator] bit of signal ${id} is not its SIGNALS position`);

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
  ensureUniforms(block, rnd, Size.MaxDraws);
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
  // The day's columns, read once: a column read from `out` at every store costs more than the store.
  const { office: officeColumn, mode: modeColumn, arrivalHour: arrivalHourColumn, importer: importerColumn,
    declarant: declarantColumn, commodity: commodityColumn, origin: originColumn, departure: departureColumn,
    transshipped: transshippedColumn, declaredValue: declaredValueColumn, massKg: massKgColumn,
    unitValueRatio: unitValueRatioColumn, preferenceClaimed: preferenceClaimedColumn,
    descriptionClass: descriptionClassColumn, consigneeType: consigneeTypeColumn, paymentType: paymentTypeColumn,
    docMismatch: docMismatchColumn, sealMismatch: sealMismatchColumn, weightDeviation: weightDeviationColumn,
    advanceLeadHours: advanceLeadHoursColumn, amendments: amendmentsColumn, parcelItems: parcelItemsColumn,
    quantity: quantityColumn, freightRatio: freightRatioColumn, newPartnerPair: newPartnerPairColumn,
    relatedParty: relatedPartyColumn, newCarrier: newCarrierColumn, transit: transitColumn,
    nearThreshold: nearThresholdColumn, containerType: containerTypeColumn, truthOffence: truthOffenceColumn,
    truthRevenue: truthRevenueColumn, truthConcealment: truthConcealmentColumn } = out;
  let k = block.k;
  const u = block.u;
  // Stream position of u[0]: the block holds the last u.length numbers drawn.
  let base = rnd.draws() - u.length;
  for (let i = first; i < first + n; i++) {
    if (k > u.length - Size.MaxDraws) {
      block.k = k;
      ensureUniforms(block, rnd, Size.MaxDraws);
      k = block.k;
      base = rnd.draws() - u.length;
    }
    if (trace !== null) trace.drawStart[i] = base + k;
    officeColumn[i] = o;
    modeColumn[i] = mode;
    arrivalHourColumn[i] = open + u[k++] * span;
    // Importer: by size; an importer that has not started trading yet is re-drawn (bounded).
    let imp = pickAlias(pick, u[k++]);
    for (let retry = 0; retry < 3 && pop.firstDay[imp] > day; retry++) imp = pickAlias(pick, u[k++]);
    importerColumn[i] = imp;
    const uDec = u[k++], uDec2 = u[k++];
    declarantColumn[i] = uDec < 0.9 ? pop.declarant[imp] : Math.floor(uDec2 * pop.declarantCount);

    // Ground truth first: the offence comes from the importer's propensity and tier.
    const uOff = u[k++], uType = u[k++];
    if (trace !== null) trace.offenceDraw[i] = uOff;
    let off = Off.NONE;
    if (uOff < pop.propensity[imp]) {
      const net = pop.network[imp];
      off = net >= 0 && uType < 0.8 ? SPECIALTY_OFFENCE[net % 3] : pickAlias(ctx.offenceTables[pop.tier[imp]], uType < 0.8 ? uType / 0.8 : (uType - 0.8) / 0.2);
    }
    const sector = pop.sector[imp];
    const s0 = ctx.sectorStart[sector], sN = ctx.sectorStart[sector + 1] - s0;
    const uCom = u[k++];
    let com = ctx.sectorCommodities[s0 + Math.floor(uCom * sN)];
    if (off === Off.IPR && ctx.counterfeitProne[com] === 0) {
      com = ctx.counterfeitCommodities[Math.floor(uCom * ctx.counterfeitCommodities.length)];
    }
    if (off === Off.MISCLASSIFICATION && ctx.dutyRate[ctx.twin[com]] + ctx.exciseRate[ctx.twin[com]] >= ctx.dutyRate[com] + ctx.exciseRate[com]) {
      off = Off.UNDERVALUATION;
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
    if (off === Off.UNDERVALUATION) {
      const hidden = 0.3 + 0.5 * uEffect;
      declaredValue = trueValue * (1 - hidden);
      revenue = (ctx.dutyRate[com] + ctx.exciseRate[com]) * trueValue * hidden;
    } else if (off === Off.MISCLASSIFICATION) {
      declaredCom = ctx.twin[com];
      revenue = (ctx.dutyRate[com] + ctx.exciseRate[com] - ctx.dutyRate[declaredCom] - ctx.exciseRate[declaredCom]) * trueValue;
    } else if (off === Off.ORIGIN) {
      // Goods from a non-preferential source declared as originating in an FTA partner.
      origin = ctx.ftaPartners[Math.floor(uEffect * ctx.ftaPartners.length)];
      preference = 1;
      revenue = Math.max(ctx.dutyRate[com], 0.05) * trueValue;
    } else if (off === Off.IPR) {
      declaredValue = trueValue * (0.15 + 0.2 * uEffect);
      revenue = ctx.dutyRate[com] * (trueValue - declaredValue);
    } else if (off === Off.EXCISE) {
      revenue = trueValue * (0.5 + uEffect);
    }
    if (off === Off.NONE && ctx.countries.ftaPartner[origin] === 1 && uEffect < 0.6) preference = 1;

    // Signals: independent Bernoulli draws whose probabilities depend on the offence (see
    // signals.ts), only those that exist in this mode, seven at a time from one uniform each
    // (an alias pick among the chunk's 128 joint outcomes, see signalChunks.ts).
    let sig = 0;
    const tableBase = off * chunks;
    for (let j = 0; j < chunks; j++) {
      const x = u[k++] * Size.ChunkOutcomes, outcome = x | 0, cell = (tableBase + j) * 2 * Size.ChunkOutcomes + 2 * outcome;
      sig |= sigBits[j * Size.ChunkOutcomes + (x - outcome < sigCells[cell] ? outcome : sigCells[cell + 1])];
    }
    const u1 = u[k++], u2 = u[k++], u3 = u[k++];

    if (sig & Signal.offSector) {
      const other = Math.floor(u1 * ctx.sectorCommodities.length);
      declaredCom = ctx.sectorCommodities[other];
    }
    if (sig & Signal.atypicalOrigin) {
      const ns0 = ctx.nonSupplierStart[sector], nsN = ctx.nonSupplierStart[sector + 1] - ns0;
      if (nsN > 0) origin = ctx.nonSuppliers[ns0 + Math.floor(u2 * nsN)];
    }
    if (sig & Signal.riskyDeparture) departure = ctx.riskyDepartures[Math.floor(u3 * ctx.riskyDepartures.length)];
    else if (off === Off.ORIGIN) departure = pop.homeOrigin[imp];
    let transshipped = 0;
    if (sig & Signal.transshipped) {
      transshipped = 1;
      departure = ctx.hubs[Math.floor(u1 * ctx.hubs.length)];
    }
    commodityColumn[i] = declaredCom;
    originColumn[i] = origin;
    departureColumn[i] = departure;
    transshippedColumn[i] = transshipped;
    declaredValueColumn[i] = declaredValue;
    massKgColumn[i] = mass;
    unitValueRatioColumn[i] = declaredValue / mass / ctx.refPrice[declaredCom];
    preferenceClaimedColumn[i] = preference;
    descriptionClassColumn[i] =
      sig & Signal.descriptionInconsistent ? Desc.INCONSISTENT
      : sig & Signal.brandName && ctx.counterfeitProne[declaredCom] === 1 ? Desc.BRAND
      : sig & Signal.giftOrSample ? Desc.GIFT
      : sig & Signal.vagueDescription ? Desc.VAGUE
      : Desc.SPECIFIC;
    consigneeTypeColumn[i] =
      sig & Signal.residentialConsignee ? Consignee.RESIDENTIAL
      : sig & Signal.forwarderConsignee ? Consignee.FORWARDER
      : mode === Mode.Express && u2 < 0.6 ? Consignee.INDIVIDUAL
      : Consignee.COMPANY;
    paymentTypeColumn[i] = sig & Signal.riskyPayment ? (u3 < 0.5 ? Payment.CASH : Payment.THIRD_PARTY) : Math.floor(u3 * 3);
    docMismatchColumn[i] = sig & Signal.documentMismatch ? 1 : 0;
    sealMismatchColumn[i] = sig & Signal.sealMismatch ? 1 : 0;
    weightDeviationColumn[i] = sig & Signal.weightDeviation ? 0.12 + 0.3 * u1 : 0.06 * u2;
    // Advance data: sea ISF 24 h before lading (domain §2.2 M1); air/express PLACI before loading.
    advanceLeadHoursColumn[i] = mode === Mode.Sea
      ? (sig & Signal.lateAdvanceData ? -6 + 28 * u1 : 24 + 120 * u1)
      : (sig & Signal.lateAdvanceData ? -2 + 3 * u1 : 2 + 22 * u1);
    amendmentsColumn[i] = sig & Signal.amendedAdvanceData ? 2 + Math.floor(u2 * 3) : u2 < 0.1 ? 1 : 0;
    const items = mode === Mode.Express ? 1 + Math.floor(u3 * u3 * u3 * 40) : 0;
    parcelItemsColumn[i] = items;
    // Cargo is counted in packages of about 15 kg (cartons); a parcel in items.
    quantityColumn[i] = mode === Mode.Express ? items : Math.max(1, Math.round(mass / 15));
    freightRatioColumn[i] = sig & Signal.highFreight ? 0.3 + 0.6 * u1 : 0.02 + 0.1 * u1;
    newPartnerPairColumn[i] = sig & Signal.newPartnerPair ? 1 : 0;
    relatedPartyColumn[i] = sig & Signal.relatedParty ? 1 : 0;
    newCarrierColumn[i] = sig & Signal.newCarrier ? 1 : 0;
    transitColumn[i] = sig & Signal.transit ? 1 : 0;
    nearThresholdColumn[i] = sig & Signal.nearThreshold ? 1 : 0;
    containerTypeColumn[i] = mode !== Mode.Sea ? 0 : sig & Signal.riskyContainer ? 2 + Math.floor(u2 * 3) : 1;
    truthOffenceColumn[i] = off;
    truthRevenueColumn[i] = revenue > 0 ? revenue : 0;
    truthConcealmentColumn[i] = off === Off.PROHIBITED || off === Off.EXCISE || off === Off.IPR ? Math.max(1, pop.concealment[imp]) : 0;
  }
  block.k = k;
}
