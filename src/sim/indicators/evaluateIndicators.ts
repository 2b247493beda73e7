import type { DayBuffer } from '../declarations/dayBuffer';
import type { GeneratorContext } from '../declarations/generatorContext';
import { MODE_MASS_SCALE } from '../declarations/generatorContext';
import { checkCodeMirror, checkMirror, checkModeMirror } from '../declarations/codeMirror';
import { COMMODITIES, SECTORS } from '../world/commodities';
import { createSupplyMatrix } from '../world/supplyMatrix';
import { findIndicator } from './catalogue';

/**
 * The weight 2^bit of each indicator, by catalogue id. With at most 53 indicators a declaration's
 * whole bit set is an exact sum of such powers in one double, which the loop accumulates without
 * allocating and splits into two 32-bit words at the end. Literals in an enum, which the TypeScript
 * transform inlines, so that `bits += G1` adds an immediate: a module-level constant computed
 * at load is read back from the module's context at every use in the loop (V8 does not fold it),
 * which cost the evaluator a tenth of its time (see codeMirror.ts). The catalogue's order is the
 * source; checked at load.
 */
enum Bit {
  G1 = 2 ** 0, G2 = 2 ** 1, G3 = 2 ** 2, G4 = 2 ** 3, G5 = 2 ** 4, G6 = 2 ** 5, G7 = 2 ** 6, G8 = 2 ** 7,
  G9 = 2 ** 8, G10 = 2 ** 9, G11 = 2 ** 10, G12 = 2 ** 11, G13 = 2 ** 12, G14 = 2 ** 13, G15 = 2 ** 14,
  G16 = 2 ** 15, G17 = 2 ** 16, G18 = 2 ** 17, G19 = 2 ** 18, M1 = 2 ** 19, M3 = 2 ** 20, M4 = 2 ** 21, M6 = 2 ** 22,
  M7 = 2 ** 23, M9 = 2 ** 24, M11 = 2 ** 25, M13 = 2 ** 26, A1 = 2 ** 27, A2 = 2 ** 28, A3 = 2 ** 29, A5 = 2 ** 30,
  A7 = 2 ** 31, A8 = 2 ** 32, L1 = 2 ** 33, L2 = 2 ** 34, L4 = 2 ** 35, L5 = 2 ** 36, L6 = 2 ** 37, L7 = 2 ** 38,
  I1 = 2 ** 39, I2 = 2 ** 40, I3 = 2 ** 41, I4 = 2 ** 42, I8 = 2 ** 43,
}
checkMirror(Bit, (id) => 2 ** findIndicator(id), (id) => `[sim/indicators] bit of ${id} is not its catalogue position`);
/** The codes the loop tests, as literals like Bit (see codeMirror.ts), checked against codes.ts at load. */
enum Mode { Sea = 0, Air = 1, Express = 2, Land = 3 }
checkModeMirror(Mode);
enum Desc { VAGUE = 1, INCONSISTENT = 2, BRAND = 3, GIFT = 4 }
enum Consignee { COMPANY = 0, INDIVIDUAL = 1, FORWARDER = 2, RESIDENTIAL = 3 }
enum Payment { CASH = 3, THIRD_PARTY = 4 }
checkCodeMirror('DESC_', Desc);
checkCodeMirror('CONSIGNEE_', Consignee);
checkCodeMirror('PAYMENT_', Payment);
/** Country flag bits of IndicatorContext.countryFlags, inlined like Bit. */
enum Country { WeakAml = 1, Counterfeit = 2, Transshipment = 4, Drugs = 8 }
/** The evaluator's numbers, inlined like Bit. */
enum Limit {
  /** De minimis threshold for express consignments, USD (A7). */ DeMinimisUsd = 150,
  /** Days a detected offence keeps an importer on the poor-record list (G2). */ RecordWindowDays = 365,
  /** Tenure below which an importer counts as new (G1), days. */ NewImporterDays = 90,
  /** 2^32: splits a bit set into its two 32-bit words. */ Word = 4294967296,
}

