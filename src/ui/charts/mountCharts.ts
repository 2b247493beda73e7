/**
 * The charts panel: mounts one figure per chart into a container, redraws them on every update
 * (those far from the viewport when they come near it) and on resize (debounced), keeps
 * summaries and open tables current without flooding screen readers (throttled), honours reduced
 * motion, and exports any chart as SVG or PNG.
 */
import './charts.css';
import { chartSpec, CHART_SPECS, type PreparedChart } from './chartRegistry';
import { createFigure, type ChartFigure } from './chartFigure';
import { CHART_IDS, isChartId, type ChartId, type ChartsInput, type ChartsPanel } from './chartTypes';
import { exportPngBlob, exportSvgMarkup, type ExportMeta } from './exportChart';
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
 * drawn until the first {@link ChartsPanel.update}.
 */
export function mountCharts(container: HTMLElement): ChartsPanel {
  const prefix = `charts-${++mounted}`;
  const grid = document.createElement('div');
  grid.className = 'charts-grid';
  const figures = new Map<ChartId, ChartFigure>();
  let input: ChartsInput | null = null;
  let prepared = new Map<ChartId, PreparedChart>();
  let drawnOnce = false;
  const media = systemReducedMotion();
  let reducedOverride: boolean | null = null;
  const reduced = (): boolean => reducedOverride ?? media?.matches ?? false;

  const refreshText = (id: ChartId): void => {
    const chart = prepared.get(id);
    const figure = figures.get(id);
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
  const drawFigure = (id: ChartId, width: number, animate: boolean): void => {
    const chart = prepared.get(id);
    const figure = figures.get(id);
    if (!chart || !figure) return;
    stale.delete(id);
    figure.setSize(width, chart.draw(figure.body, { width, animate }));
  };
  const draw = (animate: boolean): void => {
    const widths = new Map([...figures].map(([id, f]) => [id, f.width()]));
    for (const id of prepared.keys()) {
      const width = widths.get(id);
      if (width === undefined) continue;
      if (near.has(id)) drawFigure(id, width, animate);
      else stale.add(id);
    }
  };
  const visibility = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const id = (entry.target as HTMLElement).dataset['chartId'];
        if (id === undefined || !isChartId(id)) continue;
        if (entry.isIntersecting) {
          near.add(id);
          if (stale.has(id)) drawFigure(id, figures.get(id)?.width() ?? EXPORT_WIDTH, false);
        } else near.delete(id);
      }
    }, { rootMargin: `${VISIBILITY_MARGIN_PX}px 0px` })
    : null;
  for (const f of figures.values()) visibility?.observe(f.root);
  const texts = throttle(() => {
    for (const id of CHART_IDS) refreshText(id);
  }, TEXT_INTERVAL_MS);
  const onResize = debounce(() => draw(false), RESIZE_DEBOUNCE_MS);
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => onResize()) : null;
  observer?.observe(container);
  const onMotionChange = (): void => {
    if (!reduced()) return;
    for (const f of figures.values()) stopMotion(f.svg);
    draw(false);
  };
  media?.addEventListener('change', onMotionChange);

  const preparedFor = (chartId: string): { chart: PreparedChart; meta: ExportMeta } => {
    if (!isChartId(chartId)) throw new Error(`[ui/charts] unknown chart "${chartId}"; expected one of ${CHART_IDS.join(', ')}`);
    const chart = prepared.get(chartId);
    if (!chart || !input) throw new Error(`[ui/charts] chart "${chartId}" has no data yet; call update() first`);
    const runs = input.baseline ? `${input.current.label} vs ${input.baseline.label} (baseline)` : input.current.label;
    const subtitle = `${runs} · scenario ${input.current.snapshot.scenarioId}, seed ${input.current.snapshot.seed}, day ${input.current.snapshot.day}`;
    const width = figures.get(chartId)?.width() ?? EXPORT_WIDTH;
    return { chart, meta: { title: chartSpec(chartId).title, subtitle, width: width > 280 ? width : EXPORT_WIDTH } };
  };

  return {
    update(next) {
      input = next;
      prepared = new Map(CHART_SPECS.map((spec) => [spec.id, spec.prepare(next)]));
      draw(drawnOnce && !reduced());
      drawnOnce = true;
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
