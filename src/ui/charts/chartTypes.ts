/**
 * Public types of the charts panel: what the page passes in (the current run and an optional
 * baseline run to compare with) and what it gets back. The charts only read snapshots and daily
 * KPIs; they never run the model.
 */
import type { DailyKpis, SimulationSnapshot } from '../../sim';
import type { ChartsUpdateOptions } from '../integrations';

export type { ChartsUpdateOptions };

/** One run as the charts see it. */
export interface RunView {
  /** Name shown in legends, summaries and tables, e.g. `Current policy` or `Random 3 %`. */ readonly label: string;
  /** Every completed day's KPIs, oldest first (may be empty before the first day). */ readonly daily: readonly DailyKpis[];
  /** The snapshot after the run's last completed day. */ readonly snapshot: SimulationSnapshot;
}

/** What the charts show: the current run and, optionally, a baseline drawn faded beside it. */
export interface ChartsInput {
  /** The run being explored. */ readonly current: RunView;
  /** The run to compare with (e.g. the previous policy), or null. */ readonly baseline: RunView | null;
}

/** Ids of the charts, in page order. */
export const CHART_IDS = ['daily', 'pyramid', 'moves', 'risk', 'intelligence', 'curve', 'histogram'] as const;

/** A chart id. */
export type ChartId = (typeof CHART_IDS)[number];

/** The mounted charts. */
export interface ChartsPanel {
  /**
   * Re-renders the charts near the viewport for `input` (the others when they come near it): all
   * at once, or one per animation frame with `options.spread`.
   */
  update(input: ChartsInput, options?: ChartsUpdateOptions): void;
  /** Turns transitions off (true) or on; by default follows `prefers-reduced-motion`. */
  setReducedMotion(reduced: boolean): void;
  /** Standalone SVG markup of one chart (inline presentation attributes, xmlns, title, legend). */
  exportSvg(chartId: string): string;
  /** A PNG of one chart, drawn from its SVG on an offscreen canvas at `scale` (default 2). */
  exportPng(chartId: string, scale?: number): Promise<Blob>;
  /** The chart ids, in page order. */
  chartIds(): readonly string[];
  /** Removes the charts and stops observing the container. */
  destroy(): void;
}

/** Whether `id` names a chart. */
export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}
