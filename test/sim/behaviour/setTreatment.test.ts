import { describe, expect, it } from 'vitest';
import { createSimulation, ScenarioInputError } from '../../../src/sim/index';
import { smallScenario } from '../fixtures';

describe('the setTreatment command', () => {
  it('merges settings over the lever in force, so the app and CLI can change one field', () => {
    const sim = createSimulation(smallScenario(['traders.importers=300']), 1);
    sim.apply({ type: 'setTreatment', lever: 'help', settings: { reachPerMonth: 40 } });
    sim.apply({ type: 'setTreatment', lever: 'help', settings: { focus: 'all' } });
    expect(sim.scenario.behaviour.treatments.help.reachPerMonth).toBe(40);
    expect(sim.scenario.behaviour.treatments.help.focus).toBe('all');
    sim.apply({ type: 'setTreatment', lever: 'aeoProgramme', settings: { validationCapacity: 3 } });
    expect(sim.scenario.behaviour.aeoProgramme.validationCapacity).toBe(3);
    expect(sim.commandLog().map((c) => c.command.type)).toEqual(['setTreatment', 'setTreatment', 'setTreatment']);
  });

  it('refuses bad settings with the field and what is allowed, and changes nothing', () => {
    const sim = createSimulation(smallScenario(['traders.importers=300']), 1);
    const before = JSON.stringify(sim.scenario.behaviour);
    try {
      sim.apply({ type: 'setTreatment', lever: 'force', settings: { penaltyMultiplier: -1, prosecute: true } });
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioInputError);
      const paths = (e as ScenarioInputError).issues.map((i) => i.path);
      expect(paths).toContain('settings.penaltyMultiplier');
      expect((e as Error).message).toMatch(/settings: unknown field\(s\) prosecute/);
    }
    expect(() => sim.apply({ type: 'setTreatment', lever: 'bribe' as 'help', settings: {} })).toThrow(/lever: expected one of/);
    expect(JSON.stringify(sim.scenario.behaviour)).toBe(before);
  });

  it('a higher penalty multiplier raises the penalties assessed for the same detections', () => {
    const run = (multiplier: number) => {
      const sim = createSimulation(smallScenario(['traders.importers=300', 'behaviour.enabled=true', 'behaviour.warmupDays=30']), 3);
      sim.apply({ type: 'setTreatment', lever: 'force', settings: { penaltyMultiplier: multiplier } });
      sim.run(5);
      return sim.snapshot({ sampleSize: 0 }).kpis;
    };
    const one = run(1), three = run(3);
    // Within the warm-up, traders do not react yet: same detections, three times the penalties.
    expect(three.detected).toBe(one.detected);
    expect(three.penalties).toBeCloseTo(3 * one.penalties, 6);
  });
});
