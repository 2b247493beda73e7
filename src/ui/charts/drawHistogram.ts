/**
 * Draws the clearance-time histograms as small multiples, one per lane, on a shared logarithmic
 * time axis with minute / hour / day ticks. Bars are the current run (share of the lane's
 * declarations per bin); the baseline is a dashed, faded outline; vertical rules mark the run's
 * median (solid) and 95th percentile (dotted).
 */
import { axisBottom, axisLeft, line, scaleLinear, scaleLog, select, type ScaleLinear, type ScaleLogarithmic } from 'd3';
import { formatCount, formatHours, tickPercent } from './chartFormat';
import type { HistogramModel, LaneDistribution, LaneHistogram } from './histogramModel';
import { drawLegend, type LegendItem } from './legend';
import { BASELINE_OPACITY, COLORS, DASH, FONT, inkFor } from './palette';
import { quantileLabels, type QuantileLabel } from './quantileLabels';
import { drawAxis, drawGrid, layer, putText, setAttrs, textAttrs, type DrawOptions, type G } from './svgKit';
import { timeTicks } from './timeTicks';

const PANEL_HEIGHT = 164;
const GAP_X = 32;
const GAP_Y = 16;
const MARGIN = { top: 56, left: 48, right: 12, bottom: 30 } as const;

/** A bar: one bin of one lane. */
interface Bar {
  readonly low: number;
  readonly high: number;
  readonly share: number;
}

/** Legend: current bars, baseline outline, median and 95th-percentile rules. */
function legendItems(model: HistogramModel): LegendItem[] {
  const items: LegendItem[] = [{ label: `${model.currentLabel} (bars, lane colour)`, color: COLORS.neutral, kind: 'swatch' }];
  if (model.baselineLabel !== null) items.push({ label: `${model.baselineLabel} (baseline outline)`, color: COLORS.ink, kind: 'line', dash: DASH.baseline, opacity: BASELINE_OPACITY });
  items.push({ label: 'Median', color: COLORS.ink, kind: 'line' }, { label: '95th percentile', color: COLORS.ink, kind: 'line', dash: DASH.dotted });
  return items;
}

/** Draws the chart into `root`; returns its height, px. */
export function drawHistogram(root: G, model: HistogramModel, opts: DrawOptions): number {
  const legendHeight = drawLegend(layer(root, 'legend'), legendItems(model), opts.width);
  const top = legendHeight + 10;
  const cols = opts.width >= 860 ? 2 : 1;
  const panelW = (opts.width - GAP_X * (cols - 1)) / cols;
  const plotW = Math.max(80, panelW - MARGIN.left - MARGIN.right);
  const range = model.range ?? [1 / 60, 24];
  const x = scaleLog().domain(range).range([0, plotW]).clamp(true);
  const y = scaleLinear().domain([0, model.yMax]).range([PANEL_HEIGHT - MARGIN.top - MARGIN.bottom, 0]);
  const panels = layer(root, 'panels').selectAll<SVGGElement, LaneHistogram>('g.panel').data(model.lanes, (l) => l.lane).join('g')
    .attr('class', 'panel')
    .attr('transform', (_, i) => `translate(${(i % cols) * (panelW + GAP_X)},${top + Math.floor(i / cols) * (PANEL_HEIGHT + GAP_Y)})`);
  panels.each(function (lane) {
    drawLane(select<SVGGElement, unknown>(this), lane, model, x, y, plotW, opts.animate);
  });
  const bottom = top + Math.ceil(model.lanes.length / cols) * (PANEL_HEIGHT + GAP_Y);
  putText(layer(root, 'x-label'), 'Clearance time, arrival to release (log scale)', opts.width / 2, bottom + 4, FONT.small, COLORS.inkMuted, 'middle');
  return bottom + 12;
}

/** The bars of a distribution inside the shown range. */
function barsOf(d: LaneDistribution, edges: readonly number[], range: readonly [number, number]): Bar[] {
  const bars: Bar[] = [];
  for (let b = 0; b < d.shares.length; b++) {
    const low = edges[b] ?? 0;
    const high = edges[b + 1] ?? low;
    if (low >= range[0] * 0.999 && high <= range[1] * 1.001) bars.push({ low, high, share: d.shares[b] ?? 0 });
  }
  return bars;
}

