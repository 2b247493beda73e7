import { createSimulation, type Scenario } from '../src/sim';
import { cpuSecondsSince, median } from './stats';

/** CPU time of runs at one traffic scale. */
export interface ScalePoint {
  /** Multiplier of every office's daily volume. */ readonly scale: number;
  /** Mean declarations per simulated day (count). */ readonly declarationsPerDay: number;
  /** Median CPU time per simulated day, ms. */ readonly msPerDay: number;
}

/** The run time of a day split into what every day costs and what each declaration adds. */
export interface CostModel {
  /** Days per timed run. */ readonly days: number;
  /** Runs per scale (medians are used). */ readonly repeats: number;
  /** The measured points, smallest scale first. */ readonly points: readonly ScalePoint[];
  /** Intercept of the least-squares line: CPU ms a simulated day costs with no traffic. */ readonly fixedMsPerDay: number;
  /** Slope of the line: CPU ns each declaration adds (generation to KPIs). */ readonly nsPerDeclaration: number;
}

/**
 * Fits CPU ms per day = fixed + perDeclaration x declarations per day over runs of `days` days at
 * each traffic scale of `scales` (repeats interleaved across scales, medians per scale). The
 * fixed part is what a day costs whatever its traffic (the behaviour passes over the whole
 * population, queue and KPI bookkeeping, streams); it weighs most in the app, whose runs are short
 * and at reduced traffic. createSimulation is not timed (the policy-change figures have it). A
 * declaration on a quiet day costs more than on a busy one (its importer's data is less often in
 * cache), and the straight line puts that difference into the fixed part.
 */
export function fitCostModel(scenario: Scenario, scales: readonly number[], days: number, repeats: number): CostModel {
  const worlds = scales.map((scale) => scaleTraffic(scenario, scale));
  for (const world of worlds) createSimulation(world, 999).run(Math.min(days, 60));
  const times: number[][] = worlds.map(() => []);
  const perDay: number[] = worlds.map(() => 0);
  for (let r = 0; r < repeats; r++) {
    worlds.forEach((world, k) => {
      const sim = createSimulation(world, 1);
      const start = process.cpuUsage();
      sim.run(days);
      times[k].push((cpuSecondsSince(start) * 1000) / days);
      perDay[k] = sim.snapshot({ sampleSize: 0 }).kpis.declarations / days;
    });
  }
  const points = scales.map((scale, k) => ({ scale, declarationsPerDay: perDay[k], msPerDay: median(times[k]) }));
  const { intercept, slope } = fitLine(points.map((p) => p.declarationsPerDay), points.map((p) => p.msPerDay));
  return { days, repeats, points, fixedMsPerDay: intercept, nsPerDeclaration: slope * 1e6 };
}

/** The scenario with every office's daily volume multiplied by `scale` (population unchanged, as in the app). */
function scaleTraffic(scenario: Scenario, scale: number): Scenario {
  return { ...scenario, offices: scenario.offices.map((o) => ({ ...o, dailyVolume: o.dailyVolume * scale })) };
}

/** Ordinary least squares y = intercept + slope x. */
function fitLine(x: readonly number[], y: readonly number[]): { intercept: number; slope: number } {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n, my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  return { intercept: my - slope * mx, slope };
}
