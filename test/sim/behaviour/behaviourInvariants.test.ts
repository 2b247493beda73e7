import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation, type CommandInput } from '../../../src/sim/index';
import { smallScenario } from '../fixtures';
import { NO_TIPS } from './behaviourFixtures';

const MODES = ['beta', 'resetDecay', 'fullInformation'] as const;

describe('behaviour invariants', () => {
  it('tier counts sum to the population and match the traders; probabilities stay in [0, 1]; AEO counts agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(...MODES), fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 9 }), fc.constantFrom(0, 300),
        (seed, mode, warmup, noise, interval, reach) => {
          const sim = createSimulation(smallScenario([
            ...NO_TIPS, 'traders.importers=300', `behaviour.beliefs.mode="${mode}"`, `behaviour.warmupDays=${warmup}`,
            `behaviour.decision.choiceNoise=${noise}`, `behaviour.decision.intervalDays=${interval}`, 'behaviour.migration.turnoverPerYear=[3,3,3]',
            `behaviour.treatments.help.reachPerMonth=${reach}`, 'behaviour.aeoProgramme.applicationsPerYear=1', 'behaviour.aeoProgramme.validationDays=5',
            'behaviour.aeoProgramme.infiltrationPerYear=30',
          ]), seed);
          sim.run(40);
          const snap = sim.snapshot({ sampleSize: 0 });
          const n = snap.population.tiers.reduce((a, b) => a + b, 0);
          const tiers = [0, 0, 0, 0];
          let aeo = 0;
          for (let i = 0; i < n; i++) {
            const t = sim.trader(i);
            tiers[t.tier - 1]++;
            if (t.aeo) aeo++;
            expect(t.propensity).toBeGreaterThanOrEqual(0);
            expect(t.propensity).toBeLessThanOrEqual(1);
            expect(t.perceivedDetection).toBeGreaterThanOrEqual(0);
            expect(t.perceivedDetection).toBeLessThanOrEqual(1);
            expect(t.aeoProgramme === 'holder').toBe(t.aeo);
          }
          for (const d of sim.daily()) {
            expect(d.population.tiers.reduce((a, b) => a + b, 0)).toBe(n);
            for (const p of [d.behaviour.perceivedDetection, d.behaviour.actualDetection, d.behaviour.voluntaryComplianceRate, d.behaviour.deliberateCompliance, d.behaviour.aeoShareOfTrade]) {
              expect(p).toBeGreaterThanOrEqual(0);
              expect(p).toBeLessThanOrEqual(1);
            }
            const m = d.behaviour.migrations;
            expect(m.towardCompliance).toBe(m.turnoverDown + m.deterred + m.outreach + m.aeoValidation);
            expect(m.awayFromCompliance).toBe(m.turnoverUp + m.emboldened);
          }
          expect(snap.kpis.population.tiers).toEqual(tiers);
          expect(snap.population.tiers).toEqual(tiers);
          expect(snap.kpis.population.aeo).toBe(aeo);
          expect(snap.kpis.population.infiltrated).toBeLessThanOrEqual(aeo);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('the same seed and commands give identical output, and a different seed does not', () => {
    const commands: CommandInput[] = [
      { type: 'setTreatment', lever: 'help', settings: { reachPerMonth: 80, focus: 'all' } },
      { type: 'setTreatment', lever: 'force', settings: { prosecution: true, penaltyMultiplier: 2 } },
      { type: 'setRandomRate', rate: 0.02 },
    ];
    const run = (seed: number) => {
      const sim = createSimulation(smallScenario(['traders.importers=400']), seed);
      sim.run(35);
      for (const c of commands) sim.apply(c);
      sim.run(25);
      return JSON.stringify({ daily: sim.daily(), kpis: sim.snapshot({ sampleSize: 20 }).kpis });
    };
    expect(run(17)).toBe(run(17));
    expect(run(18)).not.toBe(run(17));
  });

  it('with behaviour off the population keeps its drawn tiers, propensities and AEO status', () => {
    const sim = createSimulation(smallScenario(['behaviour.enabled=false', 'traders.importers=300']), 2);
    const before = Array.from({ length: 300 }, (_, i) => sim.trader(i)).map((t) => [t.tier, t.propensity, t.aeo]);
    sim.run(60);
    expect(Array.from({ length: 300 }, (_, i) => sim.trader(i)).map((t) => [t.tier, t.propensity, t.aeo])).toEqual(before);
    const last = sim.daily().at(-1)!;
    expect(last.behaviour.migrations.towardCompliance + last.behaviour.migrations.awayFromCompliance).toBe(0);
    expect(last.behaviour.treatments.inspections).toBeGreaterThan(0);
  });
});