/** Precomputed per-commodity and per-country columns the evaluator reads. */
export interface IndicatorContext {
  /** Generator context (commodity and country columns). */ readonly gen: GeneratorContext;
  /** Commodity sector. */ readonly commoditySector: Uint8Array;
  /** supply[country * SECTORS + sector]. */ readonly supply: Uint8Array;
  /** Express parcels per importer today (A8), valid where parcelPass holds the current pass. */ readonly parcelsToday: Int32Array;
  /** Per importer, the evaluation pass that last counted its parcels: a count from an earlier pass reads as none. */ readonly parcelPass: Int32Array;
  /** Evaluation passes so far (count): stamping counts with it spares a pass clearing them. */ pass: number;
  /** Per country, its flags as Country bits. */ readonly countryFlags: Uint8Array;
  /** Per commodity, the bits of the indicators that depend on the commodity alone (G4, G18, I4), summed. */ readonly commodityBits: Float64Array;
}

/** Builds the evaluator's lookup columns. */
export function createIndicatorContext(gen: GeneratorContext): IndicatorContext {
  // G4: headings with duty of 15 % or more, or often misclassified.
  const highDutyHeading = Uint8Array.from(COMMODITIES.map((c) => (c.dutyRate >= 0.15 || c.misclassified ? 1 : 0)));
  return {
    gen,
    commoditySector: Uint8Array.from(COMMODITIES.map((c) => c.sector)),
    commodityBits: Float64Array.from(COMMODITIES, (_, com) =>
      (highDutyHeading[com] === 1 ? Bit.G4 : 0) + (gen.exciseRate[com] > 0 ? Bit.G18 : 0) + (gen.counterfeitProne[com] === 1 ? Bit.I4 : 0)),
    supply: createSupplyMatrix(),
    countryFlags: Uint8Array.from(gen.countries.weakAml, (weak, k) => {
      const c = gen.countries;
      return (weak === 1 ? Country.WeakAml : 0) | (c.counterfeitHub[k] === 1 ? Country.Counterfeit : 0)
        | (c.transshipmentHub[k] === 1 ? Country.Transshipment : 0) | (c.drugSource[k] === 1 ? Country.Drugs : 0);
    }),
    parcelsToday: new Int32Array(gen.pop.count),
    parcelPass: new Int32Array(gen.pop.count),
    pass: 0,
  };
}

/**
 * Computes every catalogue indicator for the day's declarations into `indicatorsLo/Hi`, from
 * declared fields and the importers' and declarants' history as it stood at the start of the day.
 * With `declaredLo/Hi`, also writes there the bits that declared fields and the traders' fixed
 * columns decide alone (all but the history's: see addHistoryIndicators).
 */
export function evaluateIndicators(ctx: IndicatorContext, day: DayBuffer, declaredLo: Uint32Array | null = null, declaredHi: Uint32Array | null = null): void {
  countParcels(ctx, day);
  evaluateRange(ctx, day, 0, day.count, declaredLo, declaredHi);
}

/**
 * The same indicators from declared bits computed before (`declaredLo/Hi`, as evaluateIndicators
 * writes them for the same declared fields): the history's bits are added to them, and the
 * declarations listed in `fresh[0 .. freshCount)`, whose declared fields may differ from those the
 * bits came from, are evaluated in full.
 */
export function evaluateIndicatorsFromDeclared(
  ctx: IndicatorContext, day: DayBuffer, declaredLo: Uint32Array, declaredHi: Uint32Array, fresh: Int32Array, freshCount: number,
): void {
  const n = day.count, pop = ctx.gen.pop, today = day.day;
  const lastOffenceDay = pop.lastOffenceDay, usualDeclarant = pop.declarant, decDecls = pop.declarantDeclarations, decOffences = pop.declarantOffences, aeo = pop.aeo;
  for (let i = 0; i < n; i++) {
    const landNewCarrier = day.mode[i] === Mode.Land && day.newCarrier[i] === 1;
    const history = historyBits(lastOffenceDay, usualDeclarant, decDecls, decOffences, aeo, day.importer[i], day.declarant[i], today, landNewCarrier);
    const hi = Math.floor(history / Limit.Word);
    day.indicatorsHi[i] = (declaredHi[i] | hi) >>> 0;
    day.indicatorsLo[i] = (declaredLo[i] | (history - hi * Limit.Word)) >>> 0;
  }
  if (freshCount === 0) return;
  countParcels(ctx, day);
  for (let f = 0; f < freshCount; f++) evaluateRange(ctx, day, fresh[f], fresh[f] + 1, null, null);
}

