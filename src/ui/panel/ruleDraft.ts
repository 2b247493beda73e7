import { RULE_FIELDS, type Rule, type RuleField } from '../../sim';
import { checkRunSpec, type RunSpec } from '../../workers/runSpec';
import { parseNumberText } from './parseNumber';
import { setIn } from './policyEdits';

/**
 * A selectivity profile being edited: the form's text as typed, turned into a rule of the
 * scenario format by {@link ruleOfDraft} and checked against the whole policy by
 * {@link checkRuleInSpec}. Errors are keyed by form field (`name`, `score`, `conditions.2.value`)
 * so each shows next to its input. Pure, unit-tested.
 */

/** Comparison operators of field conditions. */
export const OPERATORS = ['=', '!=', '<', '<=', '>', '>=', 'in', 'notIn'] as const;
/** A comparison operator. */
export type Operator = (typeof OPERATORS)[number];

/** Fields compared as categories (=, !=, in, notIn only). */
export const CATEGORICAL_FIELDS: ReadonlySet<RuleField> = new Set<RuleField>([
  'office', 'mode', 'hs6', 'hsChapter', 'origin', 'departure', 'paymentType', 'consigneeType', 'preferenceClaimed',
  'containerType', 'descriptionClass', 'transshipped', 'aeo', 'declarant', 'importer',
]);

/** The operators a field allows. */
export function operatorsFor(field: RuleField): readonly Operator[] {
  return CATEGORICAL_FIELDS.has(field) ? ['=', '!=', 'in', 'notIn'] : OPERATORS;
}

/** What to type as a field's value. */
export const FIELD_HELP: Readonly<Record<RuleField, string>> = {
  office: 'office id, e.g. port', mode: 'sea, air, express or land', hs6: 'six-digit HS code of the catalogue', hsChapter: 'HS chapter number, e.g. 61',
  origin: 'ISO country code, e.g. CN', departure: 'ISO country code, e.g. AE', declaredValue: 'USD', unitValueRatio: 'declared unit value / reference (1 = at reference)',
  massKg: 'kg', paymentType: 'letter of credit, bank transfer, open account, cash or third party', consigneeType: 'company, individual, forwarder or to order, residential or PO box',
  preferenceClaimed: 'true or false', containerType: 'not containerised, dry, reefer, flat-rack or tank', advanceLeadHours: 'hours of advance data before arrival',
  parcelItems: 'items in the parcel', descriptionClass: 'specific, vague, inconsistent with HS code, brand name, or gift, sample or unbranded',
  transshipped: 'true or false', importerTenureDays: 'days since the importer started trading', importerPriorOffences: 'offences detected before',
  aeo: 'true or false', declarant: 'declarant number', importer: 'importer number',
};

/** One condition as typed. */
export interface ConditionDraft {
  /** An indicator that must (or must not) fire, or a field compared with a value. */ readonly kind: 'indicator' | 'field';
  /** Indicator id. */ readonly indicator: string;
  /** The indicator must not fire. */ readonly negate: boolean;
  /** Field. */ readonly field: RuleField;
  /** Operator. */ readonly op: Operator;
  /** Value as typed (a comma-separated list for in / notIn). */ readonly valueText: string;
}

/** A profile as typed. */
export interface RuleDraft {
  /** Rule id (kept when editing). */ readonly id: string;
  /** Not yet in the policy. */ readonly isNew: boolean;
  /** Name. */ readonly name: string;
  /** Status. */ readonly status: Rule['status'];
  /** Lane a hit goes to at least, or none (score only). */ readonly lane: 'none' | 'yellow' | 'red' | 'blue';
  /** Score points as typed. */ readonly scoreText: string;
  /** Selection percent as typed. */ readonly selectionText: string;
  /** Conditions. */ readonly conditions: readonly ConditionDraft[];
  /** Fields the form does not edit, kept from the rule. */ readonly keep: Pick<Rule, 'owner' | 'validFrom' | 'validTo'>;
}

/** A new condition: the first indicator. */
export const blankCondition = (): ConditionDraft => ({ kind: 'indicator', indicator: 'G1', negate: false, field: RULE_FIELDS[0]!, op: '=', valueText: '' });

/** A new profile with an id unused in `rules`. */
export function newRuleDraft(rules: readonly Rule[]): RuleDraft {
  let n = rules.length + 1;
  while (rules.some((r) => r.id === `profile-${n}`)) n += 1;
  return { id: `profile-${n}`, isNew: true, name: '', status: 'dryRun', lane: 'red', scoreText: '0', selectionText: '100', conditions: [blankCondition()], keep: { owner: 'risk-unit', validFrom: 0, validTo: null } };
}

