import { describe, expect, it } from 'vitest';
import { createSimulation, ScenarioInputError } from '../../src/sim/index';
import { smallScenario } from './fixtures';

const rule = {
  id: 'cn-low-value', name: 'Low-value goods from China', status: 'active' as const,
  conditions: [{ field: 'origin' as const, op: 'in' as const, value: ['CN'] }, { indicator: 'G3' }],
  lane: 'red' as const,
};

describe('Simulation.apply', () => {
  it('applies policy commands and logs them with the day', () => {
    const sim = createSimulation(smallScenario(), 1);
    sim.run(2);
    sim.apply({ type: 'setRandomRate', rate: 0.03 });
    sim.apply({ type: 'setThresholds', thresholds: { blue: 10, yellow: 20, red: 30 } });
    sim.apply({ type: 'setIndicatorWeight', indicator: 'G5', weight: 40 });
    sim.apply({ type: 'upsertRule', rule });
    const p = sim.snapshot().policy;
    expect(p.randomRate).toBe(0.03);
    expect(p.thresholds).toEqual({ blue: 10, yellow: 20, red: 30 });
    expect(p.indicatorWeights.G5).toBe(40);
    expect(p.rules.map((r) => r.id)).toContain('cn-low-value');
    expect(sim.commandLog().map((c) => [c.day, c.command.type])).toEqual([
      [2, 'setRandomRate'], [2, 'setThresholds'], [2, 'setIndicatorWeight'], [2, 'upsertRule'],
    ]);
  });

  it('refuses an invalid command with the field named, and changes nothing', () => {
    const sim = createSimulation(smallScenario(), 1);
    const before = JSON.stringify(sim.snapshot().policy);
    expect(() => sim.apply({ type: 'setRandomRate', rate: 1.5 })).toThrow(/rate: must be at most 1/);
    expect(() => sim.apply({ type: 'setThresholds', thresholds: { blue: 1, yellow: 50, red: 40 } })).toThrow(/thresholds\.red/);
    expect(() => sim.apply({ type: 'setStaffing', office: 'moon', resource: 'physical', units: 3 })).toThrow(/unknown office "moon"/);
    expect(() => sim.apply({ type: 'removeRule', id: 'nope' })).toThrow(/no rule with id "nope"/);
    expect(() => sim.apply({ type: 'upsertRule', rule: { ...rule, conditions: [{ indicator: 'Z9' }] } })).toThrow(/rules\.3\.conditions\.0\.indicator: unknown indicator "Z9"/);
    expect(() => sim.apply({ type: 'launchMissiles' } as never)).toThrow(ScenarioInputError);
    expect(JSON.stringify(sim.snapshot().policy)).toBe(before);
    expect(sim.commandLog()).toHaveLength(0);
  });

  it('a live rule routes its matches to its lane and its stats count them', () => {
    const sim = createSimulation(smallScenario(), 4);
    sim.apply({ type: 'upsertRule', rule });
    sim.run(3);
    const stats = sim.snapshot().rules.find((r) => r.id === 'cn-low-value')!;
    expect(stats.hits).toBeGreaterThan(0);
    expect(stats.selected).toBeLessThanOrEqual(stats.hits);
    expect(stats.detections).toBeLessThanOrEqual(stats.selected);
    const sample = createSimulation(smallScenario(), 4);
    sample.apply({ type: 'upsertRule', rule });
    sample.run(1);
    for (const c of sample.snapshot({ sampleSize: 5000 }).sample) {
      const matches = c.origin === 'CN' && c.indicators.includes('G3');
      const aeoReleased = c.lane === 'green' && !c.reasons.includes('targeted');
      if (matches && !aeoReleased) expect(c.lane).toBe('red');
    }
  });

  it('a dry-run rule counts hits without selecting anything', () => {
    const live = createSimulation(smallScenario(), 6);
    const dry = createSimulation(smallScenario(), 6);
    live.apply({ type: 'upsertRule', rule });
    dry.apply({ type: 'upsertRule', rule: { ...rule, status: 'dryRun' } });
    live.run(3);
    dry.run(3);
    const liveStats = live.snapshot().rules.find((r) => r.id === rule.id)!;
    const dryStats = dry.snapshot().rules.find((r) => r.id === rule.id)!;
    expect(dryStats.hits).toBe(liveStats.hits);
    expect(dryStats.selected).toBe(0);
    expect(dry.snapshot().kpis.lanes.red).toBeLessThan(live.snapshot().kpis.lanes.red);
  });

  it('more examination teams clear more red-lane declarations and shorten the backlog', () => {
    const loaded = ['policy.thresholds.red=25', 'policy.thresholds.yellow=20', 'offices.0.redScreening="none"', 'policy.capacity.maxBacklogDays=365'];
    const few = createSimulation(smallScenario([...loaded, 'offices.0.resources.physical.teams=1']), 2);
    const many = createSimulation(smallScenario([...loaded, 'offices.0.resources.physical.teams=1']), 2);
    many.apply({ type: 'setStaffing', office: 'port', resource: 'physical', units: 12 });
    few.run(7);
    many.run(7);
    const f = few.snapshot(), m = many.snapshot();
    // Clearance times cover released declarations only; the backlog shows in pending and queue length.
    expect(m.kpis.clearance.red.count).toBeGreaterThan(f.kpis.clearance.red.count * 1.3);
    expect(f.offices[0].queues.physical.waiting).toBeGreaterThan(2 * m.offices[0].queues.physical.waiting);
    expect(f.kpis.pending).toBeGreaterThan(m.kpis.pending);
    expect(m.offices[0].queues.physical.units).toBe(12);
  });

  it('release overflow policy releases the excess instead of queueing it', () => {
    const loaded = ['policy.thresholds.red=25', 'policy.thresholds.yellow=20', 'offices.0.redScreening="none"', 'offices.0.resources.physical.teams=1'];
    const wait = createSimulation(smallScenario([...loaded, 'policy.capacity.maxBacklogDays=365']), 2);
    const release = createSimulation(smallScenario([...loaded, 'policy.capacity.overflow="release"']), 2);
    wait.run(5);
    release.run(5);
    expect(release.snapshot().kpis.overflowReleased).toBeGreaterThan(0);
    expect(wait.snapshot().kpis.overflowReleased).toBe(0);
    expect(release.snapshot().kpis.clearance.red.p95).toBeLessThan(wait.snapshot().kpis.clearance.red.p95);
  });

  it('waiting is capped at maxBacklogDays of capacity: the lowest-risk excess is released, the random sample never', () => {
    const loaded = ['policy.thresholds.red=25', 'policy.thresholds.yellow=20', 'offices.0.redScreening="none"', 'offices.0.resources.physical.teams=1', 'policy.randomRate=0.01'];
    const capped = createSimulation(smallScenario([...loaded, 'policy.capacity.maxBacklogDays=2']), 2);
    const open = createSimulation(smallScenario([...loaded, 'policy.capacity.maxBacklogDays=365']), 2);
    capped.run(10);
    open.run(10);
    const c = capped.snapshot(), o = open.snapshot();
    expect(c.kpis.overflowReleased).toBeGreaterThan(0);
    expect(o.kpis.overflowReleased).toBe(0);
    expect(c.offices[0].queues.physical.waiting).toBeLessThan(o.offices[0].queues.physical.waiting / 2);
    // Random selections are never released, and a shorter queue finishes more of them in the run.
    expect(c.kpis.randomInspections).toBeGreaterThanOrEqual(o.kpis.randomInspections);
  });
});

