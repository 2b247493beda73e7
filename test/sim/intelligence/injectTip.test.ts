import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/index';
import { smallScenario } from '../fixtures';

const quiet = () => smallScenario(['behaviour.enabled=false', 'intelligence.enabled=false', 'networks.adaptive=false']);

describe('injectTip', () => {
  it('sends the next consignments of the named importer to a full examination, then closes the target', () => {
    const sim = createSimulation(quiet(), 6);
    sim.run(1);
    const snap0 = sim.snapshot({ sampleSize: 5000 });
    // The busiest importer of day 0 is sure to lodge again within the window.
    const counts = new Map<number, number>();
    for (const c of snap0.sample) counts.set(c.importer, (counts.get(c.importer) ?? 0) + 1);
    const importer = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
    sim.apply({ type: 'injectTip', tip: { subject: 'trader', importer, targetCount: 1, windowDays: 10, note: 'informant' } });
    expect(sim.snapshot().intelligence.tips).toMatchObject([{ subject: 'trader', importer, status: 'pending', source: 'command', note: 'informant' }]);
    sim.run(10);
    const snap = sim.snapshot({ sampleSize: 0 });
    expect(snap.kpis.intelligence.tipsReceived).toBe(1);
    expect(snap.kpis.intelligence.tipSelections).toBe(1);
    expect(snap.intelligence.tips).toHaveLength(0);
    expect(snap.intelligence.recent).toMatchObject([{ importer, status: 'used', selected: 1, remaining: 0 }]);
  });

  it('a profile tip selects every matching consignment of its window, then expires', () => {
    const sim = createSimulation(quiet(), 6);
    sim.apply({ type: 'injectTip', tip: { subject: 'route', office: 'port', departure: 'CN', action: 'profile', leadDays: 1, windowDays: 2 } });
    sim.run(1);
    // Injected before day 0: received on day 0, in the day's figures and the run's alike.
    expect(sim.daily()[0].intelligence.tipsReceived).toBe(1);
    expect(sim.daily()[0].intelligence.tipSelections).toBe(0);
    sim.run(2);
    expect(sim.daily()[1].intelligence.tipsReceived).toBe(0);
    const selected = sim.daily().slice(1).map((d) => d.intelligence.tipSelections);
    expect(selected[0]).toBeGreaterThan(2);
    expect(selected[1]).toBeGreaterThan(2);
    expect(sim.snapshot().intelligence.recent).toMatchObject([{ status: 'expired', action: 'profile', fromDay: 1, toDay: 2 }]);
    sim.run(1);
    expect(sim.daily()[3].intelligence.tipSelections).toBe(0);
  });

  it('setIntelligence changes the stream from the next day on', () => {
    const sim = createSimulation(smallScenario(['behaviour.enabled=false', 'intelligence.tipsPerMonth=300']), 3);
    sim.run(5);
    expect(sim.snapshot().kpis.intelligence.tipsReceived).toBeGreaterThan(10);
    sim.apply({ type: 'setIntelligence', settings: { enabled: false } });
    sim.run(5);
    expect(sim.daily().slice(5).map((d) => d.intelligence.tipsReceived)).toEqual([0, 0, 0, 0, 0]);
    expect(sim.commandLog().map((c) => c.command.type)).toEqual(['setIntelligence']);
  });

  it('refuses a tip with a missing or unknown subject field, naming the field', () => {
    const sim = createSimulation(quiet(), 1);
    expect(() => sim.apply({ type: 'injectTip', tip: { subject: 'route', office: 'moon', departure: 'CN' } })).toThrow(/tip\.office: unknown office "moon"/);
    expect(() => sim.apply({ type: 'injectTip', tip: { subject: 'route', office: 'port' } })).toThrow(/tip\.departure: required/);
    expect(() => sim.apply({ type: 'injectTip', tip: { subject: 'route', office: 'port', departure: 'XX' } })).toThrow(/tip\.departure: must be an ISO code/);
    expect(() => sim.apply({ type: 'injectTip', tip: { subject: 'commodity', hs6: '999999' } })).toThrow(/tip\.hs6/);
    expect(() => sim.apply({ type: 'injectTip', tip: { subject: 'trader' } })).toThrow(/tip\.importer: required/);
    expect(() => sim.apply({ type: 'injectTip', tip: { subject: 'trader', importer: 10 ** 7 } })).toThrow(/tip\.importer: must be an importer index/);
    expect(() => sim.apply({ type: 'injectTip', tip: { subject: 'trader', importer: 1, reliability: 2 } })).toThrow(/tip\.reliability: must be at most 1/);
    expect(() => sim.apply({ type: 'setIntelligence', settings: { tipsPerMonth: -3 } })).toThrow(/settings\.tipsPerMonth: must be at least 0/);
    expect(sim.snapshot().intelligence.tips).toHaveLength(0);
    expect(sim.commandLog()).toHaveLength(0);
  });
});