/**
 * Express parcels per importer today (A8), for the importers with one: a new pass, and each
 * importer's count restarted at its first parcel of the pass. The evaluator reads a count only for
 * an express declaration, whose importer this pass has counted.
 */
function countParcels(ctx: IndicatorContext, day: DayBuffer): void {
  const parcels = ctx.parcelsToday, parcelPass = ctx.parcelPass, pass = ++ctx.pass, mode = day.mode, importer = day.importer;
  for (let i = 0; i < day.count; i++) {
    if (mode[i] !== Mode.Express) continue;
    const imp = importer[i];
    if (parcelPass[imp] !== pass) { parcelPass[imp] = pass; parcels[imp] = 0; }
    parcels[imp]++;
  }
}

/**
 * The bits of the trader history that changes with enforcement: G2 (an offence detected in the
 * record window), G16's broker offence rate (unless the broker is unusual anyway, a declared bit),
 * L5 (AEO status, for a land consignment with a new carrier). The population's columns come as
 * arguments so that the loops that call this read them from locals.
 */
function historyBits(
  lastOffenceDay: Int32Array, usualDeclarant: Int32Array, declarantDeclarations: Uint32Array, declarantOffences: Uint32Array, aeo: Uint8Array,
  imp: number, dec: number, today: number, landNewCarrier: boolean,
): number {
  let bits = 0;
  if (lastOffenceDay[imp] >= 0 && today - lastOffenceDay[imp] <= Limit.RecordWindowDays) bits += Bit.G2;
  const decDecl = declarantDeclarations[dec];
  if (dec === usualDeclarant[imp] && decDecl > 20 && declarantOffences[dec] > 0.05 * decDecl) bits += Bit.G16;
  if (landNewCarrier && aeo[imp] === 1) bits += Bit.L5;
  return bits;
}

