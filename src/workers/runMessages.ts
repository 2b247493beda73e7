import { z } from 'zod';
import { ruleSchema, type DailyKpis, type SimulationSnapshot } from '../sim';
import { MAX_SAMPLE_SIZE, MAX_HORIZON } from './limits';
import { runSpecSchema, type RunSpec } from './runSpec';
import type { ScenarioInfo } from './simulationApi';

/**
 * The run messages between the page and the simulation worker, as zod schemas: the worker
 * validates every request against them before it touches the simulation, and refuses a bad one
 * with the field named.
 */

const day = z.number().int().min(0).max(MAX_HORIZON);

/** Request of `simulate`: a fresh run of `spec` for `days` days. */
export const simulateRequestSchema = z.strictObject({
  spec: runSpecSchema,
  days: day.describe('Days to simulate from day 0 (at most the horizon)'),
  sampleSize: z.number().int().min(0).max(MAX_SAMPLE_SIZE).default(100).describe('Consignments of the last day in the snapshot'),
});

/** Request of `advance`: bring the loaded run to `toDay`, returning the KPIs of days from `since`. */
export const advanceRequestSchema = z.strictObject({
  toDay: day.describe('Day to reach (days completed)'),
  since: day.describe('Index of the first day whose KPIs are returned'),
});

/** Request of `dryRun`: a profile, as a rule of the scenario format. */
export const dryRunRequestSchema = ruleSchema;

/** A simulate request as sent (sampleSize optional). */
export type SimulateRequest = z.input<typeof simulateRequestSchema>;
/** An advance request. */
export type AdvanceRequest = z.infer<typeof advanceRequestSchema>;

/** A run simulated from day 0 up to its current day. */
export interface RunResult {
  /** The spec it was simulated from. */ readonly spec: RunSpec;
  /** The scenario facts (name, horizon, offices). */ readonly info: ScenarioInfo;
  /** KPIs of every completed day, day 0 first. */ readonly daily: readonly DailyKpis[];
  /** Snapshot after the last completed day. */ readonly snapshot: SimulationSnapshot;
  /** Time the worker took, milliseconds. */ readonly computeMs: number;
}

/** The answer to `advance`. */
export interface AdvanceResult {
  /** KPIs of the days from `since` to the day reached. */ readonly daily: readonly DailyKpis[];
  /** Snapshot after the day reached. */ readonly snapshot: SimulationSnapshot;
}
