import type { DayBuffer } from '../declarations/dayBuffer';
import type { GeneratorContext } from '../declarations/generatorContext';
import { MODE_MASS_SCALE } from '../declarations/generatorContext';
import { CONSIGNEE_COMPANY, CONSIGNEE_INDIVIDUAL, DESC_BRAND, DESC_INCONSISTENT, DESC_SPECIFIC, DESC_VAGUE } from '../declarations/codes';
import { CONCEALMENT_TRACES, HUBS } from './networkOptions';

/**
 * Rewrites a generated smuggling consignment to follow a network's choice, keeping the declared
 * fields consistent with the new office, route, goods or concealment the way the generator would
 * have drawn them (same lognormal position of mass and price, same lateness of advance data).
 * Each function touches one declaration `i` of the day buffer and allocates nothing.
 */

const SEA = 0, AIR = 1, EXPRESS = 2, LAND = 3;

/**
 * Moves declaration `i` to office `office`: arrival at the same relative point of the new office's
 * hours and, when the mode changes, mass and value rescaled to the mode's consignment size and the
 * mode-specific fields (containers, seals, parcels, carriers, advance-data deadlines) redrawn or
 * cleared. `u` is a fresh uniform for the parcel's item count.
 */
export function moveToOffice(gen: GeneratorContext, b: DayBuffer, i: number, office: number, u: number): void {
  const from = b.office[i];
  if (from === office) return;
  const m1 = b.mode[i], m2 = gen.officeMode[office];
  const dayStart = b.day * 24;
  const position = (b.arrivalHour[i] - dayStart - gen.officeOpen[from]) / gen.officeSpan[from];
  b.office[i] = office;
  b.mode[i] = m2;
  b.arrivalHour[i] = dayStart + gen.officeOpen[office] + position * gen.officeSpan[office];
  if (m1 === m2) return;
  const scale = MODE_MASS_SCALE[m2] / MODE_MASS_SCALE[m1];
  b.massKg[i] *= scale;
  b.declaredValue[i] *= scale;
  b.truthRevenue[i] *= scale;
  const items = m2 === EXPRESS ? 1 + Math.floor(u * u * u * 40) : 0;
  b.parcelItems[i] = items;
  b.quantity[i] = m2 === EXPRESS ? items : Math.max(1, Math.round(b.massKg[i] / 15));
  if (m2 !== SEA) { b.containerType[i] = 0; b.sealMismatch[i] = 0; } else if (b.containerType[i] === 0) b.containerType[i] = 1;
  if (m2 !== LAND) { b.newCarrier[i] = 0; b.transit[i] = 0; }
  if (m2 !== SEA && m2 !== AIR) b.transshipped[i] = 0;
  if (m2 !== EXPRESS && b.consigneeType[i] === CONSIGNEE_INDIVIDUAL) b.consigneeType[i] = CONSIGNEE_COMPANY;
  // Advance data: the same lateness and relative position in the new mode's window (generateDay's ranges).
  const lead = b.advanceLeadHours[i];
  const late = m1 === SEA ? lead < 24 : lead < 2;
  const f = m1 === SEA ? (late ? (lead + 6) / 28 : (lead - 24) / 120) : (late ? (lead + 2) / 3 : (lead - 2) / 22);
  b.advanceLeadHours[i] = m2 === SEA ? (late ? -6 + 28 * f : 24 + 120 * f) : (late ? -2 + 3 * f : 2 + 22 * f);
}

/**
 * Sets the route of declaration `i`: route 0 departs from the declared origin directly; route
 * h + 1 departs from hub HUBS[h], transshipped (sea, air) or under transit (land).
 */
export function setRoute(b: DayBuffer, i: number, route: number): void {
  const mode = b.mode[i];
  if (route === 0) {
    b.departure[i] = b.origin[i];
    b.transshipped[i] = 0;
    return;
  }
  b.departure[i] = HUBS[route - 1];
  if (mode === SEA || mode === AIR) b.transshipped[i] = 1;
  else if (mode === LAND) b.transit[i] = 1;
}

/**
 * Declares the goods of declaration `i` as `commodity`: mass and value move to that commodity's
 * typical consignment and reference price at the same relative position (the unit-value ratio is
 * kept), and the revenue at stake follows the value.
 */
export function setCover(gen: GeneratorContext, b: DayBuffer, i: number, commodity: number): void {
  const from = b.commodity[i];
  if (from === commodity) return;
  const massScale = gen.typicalMass[commodity] / gen.typicalMass[from];
  b.commodity[i] = commodity;
  b.massKg[i] *= massScale;
  const value = b.unitValueRatio[i] * b.massKg[i] * gen.refPrice[commodity];
  if (b.declaredValue[i] > 0) b.truthRevenue[i] *= value / b.declaredValue[i];
  b.declaredValue[i] = value;
  if (b.descriptionClass[i] === DESC_BRAND && gen.counterfeitProne[commodity] === 0) b.descriptionClass[i] = DESC_SPECIFIC;
  if (b.mode[i] !== EXPRESS) b.quantity[i] = Math.max(1, Math.round(b.massKg[i] / 15));
}

/**
 * Applies concealment `code` to declaration `i`: its truth, and the traces the method leaves
 * (CONCEALMENT_TRACES) in place of those the generator drew, from the uniforms u[k..k+6).
 */
export function applyConcealment(b: DayBuffer, i: number, code: number, u: Float64Array, k: number): void {
  const t = CONCEALMENT_TRACES[code];
  const mode = b.mode[i];
  b.truthConcealment[i] = code;
  b.weightDeviation[i] = u[k] < t[0] ? 0.12 + 0.3 * u[k + 5] : 0.06 * u[k + 5];
  b.sealMismatch[i] = mode === SEA && u[k + 1] < t[1] ? 1 : 0;
  const desc = b.descriptionClass[i];
  if (u[k + 2] < t[2]) { if (desc !== DESC_INCONSISTENT) b.descriptionClass[i] = DESC_VAGUE; } else if (desc === DESC_VAGUE) b.descriptionClass[i] = DESC_SPECIFIC;
  b.docMismatch[i] = u[k + 3] < t[3] ? 1 : 0;
  b.nearThreshold[i] = (mode === AIR || mode === EXPRESS) && u[k + 4] < t[4] ? 1 : 0;
}
