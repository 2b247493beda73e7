import type { DayBuffer } from '../declarations/dayBuffer';
import type { GeneratorContext } from '../declarations/generatorContext';
import { MODE_MASS_SCALE } from '../declarations/generatorContext';
import {
  CONSIGNEE_COMPANY, CONSIGNEE_FORWARDER, CONSIGNEE_INDIVIDUAL, CONSIGNEE_RESIDENTIAL, DESC_BRAND, DESC_GIFT,
  DESC_INCONSISTENT, DESC_VAGUE, PAYMENT_CASH, PAYMENT_THIRD_PARTY,
} from '../declarations/codes';
import { COMMODITIES, SECTORS } from '../world/commodities';
import { createSupplyMatrix } from '../world/supplyMatrix';
import { findIndicator } from './catalogue';

/**
 * The weight 2^bit of an indicator. With at most 53 indicators a declaration's whole bit set is an
 * exact sum of such powers in one double, which the loop accumulates without allocating and splits
 * into two 32-bit words at the end. Resolved once at load, so the loop works on constants.
 */
const bit = (id: string): number => {
  const b = findIndicator(id);
  if (b < 0) throw new Error(`[sim/indicators] unknown indicator ${id}`);
  return 2 ** b;
};
const WORD = 4294967296;
const G1 = bit('G1'), G2 = bit('G2'), G3 = bit('G3'), G4 = bit('G4'), G5 = bit('G5'), G6 = bit('G6'), G7 = bit('G7');
const G8 = bit('G8'), G9 = bit('G9'), G10 = bit('G10'), G11 = bit('G11'), G12 = bit('G12'), G13 = bit('G13');
const G14 = bit('G14'), G15 = bit('G15'), G16 = bit('G16'), G17 = bit('G17'), G18 = bit('G18'), G19 = bit('G19');
const M1 = bit('M1'), M3 = bit('M3'), M4 = bit('M4'), M6 = bit('M6'), M7 = bit('M7'), M9 = bit('M9'), M11 = bit('M11');
const M13 = bit('M13'), A1 = bit('A1'), A2 = bit('A2'), A3 = bit('A3'), A5 = bit('A5'), A7 = bit('A7'), A8 = bit('A8');
const L1 = bit('L1'), L2 = bit('L2'), L4 = bit('L4'), L5 = bit('L5'), L6 = bit('L6'), L7 = bit('L7');
const I1 = bit('I1'), I2 = bit('I2'), I3 = bit('I3'), I4 = bit('I4'), I8 = bit('I8');

const SEA = 0, AIR = 1, EXPRESS = 2, LAND = 3;
/** Country flag bits of IndicatorContext.countryFlags. */
const COUNTRY_WEAK_AML = 1, COUNTRY_COUNTERFEIT = 2, COUNTRY_TRANSSHIPMENT = 4, COUNTRY_DRUGS = 8;
/** De minimis threshold for express consignments, USD (A7). */
const DE_MINIMIS_USD = 150;
/** Days a detected offence keeps an importer on the poor-record list (G2). */
const RECORD_WINDOW_DAYS = 365;
/** Tenure below which an importer counts as new (G1), days. */
const NEW_IMPORTER_DAYS = 90;

/** Precomputed per-commodity and per-country columns the evaluator reads. */
export interface IndicatorContext {
  /** Generator context (commodity and country columns). */ readonly gen: GeneratorContext;
  /** Commodity sector. */ readonly commoditySector: Uint8Array;
  /** supply[country * SECTORS + sector]. */ readonly supply: Uint8Array;
  /** Express parcels per importer today (A8), reset for touched importers each day. */ readonly parcelsToday: Int32Array;
  /** Per country, its flags as COUNTRY_* bits. */ readonly countryFlags: Uint8Array;
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
      (highDutyHeading[com] === 1 ? G4 : 0) + (gen.exciseRate[com] > 0 ? G18 : 0) + (gen.counterfeitProne[com] === 1 ? I4 : 0)),
    supply: createSupplyMatrix(),
    countryFlags: Uint8Array.from(gen.countries.weakAml, (weak, k) => {
      const c = gen.countries;
      return (weak === 1 ? COUNTRY_WEAK_AML : 0) | (c.counterfeitHub[k] === 1 ? COUNTRY_COUNTERFEIT : 0)
        | (c.transshipmentHub[k] === 1 ? COUNTRY_TRANSSHIPMENT : 0) | (c.drugSource[k] === 1 ? COUNTRY_DRUGS : 0);
    }),
    parcelsToday: new Int32Array(gen.pop.count),
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
  clearParcels(ctx, day);
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
    const landNewCarrier = day.mode[i] === LAND && day.newCarrier[i] === 1;
    const history = historyBits(lastOffenceDay, usualDeclarant, decDecls, decOffences, aeo, day.importer[i], day.declarant[i], today, landNewCarrier);
    const hi = Math.floor(history / WORD);
    day.indicatorsHi[i] = (declaredHi[i] | hi) >>> 0;
    day.indicatorsLo[i] = (declaredLo[i] | (history - hi * WORD)) >>> 0;
  }
  countParcels(ctx, day);
  for (let f = 0; f < freshCount; f++) evaluateRange(ctx, day, fresh[f], fresh[f] + 1, null, null);
  clearParcels(ctx, day);
}

/** Express parcels per importer today (A8). */
function countParcels(ctx: IndicatorContext, day: DayBuffer): void {
  const parcels = ctx.parcelsToday;
  for (let i = 0; i < day.count; i++) if (day.mode[i] === EXPRESS) parcels[day.importer[i]]++;
}

