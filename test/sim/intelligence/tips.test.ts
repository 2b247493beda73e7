import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation, type Kpis } from '../../../src/sim/index';
import { smallScenario } from '../fixtures';

/** Many trader tips, one-off targets of two consignments each, static networks. */
const TIPS = ['behaviour.enabled=false', 'networks.adaptive=false', 'intelligence.tipsPerMonth=120', 'intelligence.subjects.route=0', 'intelligence.subjects.commodity=0'];

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
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('target', 'profile'), (seed, reliability, action) => {
        const sim = createSimulation(smallScenario([...TIPS, `intelligence.reliability=${reliability}`, `intelligence.action=${action}`]), seed);
        sim.run(25);
        const snap = sim.snapshot({ sampleSize: 0 });
        const i = snap.kpis.intelligence;
        expect(i.tipsUsed + i.tipsExpired + snap.intelligence.tips.length).toBe(i.tipsReceived);
        expect(i.tipsActed).toBeLessThanOrEqual(i.tipsReceived);
        expect(i.tipHits).toBeLessThanOrEqual(i.tipInspections);
        expect(i.tipInspections).toBeLessThanOrEqual(i.tipSelections);
        for (const tip of snap.intelligence.tips) expect(['pending', 'active']).toContain(tip.status);
        for (const tip of snap.intelligence.recent) expect(['used', 'expired']).toContain(tip.status);
        expect(sim.daily().reduce((a, d) => a + d.intelligence.tipsReceived, 0)).toBe(i.tipsReceived);
      }),
      { numRuns: 4 },
    );
  });

  it('is deterministic', () => {
    const run = () => JSON.stringify(runTips(0.5, 13).intelligence);
    expect(run()).toBe(run());
  });
});
