import type { Kpis, Scenario } from '../sim';
import { runPair, runSeed, type DayListener } from './seedRuns';

/**
 * What a batch of seeded runs simulates: each seed under one scenario (replicates), or under a
 * baseline and an alternative (a paired comparison). The same plan runs in-process or on worker
 * threads, with the same results.
 */
export interface SeedPlan {
  /** One scenario (each seed run once) or two (baseline then alternative on each seed), validated. */ readonly scenarios: readonly Scenario[];
  /** Days simulated in each run. */ readonly days: number;
  /** The seeds, in the order results are returned. */ readonly seeds: readonly number[];
}

/** Simulated days one seed of the plan takes (days, times the scenarios run on it). */
export function daysPerSeed(plan: SeedPlan): number {
  return plan.days * plan.scenarios.length;
}

/** The KPIs of each of the plan's scenarios on `seed`, in the plan's order. */
export function runSeedTask(plan: SeedPlan, seed: number, onDay: DayListener): Kpis[] {
  if (plan.scenarios.length === 1) return [runSeed(plan.scenarios[0], seed, plan.days, onDay)];
  const pair = runPair(plan.scenarios[0], plan.scenarios[1], seed, plan.days, onDay);
  return [pair.baseline, pair.alternative];
}