/** Evaluates declarations [from, to) in full; with `declaredLo/Hi`, writes their declared bits there too. */
function evaluateRange(ctx: IndicatorContext, day: DayBuffer, from: number, to: number, declaredLo: Uint32Array | null, declaredHi: Uint32Array | null): void {
  const gen = ctx.gen, pop = gen.pop, countryFlags = ctx.countryFlags, today = day.day;
  const parcels = ctx.parcelsToday;
  const popFirstDay = pop.firstDay, popDeclarant = pop.declarant;
  const lastOffenceDay = pop.lastOffenceDay, decDecls = pop.declarantDeclarations, decOffences = pop.declarantOffences, aeo = pop.aeo;
  const popSector = pop.sector, commodityBits = ctx.commodityBits;
  for (let i = from; i < to; i++) {
    const mode = day.mode[i], imp = day.importer[i], com = day.commodity[i];
    const origin = day.origin[i], dep = day.departure[i], dec = day.declarant[i];
    const desc = day.descriptionClass[i], consignee = day.consigneeType[i], pay = day.paymentType[i];
    const newImporter = today - popFirstDay[imp] < Limit.NewImporterDays;
    const riskyPay = pay === Payment.CASH || pay === Payment.THIRD_PARTY;
    const lowValue = day.unitValueRatio[i] < 0.5;
    const massRatio = day.massKg[i] / (gen.typicalMass[com] * MODE_MASS_SCALE[mode]);
    let bits = 0;
    if (newImporter) bits += Bit.G1;
    if (lowValue) bits += Bit.G3;
    bits += commodityBits[com];
    if (desc === Desc.VAGUE) bits += Bit.G5;
    if (desc === Desc.INCONSISTENT) bits += Bit.G6;
    if (ctx.supply[origin * SECTORS.length + ctx.commoditySector[com]] === 0) bits += Bit.G7;
    // The country flags of origin and departure, one read each (see Country).
    const fromOrigin = countryFlags[origin], fromDeparture = countryFlags[dep], either = fromOrigin | fromDeparture;
    if (day.preferenceClaimed[i] === 1 && (dep !== origin || (fromOrigin & (Country.Counterfeit | Country.Transshipment)) !== 0)) bits += Bit.G8;
    if (day.transshipped[i] === 1) bits += Bit.G9;
    if (ctx.commoditySector[com] !== popSector[imp]) bits += Bit.G10;
    if (consignee === Consignee.RESIDENTIAL) bits += Bit.G11;
    if ((either & Country.WeakAml) !== 0) bits += Bit.G12;
    if (riskyPay) bits += Bit.G13;
    if (day.docMismatch[i] === 1) bits += Bit.G14;
    if (massRatio < 0.2 || massRatio > 4) bits += Bit.G15;
    if (dec !== popDeclarant[imp]) bits += Bit.G16;
    if (day.freightRatio[i] > 0.25) bits += Bit.G17;
    if ((mode === Mode.Air || mode === Mode.Express) && day.nearThreshold[i] === 1) bits += Bit.G19;
    if (mode === Mode.Sea) {
      if (day.advanceLeadHours[i] < 24 || day.amendments[i] >= 2) bits += Bit.M1;
      if ((fromDeparture & (Country.Drugs | Country.Counterfeit)) !== 0) {
        bits += Bit.M6;
        if (day.containerType[i] >= 2) bits += Bit.M11;
      }
      if (day.sealMismatch[i] === 1) bits += Bit.M7;
    }
    if ((mode === Mode.Sea || mode === Mode.Air) && consignee === Consignee.FORWARDER) bits += Bit.M3;
    if (day.newPartnerPair[i] === 1) bits += Bit.M4;
    if ((mode === Mode.Sea || mode === Mode.Land) && day.weightDeviation[i] > 0.1) bits += Bit.M9;
    if (day.relatedParty[i] === 1) bits += Bit.M13;
    if (mode === Mode.Air || mode === Mode.Express) {
      if (day.advanceLeadHours[i] < 0) bits += Bit.A1;
      if (newImporter && riskyPay) bits += Bit.A2;
      if (desc === Desc.VAGUE && massRatio > 2) bits += Bit.A3;
      if (desc === Desc.BRAND && day.declaredValue[i] < Limit.DeMinimisUsd) bits += Bit.A7;
    }
    if (mode === Mode.Express) {
      if (day.parcelItems[i] <= 3 && consignee === Consignee.INDIVIDUAL && (either & Country.Counterfeit) !== 0) bits += Bit.A5;
      if (parcels[imp] >= 5) bits += Bit.A8;
      if (day.parcelItems[i] <= 10) bits += Bit.I3;
    }
    if (mode === Mode.Land) {
      if (day.docMismatch[i] === 1) bits += Bit.L1;
      if (day.newCarrier[i] === 1) bits += Bit.L2;
      if (day.transit[i] === 1) {
        bits += Bit.L6;
        if (gen.exciseRate[com] > 0) bits += Bit.L7;
      }
    }
    if ((mode === Mode.Land || mode === Mode.Sea) && gen.perishable[com] === 1 && (fromDeparture & Country.Drugs) !== 0) bits += Bit.L4;
    if (desc === Desc.BRAND && lowValue) bits += Bit.I1;
    if ((either & Country.Counterfeit) !== 0) bits += Bit.I2;
    if (desc === Desc.GIFT && consignee === Consignee.COMPANY && day.massKg[i] > 20) bits += Bit.I8;
    if (declaredLo !== null && declaredHi !== null) {
      const hi = Math.floor(bits / Limit.Word);
      declaredHi[i] = hi;
      declaredLo[i] = bits - hi * Limit.Word;
    }
    bits += historyBits(lastOffenceDay, popDeclarant, decDecls, decOffences, aeo, imp, dec, today, mode === Mode.Land && day.newCarrier[i] === 1);
    const hi = Math.floor(bits / Limit.Word);
    day.indicatorsHi[i] = hi;
    day.indicatorsLo[i] = bits - hi * Limit.Word;
  }
}
