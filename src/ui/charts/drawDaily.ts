/**
 * Draws the daily small multiples: one panel per KPI group, day on x, the current run solid with
 * point shapes and direct labels, the baseline dashed and faded behind it. Each update keeps the
 * panels' frames (titles, axes, grid) and draws their lines again, so lines never morph between
 * days (redrawing whole panels took 15-20 ms a day while a run played).
 */
import { axisBottom, axisLeft, line, scaleLinear, select, type ScaleLinear, type Selection } from 'd3';
import { axisLabelRoom, dayTicks } from './axisTicks';
import type { DailyModel, DailyPanelModel, SeriesPoint } from './dailySeries';
import { drawLegend, runLegendItems } from './legend';
import { markerIndices, spreadLabels, textWidth } from './labelLayout';
import { BASELINE_OPACITY, COLORS, DASH, FONT, type SeriesStyle } from './palette';
import { drawAxis, drawGrid, layer, markerPath, markersPath, textAttrs, type DrawOptions, type DrawSteps, type G } from './svgKit';

const PANEL_HEIGHT = 206;
const GAP_X = 28;
const GAP_Y = 14;
const MARGIN = { top: 44, bottom: 40 } as const;
/** Least room left of a plot for its y tick labels, px (fits `100%` and `$1.5M`). */
const MIN_LEFT = 48;
const MARKERS_PER_LINE = 8;

/** Columns of the grid of panels for a chart `width` px wide. */
export function dailyColumns(width: number): number {
  return width >= 980 ? 3 : width >= 620 ? 2 : 1;
}

/** Draws the chart into `root`; returns its height, px. */
export function drawDaily(root: G, model: DailyModel, opts: DrawOptions): number {
  const { height, steps } = drawDailySteps(root, model, opts);
  for (const step of steps) step();
  return height;
}

/**
 * Draws the legend and places the panels now; each returned step draws one panel (a daily panel
 * is a few milliseconds of script, layout and paint; six in one frame made it drop frames).
 */
export function drawDailySteps(root: G, model: DailyModel, opts: DrawOptions): DrawSteps {
  const legendHeight = drawLegend(layer(root, 'legend'), runLegendItems(model.currentLabel, model.baselineLabel), opts.width);
  const cols = dailyColumns(opts.width);
  const panelWidth = (opts.width - GAP_X * (cols - 1)) / cols;
  const top = legendHeight + 10;
  const panels = layer(root, 'panels')
    .selectAll<SVGGElement, DailyPanelModel>('g.panel')
    .data(model.panels, (p) => p.def.key)
    .join('g')
    .attr('class', 'panel')
    .attr('transform', (_, i) => `translate(${(i % cols) * (panelWidth + GAP_X)},${top + Math.floor(i / cols) * (PANEL_HEIGHT + GAP_Y)})`);
  const steps: (() => void)[] = [];
  panels.each(function (panel) {
    const g = select<SVGGElement, unknown>(this);
    steps.push(() => drawPanel(g, panel, model, panelWidth));
  });
  return { height: top + Math.ceil(model.panels.length / cols) * (PANEL_HEIGHT + GAP_Y) - GAP_Y, steps };
}

/** The only text of layer `name` of `parent` (created on first use), with the given style. */
function soleText(parent: G, name: string, size: number, fill: string, anchor: 'start' | 'middle' = 'start'): Selection<SVGTextElement, number, SVGGElement, unknown> {
  return textAttrs(layer(parent, name).selectAll<SVGTextElement, number>('text').data([0]).join('text'), size, fill, anchor);
}

/**
 * One small multiple, `width` px wide. Updated in place: titles, axes (d3 axes join their ticks)
 * and grid keep their elements from one day to the next and only what changed is written; the
 * lines, points and labels, a few elements per series, are drawn again.
 */
