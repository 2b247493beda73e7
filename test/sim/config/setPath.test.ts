import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyOverride } from '../../../src/sim/config/setPath';
import { ScenarioInputError, type InputIssue } from '../../../src/sim/config/scenarioError';

function target() {
  return {
    days: 90,
    name: 'x',
    flags: { on: false },
    offices: [{ id: 'a', resources: { physical: { teams: 6 } } }, { id: 'b', resources: { physical: { teams: 2 } } }],
    list: [1, 2, 3],
  };
}

function issueOf(f: () => void): InputIssue {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioInputError);
    const issues = (e as ScenarioInputError).issues;
    expect(issues).toHaveLength(1);
    return issues[0];
  }
  throw new Error('expected a ScenarioInputError');
}

describe('applyOverride', () => {
  it('sets a nested value through objects and list indices', () => {
    const t = target();
    applyOverride(t, 'offices.1.resources.physical.teams=4');
    expect(t.offices[1].resources.physical.teams).toBe(4);
    expect(t.offices[0].resources.physical.teams).toBe(6);
  });

  it('reads the value as JSON: numbers, booleans, arrays, objects, null', () => {
    const t = target() as Record<string, unknown> & ReturnType<typeof target>;
    applyOverride(t, 'days=12.5');
    applyOverride(t, 'flags.on=true');
    applyOverride(t, 'list=[4,"x",false]');
    applyOverride(t, 'name={"a":1}');
    expect(t.days).toBe(12.5);
    expect(t.flags.on).toBe(true);
    expect(t.list).toEqual([4, 'x', false]);
    expect(t.name).toEqual({ a: 1 });
    applyOverride(t, 'name=null');
    expect(t.name).toBeNull();
  });

  it('keeps a value that is not JSON as a plain string, including any further "="', () => {
    const t = target();
    applyOverride(t, 'name=Harbour city');
    expect(t.name).toBe('Harbour city');
    applyOverride(t, 'name=a=b');
    expect(t.name).toBe('a=b');
    applyOverride(t, 'name="42"');
    expect(t.name).toBe('42');
  });

  it('round-trips any JSON-serialisable value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const t = target() as Record<string, unknown>;
        applyOverride(t, `name=${JSON.stringify(v)}`);
        expect(t.name).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });

  it('reports an unknown key with the keys allowed there', () => {
    const issue = issueOf(() => applyOverride(target(), 'offices.0.resources.phsyical.teams=3'));
    expect(issue.path).toBe('offices.0.resources.phsyical');
    expect(issue.message).toContain('phsyical');
    expect(issue.message).toContain('physical');
  });

  it('does not add a field at the last segment either', () => {
    const t = target();
    const issue = issueOf(() => applyOverride(t, 'flags.of=true'));
    expect(issue.path).toBe('flags.of');
    expect(issue.message).toContain('on');
    expect('of' in t.flags).toBe(false);
  });

  it('does not treat inherited properties as fields (no writes to prototypes)', () => {
    const t = target();
    expect(issueOf(() => applyOverride(t, 'flags.constructor=1')).path).toBe('flags.constructor');
    expect(issueOf(() => applyOverride(t, 'flags.__proto__.toString=1')).path).toBe('flags.__proto__');
    expect(typeof Object.prototype.toString).toBe('function');
    expect(issueOf(() => applyOverride(t, 'list.length=0')).path).toBe('list.length');
    expect(t.list).toEqual([1, 2, 3]);
  });

  it('reports an out-of-range or non-integer list index with the allowed range', () => {
    for (const bad of ['offices.2.id=x', 'offices.-1.id=x', 'offices.first.id=x']) {
      const issue = issueOf(() => applyOverride(target(), bad));
      expect(issue.path).toBe(bad.split('=')[0].split('.').slice(0, 2).join('.'));
      expect(issue.message).toMatch(/0 to 1/);
    }
  });

  it('accepts only canonical decimal indices, so no override lands on a stray array property', () => {
    for (const bad of ['list.01=9', 'list.0x1=9', 'list.1e0=9', 'list. 1=9', 'list.=9']) {
      const t = target();
      const issue = issueOf(() => applyOverride(t, bad));
      expect(issue.message).toMatch(/0 to 2/);
      expect(Object.keys(t.list)).toEqual(['0', '1', '2']);
    }
  });

  it('reports a path that goes through a plain value', () => {
    const issue = issueOf(() => applyOverride(target(), 'days.max=3'));
    expect(issue.path).toBe('days.max');
    expect(issue.message).toContain('days');
  });

  it('reports a missing "=" or an empty path', () => {
    for (const bad of ['days', '=3', '']) {
      const issue = issueOf(() => applyOverride(target(), bad));
      expect(issue.message).toMatch(/<path>=<value>/);
    }
  });
});
