import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation, ScenarioInputError } from '../../../src/sim/index';
import { smallScenario } from '../fixtures';

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('adaptive networks: invariants', () => {
  it('counts every smuggling consignment once by office, route and commodity group; choice probabilities sum to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 5, noNaN: true }), (seed, beta) => {
        const sim = createSimulation(smallScenario(['traders.networks.activity=10', `networks.choiceSensitivity=${beta}`]), seed);
        sim.run(6);
        for (const d of sim.daily()) {
          const n = d.networks;
          expect(sum(n.byOffice)).toBe(n.consignments);
          expect(sum(n.byRoute)).toBe(n.consignments);
          expect(sum(n.byCommodity)).toBe(n.consignments);
          expect(sum(n.seizedByOffice)).toBe(n.seized);
          expect(sum(n.seizedByRoute)).toBe(n.seized);
        }
        const snap = sim.snapshot({ sampleSize: 0 });
        expect(snap.kpis.networks.seized).toBeLessThanOrEqual(snap.kpis.networks.consignments);
        for (const net of snap.networks.networks) {
          for (const options of Object.values(net.choices)) {
            expect(options.reduce((a, o) => a + (o.probability ?? 0), 0)).toBeCloseTo(1, 9);
            for (const o of options) expect(o.perceivedRisk).toBeGreaterThanOrEqual(0);
            for (const o of options) expect(o.perceivedRisk).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 6 },
    );
  });

  it('only uses offices of the modes a network trades in', () => {
    const sim = createSimulation(smallScenario(['traders.networks.activity=10']), 3);
    sim.run(20);
    // Default specialties: drugs and excise by sea and road, counterfeits by sea and express; nobody flies cargo.
    expect(sim.snapshot({ sampleSize: 0 }).kpis.networks.byOffice.airport).toBe(0);
    for (const net of sim.snapshot({ sampleSize: 0 }).networks.networks) {
      expect(net.choices.office.map((o) => o.option)).not.toContain('airport');
    }
  });

  it('is deterministic: same seed, same choices and counts', () => {
    const run = () => {
      const sim = createSimulation(smallScenario(['traders.networks.activity=10']), 21);
      sim.run(15);
      return JSON.stringify([sim.daily().map((d) => d.networks), sim.snapshot({ sampleSize: 0 }).networks]);
    };
    expect(run()).toBe(run());
  });

  it('is not changed by taking snapshots', () => {
    const run = (snapshots: boolean) => {
      const sim = createSimulation(smallScenario(['traders.networks.activity=10']), 17);
      for (let d = 0; d < 12; d++) { sim.step(); if (snapshots) sim.snapshot({ sampleSize: 10 }); }
      return JSON.stringify(sim.daily().map((d) => d.networks));
    };
    expect(run(true)).toBe(run(false));
  });

  it('does not change which consignments arrive: totals and offences per day are those of static networks', () => {
    const daily = (adaptive: boolean) => {
      const sim = createSimulation(smallScenario(['behaviour.enabled=false', 'intelligence.enabled=false', `networks.adaptive=${adaptive}`]), 8);
      sim.run(10);
      return sim.daily().map((d) => [d.declarations, d.networks.consignments]);
    };
    expect(daily(true)).toEqual(daily(false));
  });

  it('validates setNetworks with the field named', () => {
    const sim = createSimulation(smallScenario(), 1);
    expect(() => sim.apply({ type: 'setNetworks', settings: { choiceSensitivity: -1 } })).toThrow(/settings\.choiceSensitivity: must be at least 0/);
    expect(() => sim.apply({ type: 'setNetworks', settings: { warp: 9 } })).toThrow(ScenarioInputError);
    expect(() => sim.apply({ type: 'setNetworks', settings: { warp: 9 } })).toThrow(/warp/);
    sim.apply({ type: 'setNetworks', settings: { adaptive: false } });
    expect(sim.scenario.networks.adaptive).toBe(false);
    expect(sim.snapshot({ sampleSize: 0 }).networks.adaptive).toBe(false);
  });
});
