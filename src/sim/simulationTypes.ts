import type { Scenario } from './config/schema';
import type { CommandInput, LoggedCommand } from './commands';
import type { DailyKpis } from './kpi/kpiTypes';
import type { SimulationSnapshot, TraderView } from './snapshot';
import type { RuleInput } from './targeting/compileRules';

/** Options of {@link Simulation.snapshot}. */
export interface SnapshotOptions {
  /** How many consignments of the last day to include (default 200, at most 5,000). */
  sampleSize?: number;
}

/** Options of createSimulation. */
export interface SimulationOptions {
  /** Keep every day's KPIs (default true). Off, memory stays flat however long the run. */
  keepDaily?: boolean;
  /**
   * Keep the world's traffic for the next runs of the same world, and restore it from there
   * (default false; see declarations/trafficCache.ts). For callers that run one world under
   * many policies, as the app does on every policy change: such a run generates only the few
   * declarations the new policy changes. Costs 110 bytes a declaration kept (22 MB at the default
   * budget), one world at a time; results are byte-identical either way.
   */
  cacheTraffic?: boolean;
  /**
   * Declarations the traffic cache keeps at most, with `cacheTraffic` (count, integer from 0 to
   * 10,000,000; default 200,000, which holds the app's 90 days). Days after the budget is spent are
   * generated as without the cache.
   */
  trafficBudget?: number;
}

/** What a profile would have selected on a day's traffic, without going live. */
export interface DryRunResult {
  /** Day whose traffic was used. */ readonly day: number;
  /** Declarations that day. */ readonly declarations: number;
  /** Declarations matching all conditions. */ readonly matches: number;
  /** Expected selections after the selection percent (declarations). */ readonly expectedSelections: number;
  /** matches / declarations (fraction). */ readonly selectionRate: number;
  /** Matches per office, by office id. */ readonly byOffice: Readonly<Record<string, number>>;
  /** Physical-examination capacity of the offices that day (inspections), for comparison. */ readonly physicalCapacity: number;
}

/**
 * A running simulation. It never schedules itself: the caller advances it with `step`/`run`
 * (d3-force's stop() + tick(n)). Same scenario + seed + commands give identical output.
 */
export interface Simulation {
  /** The validated scenario it was created from. */ readonly scenario: Scenario;
  /** The seed. */ readonly seed: number;
  /** Days completed. */ day(): number;
  /** Simulates one day and returns its KPIs. */ step(): DailyKpis;
  /** Simulates `days` days. */ run(days: number): void;
  /** A read-only, serialisable picture of the state. */ snapshot(options?: SnapshotOptions): SimulationSnapshot;
  /** Every completed day's KPIs (empty when keepDaily is off). */ daily(): readonly DailyKpis[];
  /** Validates and applies a policy command before the next day; throws ScenarioInputError when invalid. */ apply(command: CommandInput): void;
  /** Commands applied so far, with the day. */ commandLog(): readonly LoggedCommand[];
  /** Predicts a profile's selections on the last simulated day's traffic (or day 0's before the first step). */ dryRun(rule: RuleInput): DryRunResult;
  /** One importer's profile and history; throws for an index outside the population. */ trader(importer: number): TraderView;
  /** Random numbers drawn so far (for the draw-matched benchmark kernel). */ drawCount(): number;
}
