import { describe, expect, it } from 'vitest';
import { createSimulation, type Kpis } from '../../../src/sim/index';
import { smallScenario } from '../fixtures';

/** Many trader tips, one-off targets of two consignments each, static networks. */
const TIPS = ['networks.adaptive=false', 'intelligence.tipsPerMonth=120', 'intelligence.subjects.route=0', 'intelligence.subjects.commodity=0'];

function runTips(reliability: number, seed: number): Kpis {
  const sim = createSimulation(smallScenario([...TIPS, `intelligence.reliability=${reliability}`]), seed);
  sim.run(60);
  return sim.snapshot({ sampleSize: 0 }).kpis;
}

describe('intelligence tips', () => {
  it('tips of reliability 1 feed targets that hit far more often than random selection', () => {
    const k = runTips(1, 4);
    expect(k.intelligence.tipInspections).toBeGreaterThan(40);
    expect(k.intelligence.tipHitRate).toBeGreaterThan(3 * k.hitRateRandom);
    expect(k.intelligence.tipHitRate).toBeGreaterThan(k.hitRateTargeted);
  });

  it('tips of reliability 0 only cost inspections', () => {
    const k = runTips(0, 4);
    expect(k.intelligence.tipInspections).toBeGreaterThan(40);
    expect(k.intelligence.tipHitRate).toBeLessThan(k.hitRateRandom);
    expect(k.intelligence.tipInspectionsWasted).toBeGreaterThan(0.9 * k.intelligence.tipInspections);
  });

  it('does not change which consignments arrive', () => {
    const daily = (enabled: boolean) => {
      const sim = createSimulation(smallScenario(['behaviour.enabled=false', 'networks.adaptive=false', `intelligence.enabled=${enabled}`, 'intelligence.tipsPerMonth=120']), 9);
      sim.run(12);
      return sim.daily().map((d) => [d.declarations, d.nonCompliant, d.networks.consignments]);
    };
    expect(daily(true)).toEqual(daily(false));
  });

  it('counts every tip once as it is received, and closes it when used or expired', () => {
    const sim = createSimulation(smallScenario([...TIPS, 'intelligence.reliability=0.5']), 2);
    sim.run(45);
    const snap = sim.snapshot({ sampleSize: 0 });
    const i = snap.kpis.intelligence;
    expect(i.tipsReceived).toBeGreaterThan(0);
    expect(i.tipsUsed + i.tipsExpired + snap.intelligence.tips.length).toBe(i.tipsReceived);
    expect(i.tipsActed).toBeLessThanOrEqual(i.tipsReceived);
    expect(i.tipHits).toBeLessThanOrEqual(i.tipInspections);
    for (const tip of snap.intelligence.tips) expect(['pending', 'active']).toContain(tip.status);
    for (const tip of snap.intelligence.recent) expect(['used', 'expired']).toContain(tip.status);
    const summed = sim.daily().reduce((a, d) => a + d.intelligence.tipsReceived, 0);
    expect(summed).toBe(i.tipsReceived);
  });

  it('is deterministic', () => {
    const run = () => JSON.stringify(runTips(0.5, 13).intelligence);
    expect(run()).toBe(run());
  });
});
