import { describe, expect, it } from 'vitest';
import { createSimulation, ScenarioInputError, loadBuiltinScenario } from '../../src/sim/index';
import { smallScenario } from './fixtures';

describe('createSimulation', () => {
  it('does not run by itself: a new simulation is at day 0 with no KPIs', () => {
    const sim = createSimulation(smallScenario(), 1);
    expect(sim.day()).toBe(0);
    expect(sim.snapshot().lastDay).toBeNull();
    expect(sim.snapshot().kpis.declarations).toBe(0);
  });

  it('step advances one day and run(n) n days', () => {
    const sim = createSimulation(smallScenario(), 1);
    const d0 = sim.step();
    expect(d0.day).toBe(0);
    sim.run(4);
    expect(sim.day()).toBe(5);
    expect(sim.daily().map((d) => d.day)).toEqual([0, 1, 2, 3, 4]);
  });

  it('run-level declarations and seizures are the sums of the daily ones', () => {
    const sim = createSimulation(smallScenario(), 3);
    sim.run(10);
    const k = sim.snapshot().kpis;
    const sum = (f: (d: (typeof days)[number]) => number) => days.reduce((a, d) => a + f(d), 0);
    const days = sim.daily();
    expect(k.declarations).toBe(sum((d) => d.declarations));
    expect(k.seizuresTotal).toBe(sum((d) => d.seizuresTotal));
    expect(k.revenueRecovered).toBeCloseTo(sum((d) => d.revenueRecovered), 3);
    expect(k.lanes.green + k.lanes.yellow + k.lanes.red + k.lanes.blue).toBe(k.declarations);
  });

  it('same scenario, seed and commands give byte-identical output', () => {
    const play = () => {
      const sim = createSimulation(smallScenario(), 42);
      sim.run(3);
      sim.apply({ type: 'setRandomRate', rate: 0.02 });
      sim.apply({ type: 'setStaffing', office: 'port', resource: 'physical', units: 2 });
      sim.run(3);
      return JSON.stringify({ snap: sim.snapshot({ sampleSize: 50 }), daily: sim.daily(), log: sim.commandLog() });
    };
    expect(play()).toBe(play());
  });

  it('different seeds give different traffic', () => {
    const a = createSimulation(smallScenario(), 1);
    const b = createSimulation(smallScenario(), 2);
    a.run(2);
    b.run(2);
    expect(a.snapshot().kpis.declarations).not.toBe(b.snapshot().kpis.declarations);
  });

  it('changing policy does not change which consignments arrive (common random numbers)', () => {
    // Static networks: adaptive ones move their own consignments in response to policy, by design (displacement).
    const base = createSimulation(smallScenario(['networks.adaptive=false']), 9);
    const strict = createSimulation(smallScenario(['networks.adaptive=false', 'policy.thresholds.red=20', 'policy.thresholds.yellow=15', 'policy.randomRate=0.05']), 9);
    base.run(6);
    strict.run(6);
    const pick = (d: ReturnType<typeof base.daily>[number]) => [d.declarations, d.nonCompliant, Math.round(d.revenueAtRisk)];
    expect(strict.daily().map(pick)).toEqual(base.daily().map(pick));
    // ... while the policy itself clearly changed what was inspected.
    expect(strict.snapshot().kpis.lanes.red).toBeGreaterThan(2 * base.snapshot().kpis.lanes.red);
  });

  it('handling before inspections lengthens inspected clearance and delay cost on the same traffic', () => {
    const noHandling = ['documentary', 'scanner', 'physical', 'dog'].flatMap((kind) =>
      [0, 1, 2, 3].map((o) => `offices.${o}.resources.${kind}.handling.meanHours=0`));
    const quick = createSimulation(smallScenario(['networks.adaptive=false', 'behaviour.enabled=false', ...noHandling]), 4);
    const slow = createSimulation(smallScenario(['networks.adaptive=false', 'behaviour.enabled=false']), 4);
    quick.run(12);
    slow.run(12);
    const q = quick.snapshot().kpis, s = slow.snapshot().kpis;
    expect(s.declarations).toBe(q.declarations);
    expect(s.nonCompliant).toBe(q.nonCompliant);
    expect(s.revenueAtRisk).toBe(q.revenueAtRisk);
    expect(s.clearance.green.mean).toBeCloseTo(q.clearance.green.mean, 3);
    // The port positions a container for a day before its scan and devans it for two before an examination.
    expect(s.clearance.red.mean).toBeGreaterThan(q.clearance.red.mean + 4);
    expect(s.clearance.yellow.mean).toBeGreaterThan(q.clearance.yellow.mean + 1);
    expect(s.delayCost).toBeGreaterThan(2 * q.delayCost);
    // By office, the red lane's releases and hours add up to the lane's over all offices.
    const offices = Object.values(s.officeClearance);
    expect(offices.reduce((n, o) => n + o.red.count, 0)).toBe(s.clearance.red.count);
    expect(offices.reduce((h, o) => h + o.red.count * o.red.mean, 0) / s.clearance.red.count).toBeCloseTo(s.clearance.red.mean, 6);
    expect(s.officeClearance['port']!.red.mean).toBeGreaterThan(q.officeClearance['port']!.red.mean + 12);
    // At day end, what is on its way to a scanner is counted apart from what waits for one.
    const port = slow.snapshot().offices[0].queues.scan;
    expect(port.arriving).toBeGreaterThan(0);
    expect(s.resources.scan.arriving).toBe(slow.snapshot().offices.reduce((sum, o) => sum + o.queues.scan.arriving, 0));
    expect(quick.snapshot().offices[0].queues.scan.arriving).toBeLessThan(port.arriving);
  });

  it('rejects a bad seed with a message naming it', () => {
    expect(() => createSimulation(smallScenario(), -1)).toThrow(/seed: must be an integer/);
    expect(() => createSimulation(smallScenario(), 1.5)).toThrow(ScenarioInputError);
  });

  it('rejects an invalid scenario with every problem and its path', () => {
    const bad = JSON.parse(JSON.stringify(loadBuiltinScenario('default')));
    bad.offices[0].mode = 'rail';
    bad.policy.randomRate = 3;
    try {
      createSimulation(bad, 1);
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioInputError);
      const paths = (e as ScenarioInputError).issues.map((i) => i.path);
      expect(paths).toContain('offices.0.mode');
      expect(paths).toContain('policy.randomRate');
      expect((e as Error).message).toMatch(/offices\.0\.mode: expected one of "sea", "air", "express", "land", got "rail"/);
    }
  });

  it('does not modify the scenario object it was given', () => {
    const scenario = smallScenario();
    const before = JSON.stringify(scenario);
    const sim = createSimulation(scenario, 1);
    sim.apply({ type: 'setStaffing', office: 'port', resource: 'physical', units: 1 });
    sim.run(1);
    expect(JSON.stringify(scenario)).toBe(before);
  });

  it('snapshots are plain serialisable data detached from the simulation', () => {
    const sim = createSimulation(smallScenario(), 5);
    sim.run(2);
    const snap = sim.snapshot({ sampleSize: 20 });
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    (snap.policy as { randomRate: number }).randomRate = 0.9;
    expect(sim.snapshot().policy.randomRate).not.toBe(0.9);
    expect(snap.sample).toHaveLength(20);
    expect(snap.version).toBe(2);
  });

  it('keeps no daily history when keepDaily is off, with the same run totals', () => {
    const a = createSimulation(smallScenario(), 8, { keepDaily: false });
    const b = createSimulation(smallScenario(), 8);
    a.run(5);
    b.run(5);
    expect(a.daily()).toHaveLength(0);
    expect(a.snapshot().kpis).toEqual(b.snapshot().kpis);
  });

  it('keeps each trader\'s inspection history, matching the run totals', () => {
    const sim = createSimulation(smallScenario(), 12);
    sim.run(6);
    const k = sim.snapshot().kpis;
    const n = sim.scenario.traders.importers + sim.scenario.traders.networks.count * sim.scenario.traders.networks.membersPerNetwork;
    let declarations = 0, offences = 0;
    for (let i = 0; i < n; i++) {
      const t = sim.trader(i);
      declarations += t.declarations;
      offences += t.offencesFound;
      expect(t.inspections).toBeLessThanOrEqual(t.declarations * 2);
    }
    expect(declarations).toBe(k.declarations);
    expect(offences).toBe(k.detected);
    expect(() => sim.trader(n)).toThrow(/importer: must be an integer from 0 to/);
  });

  it('reports each office\'s lane capacity beside its selections', () => {
    const sim = createSimulation(smallScenario(), 2);
    sim.run(1);
    for (const o of sim.snapshot().offices) {
      expect(o.laneCapacity).toHaveLength(4);
      expect(o.laneCapacity[2]).toBeGreaterThan(0);
      expect(o.lanes.reduce((a, b) => a + b, 0)).toBe(o.declarations);
    }
  });
});
