/**
 * Draws the detection-versus-inspection-rate chart on a square-root x axis (policies operate at
 * 1-10 %, which a linear axis would squeeze against zero): the score's curve, the baseline's
 * curve faded, the random diagonal, the best possible curve and each run's operating point with
 * a guide up to what its curve could reach at the same inspection rate.
 */
import { axisBottom, axisLeft, line, scaleLinear, scaleSqrt } from 'd3';
import { formatPercent, tickPercent } from './chartFormat';
import { curveAt, type CurveModel, type CurveRun, type XY } from './curveModel';
import { drawLegend, type LegendItem } from './legend';
import { spacedTicks } from './labelLayout';
import { BASELINE_OPACITY, COLORS, DASH, FONT } from './palette';
import { drawAxis, drawGrid, layer, markerPath, putText, setAttrs, textAttrs, type DrawOptions, type G } from './svgKit';

const MARGIN = { left: 58, right: 18, bottom: 52 } as const;
const X_TICKS = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1];

/** A line of the chart. */
interface CurveLine {
  readonly id: string;
  readonly points: readonly XY[];
  readonly color: string;
  readonly dash: string;
  readonly width: number;
  readonly opacity: number;
}

/** Legend of the chart for its model. */
function legendItems(model: CurveModel): LegendItem[] {
  const items: LegendItem[] = [];
  if (model.current) items.push({ label: `Risk score, ${model.current.label}`, color: COLORS.blue, kind: 'line', marker: 'circle' });
  if (model.baseline) items.push({ label: `Risk score, ${model.baseline.label} (baseline)`, color: COLORS.blue, kind: 'line', dash: DASH.baseline, opacity: BASELINE_OPACITY });
  items.push({ label: 'Random selection', color: COLORS.neutral, kind: 'line', dash: DASH.dotted });
  if (model.best.length > 0) items.push({ label: 'Best possible ranking', color: COLORS.black, kind: 'line', dash: DASH.dashDot });
  items.push({ label: 'Operating point: inspected vs detected so far', color: COLORS.red, kind: 'line', dash: '', marker: 'circle' });
  return items;
}

/** Draws the chart into `root`; returns its height, px. */
export function drawCurve(root: G, model: CurveModel, opts: DrawOptions): number {
  const legendHeight = drawLegend(layer(root, 'legend'), legendItems(model), opts.width);
  const top = legendHeight + 16;
  const plotW = Math.max(120, opts.width - MARGIN.left - MARGIN.right);
  const plotH = Math.round(Math.min(340, Math.max(220, plotW * 0.6)));
  const x = scaleSqrt().domain([0, 1]).range([0, plotW]);
  const y = scaleLinear().domain([0, 1]).range([plotH, 0]);
  const plot = layer(root, 'plot').attr('transform', `translate(${MARGIN.left},${top})`);

  const yTicks = y.ticks(5);
  drawGrid(layer(plot, 'grid'), yTicks.map((t) => y(t)), plotW);
  drawAxis(layer(plot, 'y-axis'), axisLeft(y).tickValues(yTicks).tickFormat((v) => tickPercent(Number(v))).tickSizeOuter(0));
  const xTicks = spacedTicks(X_TICKS, (v) => x(v), 34);
  drawAxis(layer(plot, 'x-axis').attr('transform', `translate(0,${plotH})`), axisBottom(x).tickValues(xTicks).tickFormat((v) => tickPercent(Number(v))).tickSizeOuter(0));
  putText(layer(plot, 'x-label'), 'Share of declarations inspected, highest risk scores first (%, square-root scale)', plotW / 2, plotH + 38, FONT.small, COLORS.inkMuted, 'middle');
  putText(layer(plot, 'y-label'), 'Non-compliant declarations detected (%)', 0, -8, FONT.small, COLORS.inkMuted, 'start');
  layer(plot, 'y-label').attr('transform', `translate(${-MARGIN.left + 4},0)`);

  const lines: CurveLine[] = [{ id: 'random', points: model.diagonal, color: COLORS.neutral, dash: DASH.dotted, width: 1.5, opacity: 1 }];
  if (model.best.length > 0) lines.push({ id: 'best', points: model.best, color: COLORS.black, dash: DASH.dashDot, width: 1.5, opacity: 1 });
  if (model.baseline) lines.push({ id: 'baseline', points: model.baseline.points, color: COLORS.blue, dash: DASH.baseline, width: 2, opacity: BASELINE_OPACITY });
  if (model.current) lines.push({ id: 'current', points: model.current.points, color: COLORS.blue, dash: '', width: 2.5, opacity: 1 });
  const path = line<XY>().x((p) => x(p.x)).y((p) => y(p.y));
  const paths = layer(plot, 'lines').selectAll<SVGPathElement, CurveLine>('path').data(lines, (l) => l.id).join('path')
    .attr('fill', 'none').attr('stroke', (l) => l.color).attr('stroke-width', (l) => l.width)
    .attr('stroke-dasharray', (l) => l.dash).attr('opacity', (l) => l.opacity).attr('stroke-linejoin', 'round');
  setAttrs(paths, opts.animate, { d: (l) => path(l.points as XY[]) ?? '' });

  const dots = layer(plot, 'dots').selectAll<SVGPathElement, XY>('path').data(model.current?.points ?? []).join('path')
    .attr('d', markerPath('circle', 22)).attr('fill', COLORS.blue).attr('stroke', COLORS.paper);
  setAttrs(dots, opts.animate, { transform: (p) => `translate(${x(p.x)},${y(p.y)})` });

  if (model.best.length > 0 && model.current) {
    const knee = Math.min(1, model.current.prevalence);
    putText(layer(plot, 'best-label'), `Best possible (prevalence ${formatPercent(model.current.prevalence)})`, Math.min(x(knee) + 6, plotW - 4), y(1) + 16, FONT.small, COLORS.ink, x(knee) + 200 > plotW ? 'end' : 'start');
  } else layer(plot, 'best-label').selectAll('*').remove();
  putText(layer(plot, 'random-label'), 'Random selection', x(0.5) + 6, y(0.5) + 18, FONT.small, COLORS.inkMuted, 'start');

  const runs = [model.baseline, model.current].filter((r): r is CurveRun => r !== null && r.operating !== null);
  drawOperatingPoints(layer(plot, 'operating'), runs, model, x, y, plotW, opts.animate);
  return top + plotH + MARGIN.bottom;
}

