/**
 * The charts panel: mounts one figure per chart into a container, redraws them on every update
 * (those far from the viewport when they come near it) and on resize (debounced), keeps
 * summaries and open tables current without flooding screen readers (throttled), honours reduced
 * motion, and exports any chart as SVG or PNG.
 */
import './charts.css';
import { chartSpec, CHART_SPECS, type PreparedChart } from './chartRegistry';
import { createFigure, type ChartFigure } from './chartFigure';
import { CHART_IDS, isChartId, type ChartId, type ChartsInput, type ChartsPanel, type ChartsUpdateOptions } from './chartTypes';
import { exportPngBlob, exportSvgMarkup, type ExportMeta } from './exportChart';
import type { FrameQueue } from '../frameQueue';
import { debounce, throttle } from '../rateLimit';
import { stopMotion } from './svgKit';

/** Summaries and open tables are rewritten at most this often while a run plays, ms. */
const TEXT_INTERVAL_MS = 1000;
/** Resize settles for this long before the charts are redrawn, ms. */
const RESIZE_DEBOUNCE_MS = 120;
/** Figures this close to the viewport are kept drawn, px (so scrolling reveals no stale chart). */
const VISIBILITY_MARGIN_PX = 300;
/** Width used for export when the chart is not laid out (e.g. hidden), px. */
const EXPORT_WIDTH = 960;

let mounted = 0;

/** Whether the user asked the system for reduced motion. */
function systemReducedMotion(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
}

/**
 * Mounts the charts into `container` (its content is replaced) and returns the panel. Nothing is
 * drawn until the first {@link ChartsPanel.update}; spread updates are drawn through `frames`.
 */