/** One lane's small multiple. */
function drawLane(g: G, lane: LaneHistogram, model: HistogramModel, x: ScaleLogarithmic<number, number>, y: ScaleLinear<number, number>, plotW: number, animate: boolean): void {
  const plotH = y.range()[0] ?? 0;
  const range = x.domain() as [number, number];
  const title = layer(g, 'title');
  title.selectAll('*').remove();
  textAttrs(title.append('text'), FONT.title, COLORS.ink).attr('font-weight', 600).attr('y', 14).text(lane.title);
  textAttrs(title.append('text'), FONT.small, COLORS.inkMuted).attr('y', 31).text(`% of the lane's ${formatCount(lane.current.total)} declarations per time bin`);

  const plot = layer(g, 'plot').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const yTicks = [0, model.yMax / 2, model.yMax];
  drawGrid(layer(plot, 'grid'), yTicks.map((t) => y(t)), plotW);
  drawAxis(layer(plot, 'y-axis'), axisLeft(y).tickValues(yTicks).tickFormat((v) => tickPercent(Number(v))).tickSizeOuter(0));
  const ticks = timeTicks(range[0], range[1], Math.max(3, Math.floor(plotW / 62)));
  drawAxis(layer(plot, 'x-axis').attr('transform', `translate(0,${plotH})`),
    axisBottom(x).tickValues(ticks.map((t) => t.hours)).tickFormat((_, i) => ticks[i]?.label ?? '').tickSizeOuter(0));

  const bars = layer(plot, 'bars').selectAll<SVGRectElement, Bar>('rect').data(barsOf(lane.current, model.edges, range), (b) => String(b.low)).join('rect')
    .attr('x', (b) => x(b.low)).attr('width', (b) => Math.max(0, x(b.high) - x(b.low) - 1))
    .attr('fill', lane.style.color).attr('stroke', lane.style.casing ?? 'none').attr('stroke-width', 1);
  setAttrs(bars, animate, { y: (b) => y(b.share), height: (b) => plotH - y(b.share) });

  const outline = layer(plot, 'baseline').selectAll<SVGPathElement, Bar[]>('path').data(lane.baseline ? [barsOf(lane.baseline, model.edges, range)] : []).join('path')
    .attr('fill', 'none').attr('stroke', inkFor(lane.style.color)).attr('stroke-width', 2).attr('stroke-dasharray', DASH.baseline).attr('opacity', BASELINE_OPACITY + 0.2);
  setAttrs(outline, animate, { d: (bs) => stepPath(bs, x, y) });

  drawQuantiles(layer(plot, 'quantiles'), lane.current, x, plotH, plotW, animate);
}

/** Outline of bars as one step line along the bin tops. */
function stepPath(bars: readonly Bar[], x: ScaleLogarithmic<number, number>, y: ScaleLinear<number, number>): string {
  const pts: [number, number][] = [];
  for (const b of bars) pts.push([x(b.low), y(b.share)], [x(b.high), y(b.share)]);
  return line()(pts) ?? '';
}

/** Median and 95th-percentile rules, with labels placed so that both read (see quantileLabels.ts). */
function drawQuantiles(g: G, d: LaneDistribution, x: ScaleLogarithmic<number, number>, plotH: number, plotW: number, animate: boolean): void {
  const marks = d.summary.count > 0
    ? [{ key: 'p50', hours: d.summary.p50, dash: '' }, { key: 'p95', hours: d.summary.p95, dash: DASH.dotted }]
    : [];
  const rules = layer(g, 'rules').selectAll<SVGLineElement, (typeof marks)[number]>('line').data(marks, (m) => m.key).join((enter) =>
    enter.append('line').attr('y1', -4).attr('stroke', COLORS.ink).attr('stroke-width', 1.5));
  rules.attr('stroke-dasharray', (m) => m.dash).attr('y2', plotH);
  setAttrs(rules, animate, { x1: (m) => x(m.hours), x2: (m) => x(m.hours) });
  const labels = d.summary.count > 0
    ? quantileLabels({ x: x(d.summary.p50), text: `median ${formatHours(d.summary.p50)}` }, { x: x(d.summary.p95), text: `95th ${formatHours(d.summary.p95)}` }, plotW, FONT.small)
    : [];
  const texts = layer(g, 'labels').selectAll<SVGTextElement, QuantileLabel>('text').data(labels, (l) => l.key)
    .join((enter) => textAttrs(enter.append('text'), FONT.small, COLORS.ink).attr('y', -6).attr('x', (l) => l.left))
    .text((l) => l.text);
  setAttrs(texts, animate, { x: (l) => l.left });
}
