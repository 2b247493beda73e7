import { describe, expect, it } from 'vitest';
import { checkRuleInSpec, draftOfRule, newRuleDraft, operatorsFor, parseConditionValue, ruleOfDraft, withoutRule, withRule, type RuleDraft } from '../../../src/ui/panel/ruleDraft';
import { defaultRunSpec } from '../../../src/workers/runSpec';

const spec = defaultRunSpec('default', 1);
const rules = spec.policy.policy.rules;
const draft = (patch: Partial<RuleDraft>): RuleDraft => ({ ...newRuleDraft(rules), name: 'Vague textiles', ...patch });

describe('rule drafts', () => {
  it('a new draft gets an unused id and starts as a dry run', () => {
    const d = newRuleDraft(rules);
    expect(rules.some((r) => r.id === d.id)).toBe(false);
    expect(d.status).toBe('dryRun');
  });

  it('every built-in rule survives a round trip through the form', () => {
    for (const rule of rules) {
      const back = ruleOfDraft(draftOfRule(rule));
      expect(back).toEqual({ ok: true, rule });
    }
  });

  it('collects errors by form field', () => {
    const r = ruleOfDraft(draft({ name: ' ', scoreText: 'lots', selectionText: '120', conditions: [{ kind: 'field', indicator: 'G1', negate: false, field: 'origin', op: 'in', valueText: '' }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['conditions.0.value', 'name', 'score', 'selectionPercent']);
      expect(r.errors['selectionPercent']).toMatch(/at most 100/);
      expect(r.errors['conditions.0.value']).toMatch(/separated by commas/);
    }
    const none = ruleOfDraft(draft({ conditions: [] }));
    expect(none.ok ? null : none.errors['conditions']).toMatch(/at least one condition/);
  });

  it('reads condition values: lists for in / notIn, booleans and numbers otherwise', () => {
    expect(parseConditionValue('CN, AE ,', 'in')).toEqual({ ok: true, value: ['CN', 'AE'] });
    expect(parseConditionValue('true', '=')).toEqual({ ok: true, value: true });
    expect(parseConditionValue('0.5', '<')).toEqual({ ok: true, value: 0.5 });
    expect(parseConditionValue('true, false', 'in').ok).toBe(false);
    expect(operatorsFor('origin')).toEqual(['=', '!=', 'in', 'notIn']);
    expect(operatorsFor('declaredValue')).toContain('<=');
  });

  it('checks the rule in the whole policy as the worker will, keyed to the form field', () => {
    const bad = ruleOfDraft(draft({ conditions: [{ kind: 'field', indicator: 'G1', negate: false, field: 'office', op: '=', valueText: 'moon-base' }] }));
    expect(bad.ok).toBe(true);
    if (!bad.ok) return;
    const check = checkRuleInSpec(spec, bad.rule);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(Object.keys(check.errors)).toEqual(['conditions.0.value']);
    const good = ruleOfDraft(draft({}));
    if (!good.ok) throw new Error('the default draft should be valid');
    const ok = checkRuleInSpec(spec, good.rule);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.spec.policy.policy.rules.at(-1)).toEqual(good.rule);
  });

  it('withRule replaces a rule of the same id; withoutRule removes it', () => {
    const first = rules[0]!;
    const renamed = withRule(spec, { ...first, name: 'Renamed' });
    expect(renamed.policy.policy.rules).toHaveLength(rules.length);
    expect(renamed.policy.policy.rules[0]!.name).toBe('Renamed');
    expect(withoutRule(spec, first.id).policy.policy.rules.map((r) => r.id)).not.toContain(first.id);
    expect(spec.policy.policy.rules[0]!.name).toBe(first.name);
  });
});
