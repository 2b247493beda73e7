import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/index';
import { smallScenario } from '../fixtures';

const runFor = (lift: number) => {
  const sim = createSimulation(smallScenario([`generator.indicatorLift=${lift}`]), 4);
  sim.run(2);
  return { curve: sim.snapshot({ sampleSize: 0 }).targetingCurve!, declarations: sim.daily().at(-1)!.declarations };
};
const curveFor = (lift: number) => runFor(lift).curve;

describe('targeting curve', () => {
  it('runs from (0,0) to (1,1) and never decreases', () => {
    const c = curveFor(1);
    expect(c.points[0]).toEqual({ inspectionRate: 0, detectionRate: 0, revenueRate: 0 });
    const last = c.points.at(-1)!;
    expect(last.inspectionRate).toBe(1);
    expect(last.detectionRate).toBe(1);
    expect(last.revenueRate).toBeCloseTo(1, 12);
    for (let k = 1; k < c.points.length; k++) {
      expect(c.points[k].inspectionRate).toBeGreaterThan(c.points[k - 1].inspectionRate);
      expect(c.points[k].detectionRate).toBeGreaterThanOrEqual(c.points[k - 1].detectionRate);
    }
  });

  it('lies well above random selection when indicators are informative, and below the best possible', () => {
    const { curve: c, declarations: n } = runFor(1);
    const at = (x: number) => c.points.find((p) => p.inspectionRate === x)!;
    expect(at(0.1).detectionRate).toBeGreaterThan(3 * 0.1);
    // The curve inspects round(x n) declarations; the best ranking finds at most that many offenders.
    for (const p of c.points) expect(p.detectionRate).toBeLessThanOrEqual(Math.min(1, Math.round(p.inspectionRate * n) / (c.prevalence * n)) + 1e-12);
  });

  it('is absent before the first day and refers to the last day after', () => {
    const sim = createSimulation(smallScenario(), 1);
    expect(sim.snapshot().targetingCurve).toBeNull();
    sim.run(3);
    expect(sim.snapshot().targetingCurve!.day).toBe(2);
  });

  it('comes with run-level clearance histograms whose counts match the KPIs', () => {
    const sim = createSimulation(smallScenario(), 1);
    sim.run(2);
    const s = sim.snapshot();
    const h = s.clearanceHistogram;
    expect(h.edgesHours).toHaveLength(h.red.length + 1);
    expect(h.red.reduce((a, b) => a + b, 0)).toBe(s.kpis.clearance.red.count);
    expect(h.green.reduce((a, b) => a + b, 0)).toBe(s.kpis.clearance.green.count);
  });
});
