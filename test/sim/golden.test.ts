import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSimulation, listBuiltinScenarios, loadBuiltinScenario, type Kpis } from '../../src/sim/index';

/**
 * Golden runs: each built-in scenario, seed 1, 7 days, summarised and compared with the file
 * checked in under test/sim/golden/. A change to the model changes these on purpose; regenerate
 * with `UPDATE_GOLDEN=1 npx vitest run test/sim/golden.test.ts` and review the diff.
 */
const DAYS = 7;
const round = (x: number) => Number(x.toPrecision(8));

function summarise(k: Kpis) {
  return {
    declarations: k.declarations, lanes: k.lanes, nonCompliant: k.nonCompliant, detected: k.detected,
    targeted: [k.targetedInspections, k.targetedHits], random: [k.randomInspections, k.randomHits],
    seizures: k.seizures, revenueAtRisk: round(k.revenueAtRisk), revenueRecovered: round(k.revenueRecovered),
    clearanceP95: round(k.clearance.all.p95), delayCost: round(k.delayCost), pending: k.pending,
  };
}

describe('golden runs', () => {
  for (const id of listBuiltinScenarios()) {
    it(`scenario "${id}" reproduces its golden run`, () => {
      const sim = createSimulation(loadBuiltinScenario(id), 1);
      sim.run(DAYS);
      const actual = { scenario: id, seed: 1, days: DAYS, run: summarise(sim.snapshot().kpis), daily: sim.daily().map(summarise) };
      const file = fileURLToPath(new URL(`./golden/${id}.json`, import.meta.url));
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
      expect(existsSync(file), `missing ${file}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
