import type { z } from 'zod';
import type { Rule, ruleSchema, RuleField } from '../config/schema';
import { findIndicator } from '../indicators/catalogue';
import { findCountry } from '../world/countries';
import { findCommodity } from '../world/commodities';
import { CONSIGNEE_TYPES, CONTAINER_TYPES, DESCRIPTION_CLASSES, MODES, PAYMENT_TYPES } from '../declarations/codes';
import type { InputIssue } from '../config/scenarioError';

/** A rule as written (before defaults). */
export type RuleInput = z.input<typeof ruleSchema>;

/** Field codes of compiled conditions, read by matchRule. */
export const F = {
  office: 0, mode: 1, hs6: 2, hsChapter: 3, origin: 4, departure: 5, declaredValue: 6, unitValueRatio: 7, massKg: 8,
  paymentType: 9, consigneeType: 10, preferenceClaimed: 11, containerType: 12, advanceLeadHours: 13, parcelItems: 14,
  descriptionClass: 15, transshipped: 16, importerTenureDays: 17, importerPriorOffences: 18, aeo: 19, declarant: 20, importer: 21,
} as const satisfies Record<RuleField, number>;

/** Operators of compiled conditions. */
export const OP = { indicator: 0, notIndicator: 1, eq: 2, ne: 3, lt: 4, le: 5, gt: 6, ge: 7, in: 8, notIn: 9 } as const;

/** A condition reduced to numbers: field code, operator, value or value set. */
export interface CompiledCondition {
  /** Field code (F) or indicator bit. */ readonly field: number;
  /** Operator (OP). */ readonly op: number;
  /** Numeric operand. */ readonly value: number;
  /** Members for in/notIn (and = on categorical fields), as a sorted list. */ readonly set: Float64Array;
}

/** A rule ready for the loop. */
export interface CompiledRule {
  /** The rule as validated. */ readonly rule: Rule;
  /** Its conditions, all of which must hold. */ readonly conditions: readonly CompiledCondition[];
  /** Indicator bits 0-31 that must be set (its indicator conditions as one mask test). */ readonly requireLo: number;
  /** Indicator bits 32-63 that must be set. */ readonly requireHi: number;
  /** Indicator bits 0-31 that must be clear (negated conditions). */ readonly forbidLo: number;
  /** Indicator bits 32-63 that must be clear. */ readonly forbidHi: number;
  /** The field conditions, tested after the masks. */ readonly fieldConditions: readonly CompiledCondition[];
  /** Lane rank it routes to (0 none, 1 blue, 2 yellow, 3 red). */ readonly laneRank: number;
}

/** Lane code to precedence rank (green < blue < yellow < red), per ASYCUDA MODSEL. */
export const LANE_RANK = [0, 2, 3, 1] as const;
/** Rank back to lane code. */
export const RANK_LANE = [0, 3, 1, 2] as const;

const CATEGORIES: Partial<Record<RuleField, readonly string[]>> = {
  mode: MODES, paymentType: PAYMENT_TYPES, consigneeType: CONSIGNEE_TYPES, descriptionClass: DESCRIPTION_CLASSES,
  containerType: CONTAINER_TYPES,
};
const BOOLEAN_FIELDS = new Set<RuleField>(['preferenceClaimed', 'transshipped', 'aeo']);

/**
 * Compiles validated rules into numeric conditions, reporting unknown indicator ids, countries,
 * HS codes, offices and category names with the path of the offending value.
 */
