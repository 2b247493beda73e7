import { performance } from 'node:perf_hooks';
import { createSimulation, type Scenario } from '../src/sim';
import { cpuSecondsSince, median } from './stats';

/** One timed full-pipeline run. */
export interface TimedRun {
  /** Wall time of createSimulation + run, seconds. */ readonly seconds: number;
  /**
   * CPU time (user + system) of the process over the same span, seconds. On a shared machine this
   * is the steadier figure: it leaves out the time spent waiting for a core.
   */ readonly cpuSeconds: number;
  /** Declarations simulated (count). */ readonly declarations: number;
  /** Random numbers drawn by the core (count). */ readonly draws: number;
  /** declarations / seconds. */ readonly declarationsPerSecond: number;
  /** declarations / cpuSeconds. */ readonly declarationsPerCpuSecond: number;
}

/** Result of the full-pipeline throughput benchmark. */
export interface ThroughputResult {
  /** Days per timed run. */ readonly days: number;
  /** Days of the untimed warm-up run (lets V8 optimise the hot loops first). */ readonly warmupDays: number;
  /** Every timed run, in order. */ readonly runs: readonly TimedRun[];
  /** Median wall time of one run, seconds. */ readonly medianSeconds: number;
  /** Median declarations per second. */ readonly medianDeclarationsPerSecond: number;
  /** Median CPU time of one run, seconds. */ readonly medianCpuSeconds: number;
  /** Median declarations per CPU second. */ readonly medianDeclarationsPerCpuSecond: number;
  /** Mean declarations per simulated day (count). */ readonly declarationsPerDay: number;
  /** Random draws per declaration (count), for the draw-matched kernel. */ readonly drawsPerDeclaration: number;
}

/**
 * Times `createSimulation(scenario, seed) + run(days)` end to end, the work a headless run or the
 * worker does, for each scenario of `scenarios`, with their repeats interleaved (A B A B ...) so
 * that a change of load on a shared machine hits every scenario alike. Each repeat uses a fresh
 * simulation and the same seed, so every repeat does the same work and the spread is timing noise
 * only. The warm-up runs each scenario for `warmupDays` first, so V8 has optimised the hot loops.
 */
export function timeFullPipelines(scenarios: readonly Scenario[], days: number, warmupDays: number, repeats: number): ThroughputResult[] {
  for (const scenario of scenarios) createSimulation(scenario, 999).run(warmupDays);
  const runs: TimedRun[][] = scenarios.map(() => []);
  for (let r = 0; r < repeats; r++) scenarios.forEach((scenario, k) => runs[k].push(timeOnce(scenario, days)));
  return runs.map((list) => summarise(list, days, warmupDays));
}

function summarise(runs: TimedRun[], days: number, warmupDays: number): ThroughputResult {
  const first = runs[0];
  return {
    days,
    warmupDays,
    runs,
    medianSeconds: median(runs.map((r) => r.seconds)),
    medianDeclarationsPerSecond: median(runs.map((r) => r.declarationsPerSecond)),
    medianCpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    medianDeclarationsPerCpuSecond: median(runs.map((r) => r.declarationsPerCpuSecond)),
    declarationsPerDay: first.declarations / days,
    drawsPerDeclaration: first.draws / first.declarations,
  };
}

function timeOnce(scenario: Scenario, days: number): TimedRun {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const sim = createSimulation(scenario, 1);
  sim.run(days);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = cpuSecondsSince(cpuStart);
  const declarations = sim.snapshot({ sampleSize: 0 }).kpis.declarations;
  return {
    seconds, cpuSeconds, declarations, draws: sim.drawCount(),
    declarationsPerSecond: declarations / seconds, declarationsPerCpuSecond: declarations / cpuSeconds,
  };
}
