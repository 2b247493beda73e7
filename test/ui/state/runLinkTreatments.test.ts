import { describe, expect, it } from 'vitest';
import { setIn } from '../../../src/ui/panel/policyEdits';
import { decodeRunLink, encodeRunLink } from '../../../src/ui/state/runLink';
import { policyChanges } from '../../../src/ui/state/policySummary';
import { defaultRunSpec, type RunSpec } from '../../../src/workers/runSpec';
import type { ScheduledTip } from '../../../src/workers/tipSchedule';
import { applyJsonPatch, type Json } from '../../../src/ui/state/jsonPatch';
import { decodeBase64Url } from '../../../src/ui/state/base64url';

const base = defaultRunSpec('default', 42);
const tip: ScheduledTip = {
  day: 12,
  tip: { subject: 'commodity', hs6: '610910', office: 'port', reliability: 0.7, leadDays: 2, windowDays: 10, action: 'profile', targetCount: 2, note: 'watch T-shirts' },
};
let treated: RunSpec = setIn(base, ['policy', 'treatments', 'help', 'reachPerMonth'], 400);
treated = setIn(treated, ['policy', 'treatments', 'force', 'prosecution'], true);
treated = setIn(treated, ['policy', 'intelligence', 'tipsPerMonth'], 20);
treated = setIn(treated, ['policy', 'networks', 'adaptive'], false);
treated = setIn(treated, ['policy', 'tips'], [tip]);

describe('run link: treatments, intelligence, networks and injected tips', () => {
  it('round-trips them exactly', () => {
    const decoded = decodeRunLink(encodeRunLink({ spec: treated, day: 40 }));
    expect(decoded.problems).toEqual([]);
    expect(decoded.state).toEqual({ spec: treated, day: 40 });
  });

  it('carries them as a difference from the scenario\'s defaults', () => {
    const p = encodeRunLink({ spec: treated, day: 40 }).get('p')!;
    const text = decodeBase64Url(p);
    const patch = JSON.parse(text.ok ? text.text : 'null') as { [key: string]: Json };
    expect(Object.keys(patch).sort()).toEqual(['intelligence', 'networks', 'tips', 'treatments']);
    expect(patch['treatments']).toEqual({ help: { reachPerMonth: 400 }, force: { prosecution: true } });
    expect(applyJsonPatch(base.policy as unknown as Json, patch)).toEqual(treated.policy);
  });

  it('a link made before treatments existed gets the scenario\'s treatments, without problems', () => {
    const old = encodeRunLink({ spec: setIn(base, ['policy', 'policy', 'randomRate'], 0.05), day: 3 });
    const decoded = decodeRunLink(old);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state.spec.policy.treatments).toEqual(base.policy.treatments);
    expect(decoded.state.spec.policy.tips).toEqual([]);
  });

  it('a link with a tip the core would refuse keeps the built-in policy and names the problem', () => {
    const bad = setIn(treated, ['policy', 'tips'], [{ ...tip, tip: { ...tip.tip, hs6: '000000' } }]);
    const decoded = decodeRunLink(encodeRunLink({ spec: bad, day: 1 }));
    expect(decoded.problems.map((p) => p.param)).toEqual(['p']);
    expect(decoded.problems[0]!.message).toMatch(/tips\.0\.tip\.hs6/);
    expect(decoded.state.spec.policy).toEqual(base.policy);
  });

  it('run labels name the treatment changes', () => {
    expect(policyChanges(treated)).toEqual(['outreach 400/month', 'prosecution on', '20 tips/month', 'static networks', '1 injected tip']);
  });
});