/** The draft of an existing rule. */
export function draftOfRule(rule: Rule): RuleDraft {
  return {
    id: rule.id, isNew: false, name: rule.name, status: rule.status, lane: rule.lane ?? 'none',
    scoreText: String(rule.score), selectionText: String(rule.selectionPercent),
    conditions: rule.conditions.map((c): ConditionDraft => ('indicator' in c
      ? { ...blankCondition(), indicator: c.indicator, negate: c.negate }
      : { kind: 'field', indicator: 'G1', negate: false, field: c.field, op: c.op, valueText: Array.isArray(c.value) ? c.value.join(', ') : String(c.value) })),
    keep: { owner: rule.owner, validFrom: rule.validFrom, validTo: rule.validTo },
  };
}

/** The value of a field condition. */
export type ConditionValue = number | string | boolean | (number | string)[];

/** Reads one typed value: true/false, a number, or text. */
function readScalar(text: string): number | string | boolean {
  const t = text.trim();
  if (t === 'true' || t === 'false') return t === 'true';
  return t !== '' && /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : t;
}

/** A condition value from its text: a list for in / notIn, else one value; or an error. */
export function parseConditionValue(text: string, op: Operator): { ok: true; value: ConditionValue } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: false, error: op === 'in' || op === 'notIn' ? 'Enter one or more values, separated by commas.' : 'Enter a value.' };
  if (op === 'in' || op === 'notIn') {
    const items = text.split(',').map((s) => s.trim()).filter((s) => s !== '').map(readScalar);
    if (items.some((v) => typeof v === 'boolean')) return { ok: false, error: 'A list holds numbers or codes, not true/false.' };
    return { ok: true, value: items as (number | string)[] };
  }
  return { ok: true, value: readScalar(text) };
}

/** Errors of a draft by form field. */
export type DraftErrors = Readonly<Record<string, string>>;

/** The rule a draft describes, or its errors by form field. */
export function ruleOfDraft(d: RuleDraft): { ok: true; rule: Rule } | { ok: false; errors: DraftErrors } {
  const errors: Record<string, string> = {};
  if (d.name.trim() === '') errors['name'] = 'Give the profile a name.';
  else if (d.name.trim().length > 120) errors['name'] = 'At most 120 characters.';
  const score = parseNumberText(d.scoreText, { min: -1000, max: 1000, unit: 'points' });
  if (!score.ok) errors['score'] = score.error;
  const selection = parseNumberText(d.selectionText, { min: 0, max: 100, unit: '%' });
  if (!selection.ok) errors['selectionPercent'] = selection.error;
  if (d.conditions.length === 0) errors['conditions'] = 'Add at least one condition.';
  if (d.conditions.length > 16) errors['conditions'] = 'At most 16 conditions.';
  const conditions = d.conditions.map((c, i): Rule['conditions'][number] => {
    if (c.kind === 'indicator') return { indicator: c.indicator, negate: c.negate };
    const v = parseConditionValue(c.valueText, c.op);
    if (!v.ok) errors[`conditions.${i}.value`] = v.error;
    return { field: c.field, op: c.op, value: v.ok ? v.value : 0 };
  });
  if (Object.keys(errors).length > 0 || !score.ok || !selection.ok) return { ok: false, errors };
  return {
    ok: true,
    rule: { id: d.id, name: d.name.trim(), status: d.status, lane: d.lane === 'none' ? null : d.lane, score: score.value, selectionPercent: selection.value, conditions, ...d.keep },
  };
}

/** The spec with `rule` added, or replacing the rule of the same id. */
export function withRule(spec: RunSpec, rule: Rule): RunSpec {
  const rules = spec.policy.policy.rules.slice();
  const k = rules.findIndex((r) => r.id === rule.id);
  if (k >= 0) rules[k] = rule;
  else rules.push(rule);
  return setIn(spec, ['policy', 'policy', 'rules'], rules);
}

/** The spec without the rule `id`. */
export function withoutRule(spec: RunSpec, id: string): RunSpec {
  return setIn(spec, ['policy', 'policy', 'rules'], spec.policy.policy.rules.filter((r) => r.id !== id));
}

/** Checks `rule` in the policy of `spec` as the worker will; errors keyed by form field. */
export function checkRuleInSpec(spec: RunSpec, rule: Rule): { ok: true; spec: RunSpec } | { ok: false; errors: DraftErrors } {
  const next = withRule(spec, rule);
  const check = checkRunSpec(next);
  if (check.ok) return { ok: true, spec: check.spec };
  const k = next.policy.policy.rules.findIndex((r) => r.id === rule.id);
  const prefix = `policy.policy.rules.${k}.`;
  const errors: Record<string, string> = {};
  for (const issue of check.issues) {
    const key = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : 'form';
    const field = /^conditions\.\d+\.(field|op|indicator)$/.test(key) ? key.replace(/\.(field|op|indicator)$/, '.value') : key;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
