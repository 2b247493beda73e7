/**
 * Draws the compliance rate beside the pyramid: per run, the rate estimated from random checks
 * with its Wilson 95 % interval (circle and bar) and the true rate (diamond), on a zoomed
 * percentage axis. Whether the truth falls inside the interval is the point of the picture.
 */
import { axisBottom, scaleLinear } from 'd3';
import { formatPercent, tickPercent } from './chartFormat';
import { fitText } from './labelLayout';
import { complianceDomain, type ComplianceView } from './pyramidModel';
import { BASELINE_OPACITY, COLORS, FONT } from './palette';
import { drawAxis, layer, markerPath, putText, setAttrs, textAttrs, type G } from './svgKit';

const ROW = 58;
const HEAD = 40;
const AXIS = 44;

/** Height the panel needs for `rows` runs, px. */
export function complianceHeight(rows: number): number {
  return HEAD + rows * ROW + AXIS;
}

/** The panel's unit line, longest first: the widest that fits the panel is shown. */
const UNIT_WORDINGS = [
  '% compliant: estimate from random checks (95% interval) vs true rate',
  '% compliant: random-check estimate (95% interval) vs true rate',
  '% compliant: estimate (95% interval) vs true rate',
];

/** Horizontal room kept at each end of the axis, px. */
const AXIS_END_ROOM = 18;

/** Draws the panel into `g`, `width` px wide; the first view is the current run, the second the baseline. */
export function drawCompliance(g: G, views: readonly ComplianceView[], width: number, animate: boolean): void {
  putText(layer(g, 'title'), 'Compliance rate of declarations', 0, 14, FONT.title, COLORS.ink);
  layer(g, 'title').select('text').attr('font-weight', 600);
  putText(layer(g, 'unit'), fitText(UNIT_WORDINGS, width, FONT.small), 0, 32, FONT.small, COLORS.inkMuted);
  const domain = complianceDomain(views);
  // Room at both ends for half of the end ticks' labels ("90%", "100%"), which would otherwise be clipped.
  const x = scaleLinear().domain(domain).range([AXIS_END_ROOM, width - AXIS_END_ROOM]);
  const axisY = HEAD + views.length * ROW;
  const ticks = x.ticks(Math.max(2, Math.floor(width / 70)));
  drawAxis(layer(g, 'axis').attr('transform', `translate(0,${axisY})`), axisBottom(x).tickValues(ticks).tickFormat((v) => tickPercent(Number(v))).tickSizeOuter(0));
  putText(layer(g, 'axis-label'), `Compliant declarations (%, axis from ${tickPercent(domain[0])})`, width / 2, axisY + 36, FONT.small, COLORS.inkMuted, 'middle');

  const rows = layer(g, 'rows').selectAll<SVGGElement, ComplianceView>('g.run').data(views, (_, i) => String(i)).join((enter) => {
    const e = enter.append('g').attr('class', 'run');
    textAttrs(e.append('text').attr('class', 'name'), FONT.small, COLORS.ink).attr('y', 0);
    e.append('line').attr('class', 'ci').attr('stroke', COLORS.blue).attr('stroke-width', 3);
    e.append('path').attr('class', 'estimate').attr('d', markerPath('circle', 90)).attr('stroke', COLORS.blue).attr('stroke-width', 2);
    e.append('path').attr('class', 'truth').attr('d', markerPath('diamond', 110)).attr('fill', COLORS.ink).attr('stroke', COLORS.paper);
    textAttrs(e.append('text').attr('class', 'values'), FONT.small, COLORS.inkMuted).attr('y', 40);
    return e;
  });
  rows.attr('transform', (_, i) => `translate(0,${HEAD + i * ROW + 10})`).attr('opacity', (_, i) => (i === 0 ? 1 : BASELINE_OPACITY + 0.25));
  rows.select<SVGTextElement>('text.name').text((v, i) => (i === 0 ? v.label : `${v.label} (baseline)`));
  rows.select('path.estimate').attr('fill', (_, i) => (i === 0 ? COLORS.blue : COLORS.paper)).attr('display', (v) => (v.estimate ? null : 'none'));
  rows.select('line.ci').attr('display', (v) => (v.estimate ? null : 'none'));
  rows.select('path.truth').attr('display', (v) => (v.trueRate === null ? 'none' : null));
  const est = (v: ComplianceView): number => x(v.estimate?.rate ?? domain[1]);
  setAttrs(rows.select<SVGLineElement>('line.ci'), animate, { x1: (v) => x(v.estimate?.low ?? domain[1]), x2: (v) => x(v.estimate?.high ?? domain[1]), y1: 20, y2: 20 });
  setAttrs(rows.select<SVGPathElement>('path.estimate'), animate, { transform: (v) => `translate(${est(v)},20)` });
  setAttrs(rows.select<SVGPathElement>('path.truth'), animate, { transform: (v) => `translate(${x(v.trueRate ?? domain[1])},20)` });
  rows.select<SVGTextElement>('text.values').text((v) =>
    v.estimate
      ? `est. ${formatPercent(v.estimate.rate)} (${formatPercent(v.estimate.low)}–${formatPercent(v.estimate.high)}), true ${formatPercent(v.trueRate)}`
      : `no random checks yet; true ${formatPercent(v.trueRate)}`);
}
