import type { Kpis, Scenario } from '../sim';
import { runPolicies, type DayListener } from './seedRuns';

/**
 * What a batch of seeded runs simulates: each seed under one scenario (replicates), or under a
 * baseline and alternatives (a paired comparison, a sweep). The same plan runs in-process or on
 * worker threads, with the same results.
 */
export interface SeedPlan {
  /** The scenarios each seed runs, validated: one (replicates), or a baseline then its alternatives. */ readonly scenarios: readonly Scenario[];
  /** Days simulated in each run. */ readonly days: number;
  /** The seeds, in the order results are returned. */ readonly seeds: readonly number[];
}

/** Simulated days one seed of the plan takes (days, times the scenarios run on it). */
export function daysPerSeed(plan: SeedPlan): number {
  return plan.days * plan.scenarios.length;
}

/** The KPIs of each of the plan's scenarios on `seed`, in the plan's order. */
export function runSeedTask(plan: SeedPlan, seed: number, onDay: DayListener): Kpis[] {
  return runPolicies(plan.scenarios, seed, plan.days, onDay);
}
