import { performance } from 'node:perf_hooks';
import { createSimulation, type Scenario } from '../src/sim';
import { median } from './stats';

/** One timed full-pipeline run. */
export interface TimedRun {
  /** Wall time of createSimulation + run, seconds. */ readonly seconds: number;
  /** Declarations simulated (count). */ readonly declarations: number;
  /** Random numbers drawn by the core (count). */ readonly draws: number;
  /** declarations / seconds. */ readonly declarationsPerSecond: number;
}

/** Result of the full-pipeline throughput benchmark. */
export interface ThroughputResult {
  /** Days per timed run. */ readonly days: number;
  /** Days of the untimed warm-up run (lets V8 optimise the hot loops first). */ readonly warmupDays: number;
  /** Every timed run, in order. */ readonly runs: readonly TimedRun[];
  /** Median wall time of one run, seconds. */ readonly medianSeconds: number;
  /** Median declarations per second. */ readonly medianDeclarationsPerSecond: number;
  /** Mean declarations per simulated day (count). */ readonly declarationsPerDay: number;
  /** Random draws per declaration (count), for the draw-matched kernel. */ readonly drawsPerDeclaration: number;
}

/**
 * Times `createSimulation(scenario, seed) + run(days)` end to end, the work a headless run or the
 * worker does. Each repeat uses a fresh simulation and the same seed, so every repeat does the same
 * work and the spread is timing noise only.
 */
export function timeFullPipeline(scenario: Scenario, days: number, warmupDays: number, repeats: (firstSeconds: number) => number): ThroughputResult {
  createSimulation(scenario, 999).run(warmupDays);
  const runs: TimedRun[] = [timeOnce(scenario, days)];
  const total = repeats(runs[0].seconds);
  while (runs.length < total) runs.push(timeOnce(scenario, days));
  const first = runs[0];
  return {
    days,
    warmupDays,
    runs,
    medianSeconds: median(runs.map((r) => r.seconds)),
    medianDeclarationsPerSecond: median(runs.map((r) => r.declarationsPerSecond)),
    declarationsPerDay: first.declarations / days,
    drawsPerDeclaration: first.draws / first.declarations,
  };
}

function timeOnce(scenario: Scenario, days: number): TimedRun {
  const start = performance.now();
  const sim = createSimulation(scenario, 1);
  sim.run(days);
  const seconds = (performance.now() - start) / 1000;
  const declarations = sim.snapshot({ sampleSize: 0 }).kpis.declarations;
  return { seconds, declarations, draws: sim.drawCount(), declarationsPerSecond: declarations / seconds };
}
