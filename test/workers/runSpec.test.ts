import { describe, expect, it } from 'vitest';
import { createSimulation, loadBuiltinScenario } from '../../src/sim';
import { checkRunSpec, defaultRunSpec, scenarioFor, scenarioOfSpec, simulationOfSpec, type RunSpec } from '../../src/workers/runSpec';
import { createSimulationApi } from '../../src/workers/simulationApi';

const small: RunSpec = { ...defaultRunSpec('default', 5), scale: 0.02, horizon: 12 };

describe('run spec', () => {
  it('the default spec builds exactly the built-in scenario', () => {
    expect(scenarioFor(defaultRunSpec('default', 1))).toEqual(loadBuiltinScenario('default'));
  });

  it('puts staffing, screening, scale and horizon into the scenario', () => {
    const spec = structuredClone(small);
    spec.policy.offices['port']!.staffing.physical = 7;
    spec.policy.offices['port']!.redScreening = 'dog';
    const s = scenarioFor(spec);
    const port = s.offices.find((o) => o.id === 'port')!;
    expect(port.resources.physical.teams).toBe(7);
    expect(port.redScreening).toBe('dog');
    expect(s.days).toBe(12);
    expect(port.dailyVolume).toBeCloseTo(loadBuiltinScenario('default').offices.find((o) => o.id === 'port')!.dailyVolume * 0.02);
  });

  it('carries the handling before inspections: the world\'s means by default, the spec\'s when changed', () => {
    const world = loadBuiltinScenario('default').offices.find((o) => o.id === 'port')!.resources;
    const spec = structuredClone(small);
    expect(spec.policy.offices['port']!.handlingHours).toEqual({
      documentary: world.documentary.handling!.meanHours, scanner: world.scanner.handling!.meanHours,
      physical: world.physical.handling!.meanHours, dog: world.dog.handling!.meanHours,
    });
    spec.policy.offices['port']!.handlingHours.scanner = 4;
    spec.policy.offices['port']!.handlingHours.physical = 0;
    const port = scenarioFor(spec).offices.find((o) => o.id === 'port')!.resources;
    // The mean changes; the world's distribution and spread stay.
    expect(port.scanner.handling).toEqual({ ...world.scanner.handling, meanHours: 4 });
    expect(port.physical.handling!.meanHours).toBe(0);
    expect(port.documentary.handling).toEqual(world.documentary.handling);
    const bad = structuredClone(small);
    bad.policy.offices['border']!.handlingHours.dog = -1;
    const check = checkRunSpec(bad);
    expect(check.ok ? [] : check.issues.map((i) => i.path)).toEqual(['policy.offices.border.handlingHours.dog']);
  });

  it('names every bad field', () => {
    const bad = structuredClone(small) as unknown as { seed: number; scenarioId: string; policy: { offices: Record<string, unknown> } };
    bad.seed = -1;
    const seed = checkRunSpec(bad);
    expect(seed.ok ? [] : seed.issues.map((i) => i.path)).toEqual(['seed']);
    const office = structuredClone(small);
    office.policy.offices['moon'] = office.policy.offices['port']!;
    const o = checkRunSpec(office);
    expect(o.ok ? '' : o.issues[0]!.message).toMatch(/unknown office; offices: port, airport, express, border/);
  });

  it('simulationOfSpec (the worker, validated once) gives the run scenarioOfSpec gives, and fails the same way', () => {
    const direct = createSimulation(scenarioOfSpec(small), small.seed);
    const once = simulationOfSpec(small, {});
    direct.run(4);
    once.run(4);
    expect(JSON.stringify(once.daily())).toBe(JSON.stringify(direct.daily()));
    const bad = structuredClone(small);
    bad.policy.policy.thresholds.red = bad.policy.policy.thresholds.yellow - 1;
    const errorOf = (f: () => unknown): string => {
      try {
        f();
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      return 'no error';
    };
    const viaScenario = errorOf(() => scenarioOfSpec(bad));
    expect(viaScenario).toMatch(/^Invalid run:\n  - policy\.policy\.thresholds\.red: must be at least the yellow threshold/);
    expect(errorOf(() => simulationOfSpec(bad, {}))).toBe(viaScenario);
    const moon = structuredClone(small);
    moon.policy.offices['moon'] = moon.policy.offices['port']!;
    expect(errorOf(() => simulationOfSpec(moon, {}))).toMatch(/^Invalid run:\n  - policy\.offices\.moon: unknown office/);
  });
});

describe('worker run calls', () => {
  it('simulate then advance gives the same days as one longer simulate and as the core itself', async () => {
    const a = createSimulationApi();
    const first = await a.simulate({ spec: small, days: 4 });
    const more = await a.advance({ toDay: 9, since: first.daily.length });
    const b = await createSimulationApi().simulate({ spec: small, days: 9 });
    expect(first.daily.concat(more.daily)).toEqual(b.daily);
    expect(more.snapshot.kpis).toEqual(b.snapshot.kpis);
    const core = createSimulation(scenarioFor(small), small.seed);
    core.run(9);
    expect(JSON.stringify(b.daily)).toBe(JSON.stringify(core.daily()));
  });

  it('advance is idempotent and never goes back', async () => {
    const a = createSimulationApi();
    await a.simulate({ spec: small, days: 3 });
    const again = await a.advance({ toDay: 3, since: 3 });
    expect(again.daily).toEqual([]);
    expect(again.snapshot.day).toBe(3);
    await expect(a.advance({ toDay: 2, since: 0 })).rejects.toThrow(/already at day 3/);
    await expect(a.advance({ toDay: 13, since: 0 })).rejects.toThrow(/at most the horizon \(12\)/);
  });

  it('refuses a bad simulate request naming the field', async () => {
    const a = createSimulationApi();
    await expect(a.simulate({ spec: { ...small, seed: 2 ** 40 }, days: 1 })).rejects.toThrow(/spec\.seed|seed/);
    await expect(a.simulate({ spec: small, days: 30 })).rejects.toThrow(/days: must be at most the horizon/);
  });

  it('dry-runs a profile on the loaded run and changes nothing', async () => {
    const a = createSimulationApi();
    const run = await a.simulate({ spec: small, days: 2 });
    const rule = { id: 'probe', name: 'Probe', owner: 'test', status: 'dryRun', validFrom: 0, validTo: null, conditions: [{ field: 'declaredValue', op: '>=', value: 0 }], lane: 'red', score: 0, selectionPercent: 50 };
    const r = await a.dryRun(rule);
    expect(r.day).toBe(1);
    expect(r.matches).toBe(r.declarations);
    expect(r.expectedSelections).toBeCloseTo(r.declarations / 2);
    const next = await a.advance({ toDay: 3, since: 2 });
    const direct = await createSimulationApi().simulate({ spec: small, days: 3 });
    expect(run.daily.concat(next.daily)).toEqual(direct.daily);
  });
});
