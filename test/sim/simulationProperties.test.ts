import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation } from '../../src/sim/index';
import { smallScenario } from './fixtures';

/** Targeting switched off: thresholds out of reach and no rules, so only the random draw selects. */
const RANDOM_ONLY = ['policy.thresholds.red=100000', 'policy.thresholds.yellow=100000', 'policy.thresholds.blue=100000', 'policy.rules=[]', 'intelligence.enabled=false'];
/** Every examination finds every offence (perfect thoroughness). */
const PERFECT_EXAM = ['detection.physical=[0,1,1,1,1,1,1]'];

describe('random selection (compliance measurement)', () => {
  it('inspects about r of declarations, and with perfect exams its hit rate estimates the true non-compliance rate', () => {
    fc.assert(
      fc.property(fc.constantFrom(0.03, 0.08, 0.15), fc.integer({ min: 1, max: 1000 }), (rate, seed) => {
        const sim = createSimulation(smallScenario([...RANDOM_ONLY, ...PERFECT_EXAM, `policy.randomRate=${rate}`, 'policy.aeo.facilitation=false']), seed);
        sim.run(8);
        const k = sim.snapshot().kpis;
        const n = k.declarations;
        // Binomial selection: within 4 standard deviations of r * n.
        expect(Math.abs(k.lanes.red - rate * n)).toBeLessThan(4 * Math.sqrt(n * rate * (1 - rate)));
        expect(k.targetedInspections).toBe(0);
        // The sample's non-compliance estimate covers the truth within its (widened) interval.
        const trueRate = 1 - k.trueComplianceRate;
        const est = 1 - k.complianceEstimate.rate;
        const se = Math.sqrt((trueRate * (1 - trueRate)) / k.randomInspections);
        expect(Math.abs(est - trueRate)).toBeLessThan(4 * se + 0.002);
      }),
      { numRuns: 4 },
    );
  });

  it('with imperfect exams underestimates non-compliance by about the exam sensitivity', () => {
    const sim = createSimulation(smallScenario([...RANDOM_ONLY, 'detection.physical=[0,0.5,0.5,0.5,0.5,0.5,0.5]', 'policy.randomRate=0.2']), 3);
    sim.run(10);
    const k = sim.snapshot().kpis;
    const ratio = (1 - k.complianceEstimate.rate) / (1 - k.trueComplianceRate);
    expect(ratio).toBeGreaterThan(0.35);
    expect(ratio).toBeLessThan(0.65);
  });
});

describe('KPI invariants', () => {
  it('hold for any policy', () => {
    fc.assert(
      fc.property(
        fc.record({
          red: fc.integer({ min: 10, max: 120 }), gap: fc.integer({ min: 0, max: 30 }), random: fc.double({ min: 0, max: 0.1, noNaN: true }),
          teams: fc.integer({ min: 0, max: 8 }), overflow: fc.constantFrom('wait', 'release'), discipline: fc.constantFrom('fifo', 'priority'),
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        }),
        (p) => {
          const sim = createSimulation(smallScenario([
            `policy.thresholds.red=${p.red}`, `policy.thresholds.yellow=${p.red - p.gap}`, `policy.thresholds.blue=${p.red - p.gap - 5}`,
            `policy.randomRate=${p.random}`, `offices.0.resources.physical.teams=${p.teams}`,
            `policy.capacity.overflow="${p.overflow}"`, `policy.capacity.queueDiscipline="${p.discipline}"`,
          ]), p.seed);
          sim.run(4);
          for (const k of [...sim.daily(), sim.snapshot().kpis]) {
            expect(k.lanes.green + k.lanes.yellow + k.lanes.red + k.lanes.blue).toBe(k.declarations);
            expect(k.targetedHits).toBeLessThanOrEqual(k.targetedInspections);
            expect(k.randomHits).toBeLessThanOrEqual(k.randomInspections);
            expect(k.falsePositives).toBeGreaterThanOrEqual(0);
            for (const r of [k.hitRateTargeted, k.hitRateRandom, k.physicalRate, k.trueComplianceRate]) {
              expect(r).toBeGreaterThanOrEqual(0);
              expect(r).toBeLessThanOrEqual(1);
            }
            expect(k.complianceEstimate.low).toBeLessThanOrEqual(k.complianceEstimate.rate + 1e-12);
            expect(k.complianceEstimate.high).toBeGreaterThanOrEqual(k.complianceEstimate.rate - 1e-12);
            expect(k.clearance.all.p50).toBeLessThanOrEqual(k.clearance.all.p95 + 1e-9);
            expect(k.delayCost).toBeGreaterThanOrEqual(0);
            expect(k.pending).toBeGreaterThanOrEqual(0);
          }
          const run = sim.snapshot().kpis;
          expect(run.detected).toBeLessThanOrEqual(run.nonCompliant);
          expect(run.revenueRecovered).toBeLessThanOrEqual(run.revenueAtRisk + 1e-6);
          expect(run.seizuresTotal).toBeLessThanOrEqual(run.detected);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('targeting', () => {
  it('finds fraud better than random selection, and better when indicators are more informative', () => {
    const lift = (l: number) => {
      const sim = createSimulation(smallScenario([`generator.indicatorLift=${l}`, 'policy.randomRate=0.05']), 21);
      sim.run(20);
      return sim.snapshot().kpis;
    };
    const informative = lift(1.5);
    const blind = lift(0);
    expect(informative.hitRateTargeted).toBeGreaterThan(2 * informative.hitRateRandom);
    expect(informative.hitRateTargeted).toBeGreaterThan(blind.hitRateTargeted);
  });

  it('AEO facilitation lowers the AEO share of inspections', () => {
    const run = (on: boolean) => {
      const sim = createSimulation(smallScenario([`policy.aeo.facilitation=${on}`, 'policy.randomRate=0']), 5);
      sim.run(5);
      return sim.snapshot().kpis;
    };
    const on = run(true), off = run(false);
    expect(on.lanes.red + on.lanes.yellow).toBeLessThan(off.lanes.red + off.lanes.yellow);
  });
});
