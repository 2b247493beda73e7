import { createSimulation, type CommandInput, type DailyKpis, type Simulation } from '../../../src/sim/index';
import { smallScenario } from '../fixtures';

/** Intelligence tips off: selection comes from the policy alone, so runs compare treatments only. */
export const NO_TIPS = ['intelligence.enabled=false'];

/** Enforcement by random examination only, with exams that find every offence. */
export const RANDOM_ONLY_PERFECT = [
  'policy.thresholds.red=100000', 'policy.thresholds.yellow=100000', 'policy.thresholds.blue=100000', 'policy.rules=[]',
  'detection.physical=[0,1,1,1,1,1,1]', 'policy.aeo.facilitation=false',
];

/**
 * The textbook trader: risk-neutral (deterministic choice), no moral or delay cost, no peers,
 * full information about the detection probability, no tier migration or AEO programme, and a
 * decision every day.
 */
export const RISK_NEUTRAL_FULL_INFORMATION = [
  'behaviour.warmupDays=0', 'behaviour.decision.choiceNoise=0', 'behaviour.decision.moralCost=[0,0]',
  'behaviour.decision.conditionalCooperation=0', 'behaviour.decision.extraSelection=0', 'behaviour.beliefs.mode="fullInformation"',
  'behaviour.beliefs.bombCraterShare=0', 'behaviour.migration.turnoverPerYear=[0,0,0]', 'behaviour.aeoProgramme.enabled=false',
  'behaviour.decision.intervalDays=1',
];

/** Runs the small scenario with `overrides`, applying `commands` after `commandDay` days, for `days` days in all. */
export function runSmall(overrides: readonly string[], seed: number, days: number, commands: readonly CommandInput[] = [], commandDay = 0): Simulation {
  const sim = createSimulation(smallScenario([...NO_TIPS, ...overrides]), seed);
  sim.run(commandDay);
  for (const c of commands) sim.apply(c);
  sim.run(days - commandDay);
  return sim;
}

/** Share of compliant declarations over the last `days` days (fraction). */
export function complianceOverLast(daily: readonly DailyKpis[], days: number): number {
  const last = daily.slice(-days);
  const declarations = last.reduce((sum, d) => sum + d.declarations, 0);
  return 1 - last.reduce((sum, d) => sum + d.nonCompliant, 0) / declarations;
}

/** Mean hidden propensity of the importers in each tier 1-4 (index 0-3), from the trader views. */
export function meanPropensityByTier(sim: Simulation): number[] {
  const sum = [0, 0, 0, 0], count = [0, 0, 0, 0];
  const n = sim.snapshot({ sampleSize: 0 }).population.tiers.reduce((a, b) => a + b, 0);
  for (let i = 0; i < n; i++) {
    const t = sim.trader(i);
    sum[t.tier - 1] += t.propensity;
    count[t.tier - 1]++;
  }
  return sum.map((s, k) => (count[k] > 0 ? s / count[k] : 0));
}