describe('Simulation.dryRun', () => {
  it('before day 0, predicts exactly the matches the live rule then gets on day 0', () => {
    const sim = createSimulation(smallScenario(), 11);
    const prediction = sim.dryRun(rule);
    sim.apply({ type: 'upsertRule', rule });
    sim.step();
    const stats = sim.snapshot().rules.find((r) => r.id === rule.id)!;
    expect(prediction.day).toBe(0);
    expect(prediction.matches).toBe(stats.hitsLastDay);
    expect(prediction.matches).toBeGreaterThan(0);
    expect(Object.values(prediction.byOffice).reduce((a, b) => a + b, 0)).toBe(prediction.matches);
    expect(prediction.selectionRate).toBeCloseTo(prediction.matches / prediction.declarations, 10);
  });

  it('scales expected selections by the selection percent and reports capacity', () => {
    const sim = createSimulation(smallScenario(), 11);
    sim.run(1);
    const full = sim.dryRun(rule);
    const half = sim.dryRun({ ...rule, selectionPercent: 50 });
    expect(half.expectedSelections).toBeCloseTo(full.expectedSelections / 2, 10);
    expect(full.physicalCapacity).toBeGreaterThan(0);
  });

  it('names the problem in an invalid profile', () => {
    const sim = createSimulation(smallScenario(), 1);
    expect(() => sim.dryRun({ ...rule, conditions: [{ field: 'origin', op: 'in', value: ['XX'] }] })).toThrow(/conditions\.0\.value: origin must be an ISO country code/);
    expect(() => sim.dryRun({ ...rule, conditions: [] })).toThrow(/conditions/);
  });
});
