import type { DayBuffer } from '../declarations/dayBuffer';
import type { TraderPopulation } from '../traders/population';
import { F, OP, type CompiledCondition, type CompiledRule } from './compileRules';

/**
 * Reads field `field` (an F code) of declaration `i` as a number. Fields of the importer come from
 * its history as it stood at the start of the day.
 */
export function readField(day: DayBuffer, pop: TraderPopulation, chapters: Uint8Array, field: number, i: number): number {
  switch (field) {
    case F.office: return day.office[i];
    case F.mode: return day.mode[i];
    case F.hs6: return day.commodity[i];
    case F.hsChapter: return chapters[day.commodity[i]];
    case F.origin: return day.origin[i];
    case F.departure: return day.departure[i];
    case F.declaredValue: return day.declaredValue[i];
    case F.unitValueRatio: return day.unitValueRatio[i];
    case F.massKg: return day.massKg[i];
    case F.paymentType: return day.paymentType[i];
    case F.consigneeType: return day.consigneeType[i];
    case F.preferenceClaimed: return day.preferenceClaimed[i];
    case F.containerType: return day.containerType[i];
    case F.advanceLeadHours: return day.advanceLeadHours[i];
    case F.parcelItems: return day.parcelItems[i];
    case F.descriptionClass: return day.descriptionClass[i];
    case F.transshipped: return day.transshipped[i];
    case F.importerTenureDays: return day.day - pop.firstDay[day.importer[i]];
    case F.importerPriorOffences: return pop.offencesFound[day.importer[i]];
    case F.aeo: return pop.aeo[day.importer[i]];
    case F.declarant: return day.declarant[i];
    case F.importer: return day.importer[i];
    default: return Number.NaN;
  }
}

function inSet(set: Float64Array, x: number): boolean {
  for (let k = 0; k < set.length; k++) if (set[k] === x) return true;
  return false;
}

function holds(c: CompiledCondition, day: DayBuffer, pop: TraderPopulation, chapters: Uint8Array, i: number): boolean {
  if (c.op === OP.indicator || c.op === OP.notIndicator) {
    const on = c.field < 32 ? (day.indicatorsLo[i] >>> c.field) & 1 : (day.indicatorsHi[i] >>> (c.field - 32)) & 1;
    return c.op === OP.indicator ? on === 1 : on === 0;
  }
  const x = readField(day, pop, chapters, c.field, i);
  switch (c.op) {
    case OP.eq: return x === c.value;
    case OP.ne: return x !== c.value;
    case OP.lt: return x < c.value;
    case OP.le: return x <= c.value;
    case OP.gt: return x > c.value;
    case OP.ge: return x >= c.value;
    case OP.in: return inSet(c.set, x);
    case OP.notIn: return !inSet(c.set, x);
    default: return false;
  }
}

/**
 * True when every condition of the rule holds for declaration `i`. Indicator conditions are one
 * mask test on the declaration's indicator words; field conditions are read only if those pass.
 */
export function matchRule(rule: CompiledRule, day: DayBuffer, pop: TraderPopulation, chapters: Uint8Array, i: number): boolean {
  return matchRuleWords(rule, day.indicatorsLo[i], day.indicatorsHi[i], day, pop, chapters, i);
}

/** {@link matchRule} with the declaration's indicator words `lo` and `hi` already read. */
export function matchRuleWords(rule: CompiledRule, lo: number, hi: number, day: DayBuffer, pop: TraderPopulation, chapters: Uint8Array, i: number): boolean {
  if ((lo & rule.requireLo) >>> 0 !== rule.requireLo || (hi & rule.requireHi) >>> 0 !== rule.requireHi) return false;
  if ((lo & rule.forbidLo) !== 0 || (hi & rule.forbidHi) !== 0) return false;
  const cs = rule.fieldConditions;
  for (let k = 0; k < cs.length; k++) if (!holds(cs[k], day, pop, chapters, i)) return false;
  return true;
}