function drawPanel(g: G, panel: DailyPanelModel, model: DailyModel, width: number): void {
  // A panel may have no series yet (goods ranked by a run with no days): no label column then.
  const labelWidth = Math.max(0, ...panel.series.map((s) => textWidth(s.def.label, FONT.small))) + 22;
  // The plot starts where the widest y tick label ends, so no label is cut at the panel's left edge; the
  // floor keeps the plot still while a playing run's labels change width within it.
  const left = Math.max(MIN_LEFT, axisLabelRoom(panel.axis.labels, FONT.small));
  const plotW = Math.max(60, width - left - labelWidth);
  const plotH = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const lastDay = Math.max(model.lastDay, model.firstDay + 1);
  const x = scaleLinear().domain([model.firstDay, lastDay]).range([0, plotW]);
  const y = scaleLinear().domain([0, panel.axis.top]).range([plotH, 0]);

  soleText(g, 'title', FONT.title, COLORS.ink).attr('font-weight', 600).attr('y', 14).text(panel.def.title);
  soleText(g, 'unit', FONT.small, COLORS.inkMuted).attr('y', 32).text(panel.def.unit);

  const plot = layer(g, 'plot').attr('transform', `translate(${left},${MARGIN.top})`);
  const { ticks: yTicks, labels: yLabels } = panel.axis;
  drawGrid(layer(plot, 'grid'), yTicks.map((t) => y(t)), plotW);
  drawAxis(layer(plot, 'y-axis'), axisLeft(y).tickValues(yTicks).tickFormat((_, i) => yLabels[i] ?? '').tickSizeOuter(0), `${plotH}|${panel.axis.top}|${yTicks.join()}|${yLabels.join()}`);
  const xTicks = dayTicks(model.firstDay, lastDay, plotW, FONT.small);
  drawAxis(layer(plot, 'x-axis').attr('transform', `translate(0,${plotH})`), axisBottom(x).tickValues(xTicks).tickFormat((v) => String(v)).tickSizeOuter(0), `${plotW}|${model.firstDay}|${lastDay}|${xTicks.join()}`);
  soleText(plot, 'x-label', FONT.small, COLORS.inkMuted, 'middle').attr('x', plotW / 2).attr('y', plotH + 34).text('Day of run');

  const lines = layer(plot, 'lines');
  const labels = layer(plot, 'labels');
  lines.selectAll('*').remove();
  labels.selectAll('*').remove();
  const hasData = panel.series.some((s) => s.current.length > 0 || (s.baseline?.length ?? 0) > 0);
  if (!hasData) {
    textAttrs(lines.append('text'), FONT.body, COLORS.inkMuted, 'middle').attr('x', plotW / 2).attr('y', plotH / 2).text('No days simulated yet');
    return;
  }
  for (const s of panel.series) if (s.baseline) drawLine(lines, s.baseline, s.def.style, x, y, true);
  for (const s of panel.series) drawLine(lines, s.current, s.def.style, x, y, false);
  drawDirectLabels(labels, panel, y, plotW, plotH);
}

/** A series' line (with casing for light colours); the current run also gets point shapes. */
function drawLine(plot: G, points: readonly SeriesPoint[], style: SeriesStyle, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>, baseline: boolean): void {
  const path = line<SeriesPoint>().defined((p) => p.value !== null).x((p) => x(p.day)).y((p) => y(p.value ?? 0))(points as SeriesPoint[]) ?? '';
  const g = plot.append('g').attr('opacity', baseline ? BASELINE_OPACITY : 1);
  const dash = baseline ? DASH.baseline : style.dash;
  if (style.casing) g.append('path').attr('d', path).attr('fill', 'none').attr('stroke', style.casing).attr('stroke-width', 4).attr('stroke-dasharray', dash);
  g.append('path').attr('d', path).attr('fill', 'none').attr('stroke', style.color).attr('stroke-width', style.casing ? 2.2 : 2).attr('stroke-dasharray', dash).attr('stroke-linejoin', 'round');
  if (baseline) return;
  const defined = points.filter((p) => p.value !== null);
  const centres = markerIndices(defined.length, MARKERS_PER_LINE).map((i): [number, number] => [x(defined[i]!.day), y(defined[i]!.value ?? 0)]);
  g.append('path').attr('d', markersPath(style.marker, 36, centres))
    .attr('fill', style.color).attr('stroke', style.casing ?? COLORS.paper).attr('stroke-width', 1);
}

/** Labels at the right end of each current line: the point shape, then the series name. */
function drawDirectLabels(plot: G, panel: DailyPanelModel, y: ScaleLinear<number, number>, plotW: number, plotH: number): void {
  const labelled = panel.series.filter((s) => s.last !== null);
  const ys = spreadLabels(labelled.map((s) => y(s.last?.value ?? 0)), 16, 0, plotH);
  labelled.forEach((s, i) => {
    const g = plot.append('g').attr('transform', `translate(${plotW + 10},${ys[i]!})`);
    g.append('path').attr('d', markerPath(s.def.style.marker, 36)).attr('fill', s.def.style.color).attr('stroke', s.def.style.casing ?? 'none');
    textAttrs(g.append('text'), FONT.small, COLORS.ink).attr('x', 8).attr('dy', '0.35em').text(s.def.label);
  });
}
