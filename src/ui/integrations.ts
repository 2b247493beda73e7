/// <reference types="vite/client" />
import type { DailyKpis, SimulationSnapshot } from '../sim';
import type { FrameQueue } from './frameQueue';

/**
 * The page's view of the two panels built beside it: the D3 charts (`./charts`) and the Pixi
 * view of the administration (`./view`). They are loaded with `import.meta.glob`, so the page
 * builds, runs and degrades to a message while either is missing or fails to mount; the types
 * below are the contracts agreed with their authors.
 */

/** One run as the charts see it. */
export interface ChartRun {
  /** Legend label. */ readonly label: string;
  /** Every completed day's KPIs. */ readonly daily: readonly DailyKpis[];
  /** Snapshot after the last completed day. */ readonly snapshot: SimulationSnapshot;
}

/** How a charts update is drawn. */
export interface ChartsUpdateOptions {
  /**
   * Draw the charts near the viewport one per animation frame (in the page's frame queue) instead
   * of all at once: for the days of a playing run, so that no frame waits for every chart.
   */
  readonly spread?: boolean;
  /** Called once every chart near the viewport shows this input (at once unless spread). */
  readonly onDrawn?: () => void;
  /** Called instead of throwing when a spread drawing fails (it runs after update returned). */
  readonly onError?: (error: unknown) => void;
}

/** The mounted charts panel. */
export interface ChartsPanelLike {
  /** Redraws the charts for the current run and the optional baseline. */
  update(input: { current: ChartRun; baseline: ChartRun | null }, options?: ChartsUpdateOptions): void;
  /** Turns transitions off (true) or on. */ setReducedMotion(reduced: boolean): void;
  /** Standalone SVG markup of one chart. */ exportSvg(chartId: string): string;
  /** A PNG of one chart at `scale` device pixels per CSS pixel. */ exportPng(chartId: string, scale?: number): Promise<Blob>;
  /** The chart ids, in page order. */ chartIds(): readonly string[];
  /** Removes the charts. */ destroy(): void;
}

/** The mounted Pixi view. */
export interface AdministrationViewLike {
  /** Shows the last simulated day; `revealTruth` (the debrief) shows every consignment's hidden truth. */
  update(snapshot: SimulationSnapshot, options: { revealTruth: boolean }): void;
  /** Animates while the run plays, holds still while it is paused. */ setPlaying(playing: boolean): void;
  /** Play speed, simulated days per second, to pace the animation of a day. */ setSpeed(daysPerSecond: number): void;
  /** Turns motion off (true) or on. */ setReducedMotion(reduced: boolean): void;
  /** Fits the canvas to its container after a layout change. */ resize(): void;
  /** Stops the renderer and removes the view. */ destroy(): void;
}

/**
 * What the view reports when the user selects a consignment: the details card (the shape of the
 * view's ConsignmentDetails). Anything else, or null, clears the details area.
 */
export interface ViewSelection {
  /** Title, e.g. "Consignment 2000003". */ readonly title: string;
  /** One-line summary. */ readonly summary: string;
  /** Headed groups of label/value rows: declaration, targeting, outcome, truth. */
  readonly sections: readonly { readonly heading: string; readonly rows: readonly { readonly label: string; readonly value: string }[] }[];
}

/** Options of the view's mount function. */
export interface ViewMountOptions {
  /** Start with motion reduced. */ readonly reducedMotion: boolean;
  /** Called with a {@link ViewSelection} (or null) when the user selects or clears a consignment. */
  readonly onSelect?: (selection: unknown) => void;
}

type Loader = () => Promise<unknown>;
const chartModules: Record<string, Loader> = import.meta.glob('./charts/index.ts');
const viewModules: Record<string, Loader> = import.meta.glob('./view/index.ts');

async function load<T>(modules: Record<string, Loader>, exportName: string): Promise<T | null> {
  const loader = Object.values(modules)[0];
  if (!loader) return null;
  const mod = (await loader()) as Record<string, unknown>;
  const fn = mod[exportName];
  return typeof fn === 'function' ? (fn as T) : null;
}

/**
 * Mounts the charts in `container`, drawing spread updates through `frames`, or returns null when
 * the charts module is not there.
 */
export async function mountChartsPanel(container: HTMLElement, frames: FrameQueue): Promise<ChartsPanelLike | null> {
  const mount = await load<(c: HTMLElement, f: FrameQueue) => ChartsPanelLike>(chartModules, 'mountCharts');
  return mount ? mount(container, frames) : null;
}

/** Mounts the administration view in `container`, or returns null when the view module is not there. */
export async function mountViewPanel(container: HTMLElement, options: ViewMountOptions): Promise<AdministrationViewLike | null> {
  const mount = await load<(c: HTMLElement, o: ViewMountOptions) => Promise<AdministrationViewLike>>(viewModules, 'mountAdministrationView');
  return mount ? mount(container, options) : null;
}
