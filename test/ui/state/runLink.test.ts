import { describe, expect, it } from 'vitest';
import { decodeRunLink, encodeRunLink, DEFAULT_SEED } from '../../../src/ui/state/runLink';
import { defaultRunSpec, type RunSpec } from '../../../src/workers/runSpec';
import { setIn } from '../../../src/ui/panel/policyEdits';

const base = defaultRunSpec('default', 42);
const changed: RunSpec = setIn(setIn(setIn(base, ['policy', 'policy', 'randomRate'], 0.03), ['policy', 'offices', 'port', 'staffing', 'physical'], 2), ['seed'], 9);
const params = (q: string): URLSearchParams => new URLSearchParams(q);

describe('run link', () => {
  it('round-trips a run with policy changes exactly, without problems', () => {
    const q = encodeRunLink({ spec: changed, day: 30 });
    const decoded = decodeRunLink(params(q.toString()));
    expect(decoded.problems).toEqual([]);
    expect(decoded.fromLink).toBe(true);
    expect(decoded.state).toEqual({ spec: changed, day: 30 });
  });

  it('keeps the built-in policy out of the link (no p) and scale 1 implicit', () => {
    const q = encodeRunLink({ spec: base, day: 0 });
    expect(q.has('p')).toBe(false);
    expect(q.has('scale')).toBe(false);
    expect(decodeRunLink(q).state.spec).toEqual(base);
  });

  it('carries only what differs from the built-in policy', () => {
    const p = encodeRunLink({ spec: changed, day: 1 }).get('p')!;
    const full = JSON.stringify(changed.policy);
    expect(p.length).toBeLessThan(full.length / 4);
  });

  it('an address without run parameters is not a link and has no problems', () => {
    const d = decodeRunLink(params('utm=1'));
    expect(d.fromLink).toBe(false);
    expect(d.problems).toEqual([]);
    expect(d.state.spec.seed).toBe(DEFAULT_SEED);
  });

  it('replaces each bad part with a default and names the parameter', () => {
    const d = decodeRunLink(params('v=1&scenario=default&seed=12abc&horizon=99999&day=5&p=%25%25'));
    expect(d.problems.map((p) => p.param)).toEqual(['seed', 'horizon', 'p']);
    expect(d.problems[0]!.message).toMatch(/whole number.*seed 42 is used/);
    expect(d.state.spec.seed).toBe(42);
    expect(d.state.spec.horizon).toBe(90);
    expect(d.state.day).toBe(5);
    expect(d.state.spec.policy).toEqual(base.policy);
  });

  it('an unknown scenario falls back to the default one with its built-in policy', () => {
    const d = decodeRunLink(params('v=1&scenario=atlantis&seed=3'));
    expect(d.problems.map((p) => p.param)).toEqual(['scenario']);
    expect(d.state.spec.scenarioId).toBe('default');
    expect(d.state.spec.seed).toBe(3);
  });

  it('a day beyond the horizon stops at the horizon', () => {
    const d = decodeRunLink(params('v=1&seed=1&horizon=20&day=50'));
    expect(d.state.day).toBe(20);
    expect(d.problems[0]!.param).toBe('day');
  });

  it('a policy that no longer validates is refused with the field named', () => {
    const bad = setIn(base, ['policy', 'policy', 'thresholds', 'red'], 1);
    const q = encodeRunLink({ spec: bad, day: 0 });
    const d = decodeRunLink(q);
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0]!.message).toMatch(/thresholds\.red: must be at least the yellow threshold/);
    expect(d.state.spec.policy).toEqual(base.policy);
  });

  it('an outdated link version keeps the run but not its policy', () => {
    const q = encodeRunLink({ spec: changed, day: 4 });
    q.set('v', '0');
    const d = decodeRunLink(q);
    expect(d.problems.map((p) => p.param)).toEqual(['v']);
    expect(d.state.spec.seed).toBe(9);
    expect(d.state.day).toBe(4);
    expect(d.state.spec.policy).toEqual(base.policy);
  });
});
