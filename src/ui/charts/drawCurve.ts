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
import { fitText, spacedTicks, textWidth, type LabelBox } from './labelLayout';
import { LINE_HEIGHT, placeOperatingLabels, type OperatingLabel } from './operatingLabels';
import { BASELINE_OPACITY, COLORS, DASH, FONT } from './palette';
import { drawAxis, drawGrid, halo, layer, markerPath, putText, setAttrs, textAttrs, type DrawOptions, type G } from './svgKit';

const MARGIN = { left: 58, right: 18, bottom: 52 } as const;
const X_TICKS = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1];
/** Axis titles, longest first: the widest that fits is shown (the summary and the table carry the detail). */
const X_TITLES = [
  'Share of declarations inspected, highest risk scores first (%, square-root scale)',
  'Declarations inspected, highest risk scores first (%, square-root scale)',
  'Declarations inspected, highest scores first (%, square-root scale)',
  'Declarations inspected (%, square-root scale)',
  'Inspected (%, square-root scale)',
  'Inspected (%)',
];
const Y_TITLES = ['Non-compliant declarations detected (%)', 'Non-compliant detected (%)', 'Detected (%)'];

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
  putText(layer(plot, 'x-label'), fitText(X_TITLES, plotW, FONT.small), plotW / 2, plotH + 38, FONT.small, COLORS.inkMuted, 'middle');
  putText(layer(plot, 'y-label'), fitText(Y_TITLES, opts.width - 8, FONT.small), 0, -8, FONT.small, COLORS.inkMuted, 'start');
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

  const fixed: LabelBox[] = [];
  if (model.best.length > 0 && model.current) {
    const text = `Best possible (prevalence ${formatPercent(model.current.prevalence)})`;
    const box = textBox(text, x(Math.min(1, model.current.prevalence)) + 6, y(1) + 16, plotW);
    putText(layer(plot, 'best-label'), text, box.x, y(1) + 16, FONT.small, COLORS.ink, 'start');
    halo(layer(plot, 'best-label').select<SVGTextElement>('text'));
    fixed.push(box);
  } else layer(plot, 'best-label').selectAll('*').remove();
  // Below the diagonal's middle when it fits there, else in the bottom-right corner, which the diagonal leaves free.
  const randomText = 'Random selection';
  const randomBaseline = x(0.5) + 6 + textWidth(randomText, FONT.small) <= plotW ? y(0.5) + 18 : plotH - 8;
  const randomBox = textBox(randomText, randomBaseline === plotH - 8 ? plotW : x(0.5) + 6, randomBaseline, plotW);
  putText(layer(plot, 'random-label'), randomText, randomBox.x, randomBaseline, FONT.small, COLORS.inkMuted, 'start');
  halo(layer(plot, 'random-label').select<SVGTextElement>('text'));
  fixed.push(randomBox);

  const runs = [model.current, model.baseline].filter((r): r is CurveRun => r !== null && r.operating !== null);
  drawOperatingPoints(layer(plot, 'operating'), layer(plot, 'operating-labels'), runs, model, x, y, { plotW, plotH, fixed }, opts.animate);
  return top + plotH + MARGIN.bottom;
}

/** Box of a one-line label whose baseline is at `baseline`, starting at `left` or moved left to end inside `plotW`. */
function textBox(text: string, left: number, baseline: number, plotW: number): LabelBox {
  const width = textWidth(text, FONT.small);
  return { x: Math.max(0, Math.min(left, plotW - 4 - width)), y: baseline - 11, width, height: LINE_HEIGHT };
}

/** The plot's size and the text already on it. */
interface PlotArea {
  readonly plotW: number;
  readonly plotH: number;
  readonly fixed: readonly LabelBox[];
}

/**
 * Operating points with a guide up to their curve, and in `labelLayer` (above every mark, each
 * on a white halo) a label with the two numbers, placed by operatingLabels.ts.
 */
function drawOperatingPoints(g: G, labelLayer: G, runs: readonly CurveRun[], model: CurveModel, x: (v: number) => number, y: (v: number) => number, area: PlotArea, animate: boolean): void {
  const key = (r: CurveRun): string => (r === model.current ? 'current' : 'baseline');
  const op = (r: CurveRun): XY => r.operating ?? { x: 0, y: 0 };
  const placed = placeOperatingLabels(runs.map((r) => ({ key: key(r), name: r.label, px: x(op(r).x), py: y(op(r).y), inspected: op(r).x, detected: op(r).y })),
    area.plotW, area.plotH, area.fixed, FONT.small);
  const labelOf = (r: CurveRun): OperatingLabel => placed.find((l) => l.key === key(r)) ?? placed[0]!;
  // The baseline is drawn first, so the current run's point and label stay in front.
  const groups = g.selectAll<SVGGElement, CurveRun>('g.op').data([...runs].reverse(), key).join((enter) => {
    const e = enter.append('g').attr('class', 'op');
    e.append('line').attr('class', 'guide').attr('stroke-dasharray', DASH.dotted).attr('stroke-width', 1.5);
    e.append('line').attr('class', 'leader').attr('stroke-width', 1);
    e.append('path');
    return e;
  }).order();
  const opacity = (r: CurveRun): number => (r === model.current ? 1 : BASELINE_OPACITY + 0.2);
  groups.attr('opacity', opacity);
  setAttrs(groups.select<SVGLineElement>('line.guide'), animate, {
    x1: (r) => x(op(r).x), x2: (r) => x(op(r).x), y1: (r) => y(op(r).y), y2: (r) => y(curveAt(r.points, op(r).x)),
  });
  groups.selectAll('line').attr('stroke', COLORS.red);
  groups.select<SVGPathElement>('path').attr('d', markerPath('circle', 110))
    .attr('fill', (r) => (r === model.current ? COLORS.red : COLORS.paper)).attr('stroke', COLORS.red).attr('stroke-width', 2);
  setAttrs(groups.select<SVGPathElement>('path'), animate, { transform: (r) => `translate(${x(op(r).x)},${y(op(r).y)})` });
  const leaders = groups.select<SVGLineElement>('line.leader').attr('display', (r) => (labelOf(r).leader ? null : 'none'));
  setAttrs(leaders, animate, {
    x1: (r) => x(op(r).x), y1: (r) => y(op(r).y), x2: (r) => labelOf(r).leader?.x ?? 0, y2: (r) => labelOf(r).leader?.y ?? 0,
  });
  const texts = labelLayer.selectAll<SVGTextElement, CurveRun>('text').data([...runs].reverse(), key)
    .join((enter) => halo(textAttrs(enter.append('text'), FONT.small)))
    .order().attr('fill', (r) => (r === model.current ? COLORS.ink : COLORS.inkMuted));
  texts.selectAll<SVGTSpanElement, string>('tspan').data((r) => labelOf(r).lines).join('tspan')
    .attr('x', 0).attr('y', (_, i) => 11 + i * LINE_HEIGHT).text((l) => l);
  setAttrs(texts, animate, { transform: (r) => `translate(${labelOf(r).box.x},${labelOf(r).box.y})` });
}