/** Resets the parcel counts of today's importers. */
function clearParcels(ctx: IndicatorContext, day: DayBuffer): void {
  const parcels = ctx.parcelsToday;
  for (let i = 0; i < day.count; i++) parcels[day.importer[i]] = 0;
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
  if (lastOffenceDay[imp] >= 0 && today - lastOffenceDay[imp] <= RECORD_WINDOW_DAYS) bits += G2;
  const decDecl = declarantDeclarations[dec];
  if (dec === usualDeclarant[imp] && decDecl > 20 && declarantOffences[dec] > 0.05 * decDecl) bits += G16;
  if (landNewCarrier && aeo[imp] === 1) bits += L5;
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
    const newImporter = today - popFirstDay[imp] < NEW_IMPORTER_DAYS;
    const riskyPay = pay === PAYMENT_CASH || pay === PAYMENT_THIRD_PARTY;
    const lowValue = day.unitValueRatio[i] < 0.5;
    const massRatio = day.massKg[i] / (gen.typicalMass[com] * MODE_MASS_SCALE[mode]);
    let bits = 0;
    if (newImporter) bits += G1;
    if (lowValue) bits += G3;
    bits += commodityBits[com];
    if (desc === DESC_VAGUE) bits += G5;
    if (desc === DESC_INCONSISTENT) bits += G6;
    if (ctx.supply[origin * SECTORS.length + ctx.commoditySector[com]] === 0) bits += G7;
    // The country flags of origin and departure, one read each (see COUNTRY_* bits).
    const fromOrigin = countryFlags[origin], fromDeparture = countryFlags[dep], either = fromOrigin | fromDeparture;
    if (day.preferenceClaimed[i] === 1 && (dep !== origin || (fromOrigin & (COUNTRY_COUNTERFEIT | COUNTRY_TRANSSHIPMENT)) !== 0)) bits += G8;
    if (day.transshipped[i] === 1) bits += G9;
    if (ctx.commoditySector[com] !== popSector[imp]) bits += G10;
    if (consignee === CONSIGNEE_RESIDENTIAL) bits += G11;
    if ((either & COUNTRY_WEAK_AML) !== 0) bits += G12;
    if (riskyPay) bits += G13;
    if (day.docMismatch[i] === 1) bits += G14;
    if (massRatio < 0.2 || massRatio > 4) bits += G15;
    if (dec !== popDeclarant[imp]) bits += G16;
    if (day.freightRatio[i] > 0.25) bits += G17;
    if ((mode === AIR || mode === EXPRESS) && day.nearThreshold[i] === 1) bits += G19;
    if (mode === SEA) {
      if (day.advanceLeadHours[i] < 24 || day.amendments[i] >= 2) bits += M1;
      if ((fromDeparture & (COUNTRY_DRUGS | COUNTRY_COUNTERFEIT)) !== 0) {
        bits += M6;
        if (day.containerType[i] >= 2) bits += M11;
      }
      if (day.sealMismatch[i] === 1) bits += M7;
    }
    if ((mode === SEA || mode === AIR) && consignee === CONSIGNEE_FORWARDER) bits += M3;
    if (day.newPartnerPair[i] === 1) bits += M4;
    if ((mode === SEA || mode === LAND) && day.weightDeviation[i] > 0.1) bits += M9;
    if (day.relatedParty[i] === 1) bits += M13;
    if (mode === AIR || mode === EXPRESS) {
      if (day.advanceLeadHours[i] < 0) bits += A1;
      if (newImporter && riskyPay) bits += A2;
      if (desc === DESC_VAGUE && massRatio > 2) bits += A3;
      if (desc === DESC_BRAND && day.declaredValue[i] < DE_MINIMIS_USD) bits += A7;
    }
    if (mode === EXPRESS) {
      if (day.parcelItems[i] <= 3 && consignee === CONSIGNEE_INDIVIDUAL && (either & COUNTRY_COUNTERFEIT) !== 0) bits += A5;
      if (parcels[imp] >= 5) bits += A8;
      if (day.parcelItems[i] <= 10) bits += I3;
    }
    if (mode === LAND) {
      if (day.docMismatch[i] === 1) bits += L1;
      if (day.newCarrier[i] === 1) bits += L2;
      if (day.transit[i] === 1) {
        bits += L6;
        if (gen.exciseRate[com] > 0) bits += L7;
      }
    }
    if ((mode === LAND || mode === SEA) && gen.perishable[com] === 1 && (fromDeparture & COUNTRY_DRUGS) !== 0) bits += L4;
    if (desc === DESC_BRAND && lowValue) bits += I1;
    if ((either & COUNTRY_COUNTERFEIT) !== 0) bits += I2;
    if (desc === DESC_GIFT && consignee === CONSIGNEE_COMPANY && day.massKg[i] > 20) bits += I8;
    if (declaredLo !== null && declaredHi !== null) {
      const hi = Math.floor(bits / WORD);
      declaredHi[i] = hi;
      declaredLo[i] = bits - hi * WORD;
    }
    bits += historyBits(lastOffenceDay, popDeclarant, decDecls, decOffences, aeo, imp, dec, today, mode === LAND && day.newCarrier[i] === 1);
    const hi = Math.floor(bits / WORD);
    day.indicatorsHi[i] = hi;
    day.indicatorsLo[i] = bits - hi * WORD;
  }
}