export function compileRules(rules: readonly Rule[], officeIds: readonly string[]): { rules: CompiledRule[]; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const out: CompiledRule[] = [];
  const ids = new Set<string>();
  rules.forEach((rule, r) => {
    if (ids.has(rule.id)) issues.push({ path: `${r}.id`, message: `duplicate rule id "${rule.id}"` });
    ids.add(rule.id);
    const conditions: CompiledCondition[] = [];
    rule.conditions.forEach((c, k) => {
      const path = `${r}.conditions.${k}`;
      if ('indicator' in c) {
        const b = findIndicator(c.indicator);
        if (b < 0) issues.push({ path: `${path}.indicator`, message: `unknown indicator "${c.indicator}"` });
        conditions.push({ field: b, op: c.negate ? OP.notIndicator : OP.indicator, value: 0, set: new Float64Array(0) });
        return;
      }
      const values = Array.isArray(c.value) ? c.value : [c.value];
      const codes: number[] = [];
      for (const v of values) {
        const code = encodeValue(c.field, v, officeIds);
        if (typeof code === 'string') issues.push({ path: `${path}.value`, message: code });
        else codes.push(code);
      }
      const setOp = c.op === 'in' || c.op === 'notIn';
      if (!setOp && values.length !== 1) issues.push({ path: `${path}.value`, message: `operator ${c.op} takes one value, not a list` });
      if (isCategorical(c.field) && !['=', '!=', 'in', 'notIn'].includes(c.op)) {
        issues.push({ path: `${path}.op`, message: `field ${c.field} is categorical: use =, !=, in or notIn` });
      }
      const op = { '=': OP.eq, '!=': OP.ne, '<': OP.lt, '<=': OP.le, '>': OP.gt, '>=': OP.ge, in: OP.in, notIn: OP.notIn }[c.op];
      conditions.push({ field: F[c.field], op, value: codes[0] ?? 0, set: Float64Array.from(codes).sort() });
    });
    let requireLo = 0, requireHi = 0, forbidLo = 0, forbidHi = 0;
    for (const c of conditions) {
      if (c.op !== OP.indicator && c.op !== OP.notIndicator) continue;
      const b = c.field < 0 ? 0 : c.field;
      const lo = b < 32 ? 1 << b : 0, hi = b < 32 ? 0 : 1 << (b - 32);
      if (c.op === OP.indicator) { requireLo |= lo; requireHi |= hi; } else { forbidLo |= lo; forbidHi |= hi; }
    }
    out.push({
      rule, conditions,
      requireLo: requireLo >>> 0, requireHi: requireHi >>> 0, forbidLo: forbidLo >>> 0, forbidHi: forbidHi >>> 0,
      fieldConditions: conditions.filter((c) => c.op !== OP.indicator && c.op !== OP.notIndicator),
      laneRank: rule.lane === null ? 0 : LANE_RANK[['green', 'yellow', 'red', 'blue'].indexOf(rule.lane)] });
  });
  return { rules: out, issues };
}

function isCategorical(field: RuleField): boolean {
  return field in CATEGORIES || BOOLEAN_FIELDS.has(field) || ['office', 'hs6', 'origin', 'departure', 'declarant', 'importer', 'hsChapter'].includes(field);
}

/** Turns a user value into the number stored in the column, or an error message. */
function encodeValue(field: RuleField, v: number | string | boolean, officeIds: readonly string[]): number | string {
  const cats = CATEGORIES[field];
  if (cats) {
    const i = typeof v === 'number' ? v : cats.indexOf(String(v));
    return Number.isInteger(i) && i >= 0 && i < cats.length ? i : `${field} must be one of ${cats.map((x) => `"${x}"`).join(', ')}, got ${JSON.stringify(v)}`;
  }
  if (BOOLEAN_FIELDS.has(field)) return typeof v === 'boolean' ? Number(v) : `${field} takes true or false, got ${JSON.stringify(v)}`;
  switch (field) {
    case 'office': {
      const i = officeIds.indexOf(String(v));
      return i >= 0 ? i : `office must be one of ${officeIds.join(', ')}, got ${JSON.stringify(v)}`;
    }
    case 'origin':
    case 'departure': {
      const i = findCountry(String(v).toUpperCase());
      return i >= 0 ? i : `${field} must be an ISO country code of the catalogue, got ${JSON.stringify(v)}`;
    }
    case 'hs6': {
      const i = findCommodity(String(v));
      return i >= 0 ? i : `hs6 must be a six-digit code of the commodity catalogue, got ${JSON.stringify(v)}`;
    }
    default:
      return typeof v === 'number' && Number.isFinite(v) ? v : `${field} takes a number, got ${JSON.stringify(v)}`;
  }
}
