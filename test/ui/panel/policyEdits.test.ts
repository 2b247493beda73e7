import { describe, expect, it } from 'vitest';
import { editSpec, getIn, setIn } from '../../../src/ui/panel/policyEdits';
import { defaultRunSpec } from '../../../src/workers/runSpec';

const spec = defaultRunSpec('default', 1);

describe('policy edits', () => {
  it('setIn copies: the original spec is untouched', () => {
    const next = setIn(spec, ['policy', 'policy', 'randomRate'], 0.1);
    expect(getIn(next, ['policy', 'policy', 'randomRate'])).toBe(0.1);
    expect(spec.policy.policy.randomRate).toBe(0.005);
    expect(() => setIn(spec, ['policy', 'nothing', 'here'], 1)).toThrow(/no field policy.nothing/);
  });

  it('setIn copies only the path: the rest is shared, arrays stay arrays, the original is deep-equal to before', () => {
    const before = structuredClone(spec);
    const rules = [{ id: 'a' }, { id: 'b' }];
    const withRules = setIn(spec, ['policy', 'policy', 'rules'], rules);
    const next = setIn(withRules, ['policy', 'policy', 'rules', '1', 'id'], 'c');
    expect(next.policy.policy.rules.map((r) => r.id)).toEqual(['a', 'c']);
    expect(Array.isArray(next.policy.policy.rules)).toBe(true);
    expect(next.policy.policy.rules[0]).toBe(withRules.policy.policy.rules[0]);
    expect(rules[1]!.id).toBe('b');
    expect(next.policy.offices).toBe(spec.policy.offices);
    expect(next.policy.treatments).toBe(spec.policy.treatments);
    expect(next.policy).not.toBe(withRules.policy);
    expect(spec).toEqual(before);
  });

  it('accepts a valid edit as a checked spec', () => {
    const r = editSpec(spec, ['policy', 'offices', 'port', 'staffing', 'physical'], 9);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.spec.policy.offices['port']!.staffing.physical).toBe(9);
  });

  it('refuses an edit the worker would refuse, with the reason at the field', () => {
    const r = editSpec(spec, ['policy', 'policy', 'thresholds', 'red'], spec.policy.policy.thresholds.yellow - 1);
    expect(r).toEqual({ ok: false, error: `must be at least the yellow threshold (${spec.policy.policy.thresholds.yellow})` });
  });

  it('names the other field when the problem is reported there', () => {
    const r = editSpec(spec, ['policy', 'policy', 'thresholds', 'yellow'], 500);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^policy\.thresholds\.red: must be at least the yellow threshold \(500\)/);
  });

  it('refuses out-of-range staffing', () => {
    const r = editSpec(spec, ['policy', 'offices', 'port', 'staffing', 'dog'], -2);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/at least 0/);
  });
});
