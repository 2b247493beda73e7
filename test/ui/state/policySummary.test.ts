import { describe, expect, it } from 'vitest';
import { policyChanges, runLabel } from '../../../src/ui/state/policySummary';
import { setIn } from '../../../src/ui/panel/policyEdits';
import { defaultRunSpec } from '../../../src/workers/runSpec';

const spec = defaultRunSpec('default', 42);

describe('policy summary', () => {
  it('the built-in policy has no changes', () => {
    expect(policyChanges(spec)).toEqual([]);
    expect(runLabel(spec)).toBe('Seed 42, built-in policy');
  });

  it('names each kind of change in a short phrase', () => {
    let s = setIn(spec, ['policy', 'policy', 'randomRate'], 0.05);
    s = setIn(s, ['policy', 'policy', 'thresholds', 'red'], 70);
    s = setIn(s, ['policy', 'policy', 'aeo', 'facilitation'], false);
    s = setIn(s, ['policy', 'offices', 'port', 'staffing', 'physical'], 1);
    s = setIn(s, ['policy', 'offices', 'airport', 'staffing', 'dog'], 0);
    expect(policyChanges(s)).toEqual(['random 5%', 'red ≥ 70', 'AEO facilitation off', '2 staffing changes']);
    expect(runLabel(s)).toBe('Seed 42, random 5% · red ≥ 70 · AEO facilitation off · +1');
  });

  it('counts handling changes apart from staffing', () => {
    let s = setIn(spec, ['policy', 'offices', 'port', 'handlingHours', 'scanner'], 6);
    s = setIn(s, ['policy', 'offices', 'port', 'staffing', 'scanner'], 3);
    expect(policyChanges(s)).toEqual(['1 staffing change', '1 handling change']);
  });

  it('counts active profiles when the rules change', () => {
    const rules = spec.policy.policy.rules.map((r, i) => (i === 0 ? { ...r, status: 'disabled' as const } : r));
    const active = rules.filter((r) => r.status === 'active').length;
    expect(policyChanges(setIn(spec, ['policy', 'policy', 'rules'], rules))).toEqual([`${active} active profiles`]);
  });
});
