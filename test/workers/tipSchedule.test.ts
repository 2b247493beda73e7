import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/sim';
import { checkRunSpec, defaultRunSpec, scenarioFor, type RunSpec } from '../../src/workers/runSpec';
import { createSimulationApi } from '../../src/workers/simulationApi';
import type { ScheduledTip } from '../../src/workers/tipSchedule';

const small: RunSpec = { ...defaultRunSpec('default', 5), scale: 0.05, horizon: 20 };
const routeTip: ScheduledTip = {
  day: 3,
  tip: { subject: 'route', office: 'port', departure: 'CN', reliability: 0.8, leadDays: 0, windowDays: 5, action: 'profile', targetCount: 2, note: 'e2e' },
};
const withTips = (tips: ScheduledTip[]): RunSpec => ({ ...small, policy: { ...small.policy, tips } });

describe('run spec: treatments, intelligence and networks', () => {
  it('puts the treatments, the AEO programme, intelligence and networks into the scenario', () => {
    const spec = structuredClone(small);
    spec.policy.treatments.help.reachPerMonth = 250;
    spec.policy.treatments.force.prosecution = true;
    spec.policy.aeoProgramme.validationCapacity = 7;
    spec.policy.intelligence.tipsPerMonth = 3;
    spec.policy.networks.adaptive = false;
    const s = scenarioFor(spec);
    expect(s.behaviour.treatments.help.reachPerMonth).toBe(250);
    expect(s.behaviour.treatments.force.prosecution).toBe(true);
    expect(s.behaviour.aeoProgramme.validationCapacity).toBe(7);
    expect(s.intelligence.tipsPerMonth).toBe(3);
    expect(s.networks.adaptive).toBe(false);
  });

  it('refuses a treatment out of range naming its path', () => {
    const spec = structuredClone(small);
    spec.policy.treatments.force.penaltyMultiplier = 99;
    const check = checkRunSpec(spec);
    expect(check.ok ? [] : check.issues.map((i) => i.path)).toEqual(['policy.treatments.force.penaltyMultiplier']);
  });

  it('refuses tips the core would refuse, naming the tip and the field', () => {
    const late = checkRunSpec(withTips([{ ...routeTip, day: 20 }]));
    expect(late.ok ? [] : late.issues.map((i) => i.path)).toEqual(['policy.tips.0.day']);
    const office = checkRunSpec(withTips([routeTip, { day: 1, tip: { ...routeTip.tip, office: 'moon' } }]));
    expect(office.ok ? '' : `${office.issues[0]!.path}: ${office.issues[0]!.message}`).toMatch(/^policy\.tips\.1\.tip\.office: unknown office "moon"/);
    const importer = checkRunSpec(withTips([{ day: 1, tip: { ...routeTip.tip, subject: 'trader', importer: 10_000_000 } }]));
    expect(importer.ok ? [] : importer.issues.map((i) => i.path)).toEqual(['policy.tips.0.tip.importer']);
    const hs6 = checkRunSpec(withTips([{ day: 1, tip: { ...routeTip.tip, subject: 'commodity', hs6: '999999' } }]));
    expect(hs6.ok ? [] : hs6.issues.map((i) => i.path)).toEqual(['policy.tips.0.tip.hs6']);
  });

  it('fills a tip\'s defaults, as the core would', () => {
    const check = checkRunSpec(withTips([{ day: 2, tip: { subject: 'commodity', hs6: '610910' } } as unknown as ScheduledTip]));
    expect(check.ok && check.spec.policy.tips[0]!.tip).toMatchObject({ reliability: 1, leadDays: 0, windowDays: 14, action: 'target', targetCount: 2 });
  });
});

describe('worker: injected tips are replayed on their day', () => {
  it('simulate, advance and the core with the command on that day give the same days', async () => {
    const spec = withTips([routeTip]);
    const a = createSimulationApi();
    const first = await a.simulate({ spec, days: 2 });
    const more = await a.advance({ toDay: 9, since: 2 });
    const once = await createSimulationApi().simulate({ spec, days: 9 });
    expect(first.daily.concat(more.daily)).toEqual(once.daily);
    const core = createSimulation(scenarioFor(spec), spec.seed);
    core.run(3);
    core.apply({ type: 'injectTip', tip: routeTip.tip });
    core.run(6);
    expect(JSON.stringify(once.daily)).toBe(JSON.stringify(core.daily()));
    const injected = [...once.snapshot.intelligence.tips, ...once.snapshot.intelligence.recent].filter((t) => t.source === 'command');
    expect(injected.map((t) => t.receivedDay)).toEqual([3]);
  });

  it('a tip received on the day the run stops is listed, pending, and changes nothing before', async () => {
    const spec = withTips([routeTip]);
    const atTip = await createSimulationApi().simulate({ spec, days: 3 });
    const listed = atTip.snapshot.intelligence.tips.filter((t) => t.source === 'command');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ subject: 'route', office: 'port', departure: 'CN', receivedDay: 3, action: 'profile' });
    const without = await createSimulationApi().simulate({ spec: small, days: 3 });
    expect(atTip.daily).toEqual(without.daily);
  });
});