export function mountCharts(container: HTMLElement, frames: FrameQueue): ChartsPanel {
  const prefix = `charts-${++mounted}`;
  const grid = document.createElement('div');
  grid.className = 'charts-grid';
  const figures = new Map<ChartId, ChartFigure>();
  let input: ChartsInput | null = null;
  // Each chart is prepared (model, summary) when it is first needed for the input, not on every update.
  const prepared = new Map<ChartId, PreparedChart>();
  const preparedOf = (id: ChartId): PreparedChart | null => {
    if (input === null) return null;
    let chart = prepared.get(id);
    if (chart === undefined) {
      chart = chartSpec(id).prepare(input);
      prepared.set(id, chart);
    }
    return chart;
  };
  let drawnOnce = false;
  const media = systemReducedMotion();
  let reducedOverride: boolean | null = null;
  const reduced = (): boolean => reducedOverride ?? media?.matches ?? false;

  const refreshText = (id: ChartId): void => {
    const figure = figures.get(id);
    const chart = figure ? preparedOf(id) : null;
    if (!chart || !figure) return;
    figure.setSummary(chart.summary);
    if (figure.tableOpen()) figure.setTable(chart.table());
  };
  for (const spec of CHART_SPECS) {
    const figure = createFigure(prefix, spec.id, spec.title, spec.question, () => refreshText(spec.id));
    figures.set(spec.id, figure);
    grid.append(figure.root);
  }
  container.replaceChildren(grid);

  // Figures near the viewport; the others are marked stale and drawn when they come into view,
  // so a playing run redraws only what can be seen. Until the observer reports, all count as near.
  const near = new Set<ChartId>(figures.keys());
  const stale = new Set<ChartId>();
  const drawFigure = (id: ChartId, animate: boolean): void => {
    const figure = figures.get(id);
    const chart = figure ? preparedOf(id) : null;
    if (!chart || !figure) return;
    stale.delete(id);
    const width = figure.width();
    figure.setSize(width, chart.draw(figure.body, { width, animate }));
  };
  // A spread update: the jobs (a chart, or one step of a chart drawn in steps) still to run for
  // the charts near the viewport, and who waits for them.
  const queued = new Set<string>();
  let waiting: ChartsUpdateOptions | null = null;
  const drawn = (options: ChartsUpdateOptions | null): void => {
    if (options === waiting) waiting = null;
    options?.onDrawn?.();
  };
  const dropQueued = (): void => {
    for (const key of queued) frames.cancel(key);
    queued.clear();
  };
  const draw = (animate: boolean): void => {
    dropQueued();
    for (const id of figures.keys()) {
      if (near.has(id)) drawFigure(id, animate);
      else stale.add(id);
    }
  };
  const drawSpread = (options: ChartsUpdateOptions): void => {
    dropQueued();
    waiting = options;
    // Runs one job of this update; the last one to finish tells the caller.
    const queue = (key: string, job: () => void): void => {
      queued.add(key);
      frames.schedule(key, () => {
        queued.delete(key);
        try {
          job();
        } catch (error) {
          waiting = null;
          dropQueued();
          options.onError?.(error);
          return;
        }
        if (queued.size === 0) drawn(options);
      });
    };
    // A chart of panels draws its frame in its job and each panel in a job of its own, later.
    const drawInSteps = (id: ChartId): void => {
      const figure = figures.get(id);
      const chart = figure ? preparedOf(id) : null;
      if (!chart || !figure || chart.drawSteps === null) {
        drawFigure(id, false);
        return;
      }
      stale.delete(id);
      const width = figure.width();
      const { height, steps } = chart.drawSteps(figure.body, { width, animate: false });
      figure.setSize(width, height);
      steps.forEach((step, k) => queue(`chart:${id}:${k}`, step));
    };
    for (const id of figures.keys()) {
      if (!near.has(id)) {
        stale.add(id);
        continue;
      }
      queue(`chart:${id}`, () => drawInSteps(id));
    }
    if (queued.size === 0) drawn(options);
  };
  const visibility = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const id = (entry.target as HTMLElement).dataset['chartId'];
        if (id === undefined || !isChartId(id)) continue;
        if (entry.isIntersecting) {
          near.add(id);
          if (stale.has(id)) drawFigure(id, false);
        } else near.delete(id);
      }
    }, { rootMargin: `${VISIBILITY_MARGIN_PX}px 0px` })
    : null;
  for (const f of figures.values()) visibility?.observe(f.root);
  // Summaries are live regions: rewritten at most every TEXT_INTERVAL_MS, one chart per frame.
  const texts = throttle(() => {
    for (const id of CHART_IDS) frames.schedule(`chart-text:${id}`, () => refreshText(id));
  }, TEXT_INTERVAL_MS);
  const onResize = debounce(() => draw(false), RESIZE_DEBOUNCE_MS);
  // Widths are read by the observer after layout, so drawing never forces a layout to measure.
  const observer = typeof ResizeObserver === 'function'
    ? new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const id = (entry.target as HTMLElement).dataset['chartId'];
        const figure = id !== undefined && isChartId(id) ? figures.get(id) : undefined;
        if (figure?.measure()) changed = true;
      }
      if (changed && drawnOnce) onResize();
    })
    : null;
  for (const f of figures.values()) observer?.observe(f.root);
  const onMotionChange = (): void => {
    if (!reduced()) return;
    for (const f of figures.values()) stopMotion(f.svg);
    draw(false);
  };
  media?.addEventListener('change', onMotionChange);

  const preparedFor = (chartId: string): { chart: PreparedChart; meta: ExportMeta } => {
    if (!isChartId(chartId)) throw new Error(`[ui/charts] unknown chart "${chartId}"; expected one of ${CHART_IDS.join(', ')}`);
    const chart = preparedOf(chartId);
    if (!chart || !input) throw new Error(`[ui/charts] chart "${chartId}" has no data yet; call update() first`);
    const runs = input.baseline ? `${input.current.label} vs ${input.baseline.label} (baseline)` : input.current.label;
    const subtitle = `${runs} · scenario ${input.current.snapshot.scenarioId}, seed ${input.current.snapshot.seed}, day ${input.current.snapshot.day}`;
    const width = figures.get(chartId)?.width() ?? EXPORT_WIDTH;
    return { chart, meta: { title: chartSpec(chartId).title, subtitle, width: width > 280 ? width : EXPORT_WIDTH } };
  };

  return {
    update(next, options = {}) {
      input = next;
      prepared.clear();
      const animate = drawnOnce && !reduced();
      drawnOnce = true;
      if (options.spread) drawSpread(options);
      else {
        // A spread update still drawing is dropped: this one shows a newer input.
        waiting = null;
        draw(animate);
        drawn(options);
      }
      texts();
    },
    setReducedMotion(value) {
      reducedOverride = value;
      onMotionChange();
    },
    exportSvg(chartId) {
      const { chart, meta } = preparedFor(chartId);
      return exportSvgMarkup(chart, meta);
    },
    exportPng(chartId, scale = 2) {
      try {
        const { chart, meta } = preparedFor(chartId);
        return exportPngBlob(chart, meta, scale);
      } catch (error) {
        return Promise.reject(error);
      }
    },
    chartIds: () => CHART_IDS,
    destroy() {
      dropQueued();
      for (const id of CHART_IDS) frames.cancel(`chart-text:${id}`);
      observer?.disconnect();
      visibility?.disconnect();
      media?.removeEventListener('change', onMotionChange);
      texts.cancel();
      onResize.cancel();
      for (const f of figures.values()) stopMotion(f.svg);
      grid.remove();
      prepared.clear();
      input = null;
    },
  };
}