/** Operating points with a guide up to their curve and a label with the two numbers. */
function drawOperatingPoints(g: G, runs: readonly CurveRun[], model: CurveModel, x: (v: number) => number, y: (v: number) => number, plotW: number, animate: boolean): void {
  const groups = g.selectAll<SVGGElement, CurveRun>('g.op').data(runs, (r) => (r === model.current ? 'current' : 'baseline')).join((enter) => {
    const e = enter.append('g').attr('class', 'op');
    e.append('line').attr('stroke-dasharray', DASH.dotted).attr('stroke-width', 1.5);
    e.append('path');
    e.append('text');
    return e;
  });
  groups.attr('opacity', (r) => (r === model.current ? 1 : BASELINE_OPACITY + 0.2));
  const op = (r: CurveRun): XY => r.operating ?? { x: 0, y: 0 };
  setAttrs(groups.select<SVGLineElement>('line'), animate, {
    x1: (r) => x(op(r).x), x2: (r) => x(op(r).x), y1: (r) => y(op(r).y), y2: (r) => y(curveAt(r.points, op(r).x)),
  });
  groups.select('line').attr('stroke', COLORS.red);
  groups.select<SVGPathElement>('path').attr('d', markerPath('circle', 110))
    .attr('fill', (r) => (r === model.current ? COLORS.red : COLORS.paper)).attr('stroke', COLORS.red).attr('stroke-width', 2);
  setAttrs(groups.select<SVGPathElement>('path'), animate, { transform: (r) => `translate(${x(op(r).x)},${y(op(r).y)})` });
  const label = (r: CurveRun): string => `${r.label}: ${formatPercent(op(r).x)} inspected, ${formatPercent(op(r).y)} detected`;
  const texts = textAttrs(groups.select<SVGTextElement>('text'), FONT.small, COLORS.ink).text(label)
    .attr('text-anchor', (r) => (x(op(r).x) > plotW * 0.55 ? 'end' : 'start'));
  const below = (r: CurveRun): boolean => r !== model.current;
  setAttrs(texts, animate, {
    x: (r) => x(op(r).x) + (x(op(r).x) > plotW * 0.55 ? -10 : 10),
    y: (r) => Math.max(12, y(op(r).y) + (below(r) ? 20 : -10)),
  });
}
