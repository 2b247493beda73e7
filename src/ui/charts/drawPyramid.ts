/**
 * Draws the compliance pyramid: a static pyramid of importers per tier (bar widths proportional
 * to the tier's share, tier 4 on top, each row labelled with its name and treatment and its share), or,
 * when daily KPIs carry tier counts, a stacked area of tier shares per day. The compliance panel
 * (drawCompliance.ts) sits beside it on wide charts and below it on narrow ones.
 */
import { area, axisBottom, axisLeft, line, scaleLinear, stack, type Series, type SeriesPoint } from 'd3';
import { formatCount, formatPercent, tickPercent } from './chartFormat';
import { complianceHeight, drawCompliance } from './drawCompliance';
import { spreadLabels, textWidth } from './labelLayout';
import { drawLegend, type LegendItem } from './legend';
import { BASELINE_OPACITY, COLORS, DASH, FONT } from './palette';
import { TIERS, type PyramidModel, type TierDay } from './pyramidModel';
import { drawAxis, halo, keepLayers, layer, putText, setAttrs, textAttrs, type DrawOptions, type G } from './svgKit';

const ROW = 46;
const BAR = 32;
const SIDE_BY_SIDE = 720;

/** A row of the static pyramid. */
interface TierRow {
  readonly tier: (typeof TIERS)[number];
  readonly share: number;
  readonly count: number;
  readonly baselineShare: number | null;
}

/** Draws the chart into `root`; returns its height, px. */
export function drawPyramid(root: G, model: PyramidModel, opts: DrawOptions): number {
  const items: LegendItem[] = [{ label: `${model.currentLabel} (filled)`, color: COLORS.neutral, kind: 'swatch' }];
  if (model.baselineLabel !== null) items.push({ label: `${model.baselineLabel} (baseline, dashed)`, color: COLORS.ink, kind: 'line', dash: DASH.baseline, opacity: BASELINE_OPACITY });
  items.push({ label: 'Estimated, 95% interval', color: COLORS.blue, kind: 'line', marker: 'circle' }, { label: 'True rate', color: COLORS.ink, kind: 'line', dash: '', marker: 'diamond', opacity: 1 });
  const top = drawLegend(layer(root, 'legend'), items, opts.width) + 14;
  const wide = opts.width >= SIDE_BY_SIDE;
  const leftW = wide ? Math.round(opts.width * 0.6) : opts.width;
  const left = layer(root, 'pyramid').attr('transform', `translate(0,${top})`);
  const leftH = model.overTime ? drawOverTime(left, model, model.overTime, leftW) : drawStatic(left, model, leftW, opts.animate);
  const cx = wide ? leftW + 36 : 0;
  const cy = wide ? top : top + leftH + 24;
  drawCompliance(layer(root, 'compliance').attr('transform', `translate(${cx},${cy})`), model.compliance, wide ? opts.width - cx - 8 : opts.width - 8, opts.animate);
  const rightH = complianceHeight(model.compliance.length);
  return wide ? top + Math.max(leftH, rightH) : cy + rightH;
}

/** Static pyramid; returns its height. */
function drawStatic(g: G, model: PyramidModel, width: number, animate: boolean): number {
  keepLayers(g, ['title', 'rows']);
  putText(layer(g, 'title'), `Importers by compliance tier: ${formatCount(model.current.total)} (width ∝ share)`, 0, 14, FONT.title, COLORS.ink);
  layer(g, 'title').select('text').attr('font-weight', 600);
  const rows: TierRow[] = TIERS.map((tier, i) => ({
    tier, share: model.current.shares[i] ?? 0, count: model.current.counts[i] ?? 0, baselineShare: model.baseline ? model.baseline.shares[i] ?? 0 : null,
  })).reverse();
  // The treatment is written under the tier's name, so the bars and their labels have the rest of the row.
  const nameW = Math.min(190, Math.max(...TIERS.map((t) => Math.max(textWidth(`${t.tier} · ${t.name}`, FONT.small), textWidth(t.treatment, FONT.small)))) + 8);
  const barW = Math.max(60, width - nameW);
  const maxShare = Math.max(...rows.map((r) => Math.max(r.share, r.baselineShare ?? 0)), 1e-9);
  const w = (s: number): number => Math.max(3, (s / maxShare) * barW);
  const centre = nameW + barW / 2;
  const sel = layer(g, 'rows').selectAll<SVGGElement, TierRow>('g.tier').data(rows, (r) => String(r.tier.tier)).join((enter) => {
    const e = enter.append('g').attr('class', 'tier');
    textAttrs(e.append('text').attr('class', 'name'), FONT.small, COLORS.ink, 'end').attr('dy', '-0.25em');
    e.append('rect').attr('class', 'bar').attr('height', BAR).attr('y', -BAR / 2);
    e.append('rect').attr('class', 'base').attr('height', BAR + 6).attr('y', -BAR / 2 - 3).attr('fill', 'none').attr('stroke-dasharray', DASH.baseline).attr('stroke-width', 2);
    textAttrs(e.append('text').attr('class', 'value'), FONT.small, COLORS.ink, 'middle').attr('dy', '0.35em');
    textAttrs(e.append('text').attr('class', 'treat'), FONT.small, COLORS.inkMuted, 'end').attr('dy', '1em').attr('font-style', 'italic');
    return e;
  });
  sel.attr('transform', (_, i) => `translate(0,${34 + i * ROW + ROW / 2})`);
  sel.select('text.name').attr('x', nameW - 8).text((r) => `${r.tier.tier} · ${r.tier.name}`);
  sel.select('rect.bar').attr('fill', (r) => r.tier.color);
  setAttrs(sel.select<SVGRectElement>('rect.bar'), animate, { x: (r) => centre - w(r.share) / 2, width: (r) => w(r.share) });
  sel.select('rect.base').attr('stroke', COLORS.ink).attr('opacity', BASELINE_OPACITY).attr('display', (r) => (r.baselineShare === null ? 'none' : null));
  setAttrs(sel.select<SVGRectElement>('rect.base'), animate, { x: (r) => centre - w(r.baselineShare ?? 0) / 2, width: (r) => w(r.baselineShare ?? 0) });
  // A label that does not fit inside its bar goes right of it; when the row is too short for that too, it
  // stays centred over the bar, on a white halo so it reads over the bar's colour.
  const outside = (r: TierRow): number => w(Math.max(r.share, r.baselineShare ?? 0)) / 2 + 6;
  const toRight = (r: TierRow): boolean => !fitsInside(r, w) && centre + outside(r) + valueWidth(r) <= nameW + barW;
  halo(sel.select<SVGTextElement>('text.value')).text((r) => valueText(r))
    .attr('text-anchor', (r) => (toRight(r) ? 'start' : 'middle'))
    .attr('x', (r) => (toRight(r) ? centre + outside(r) : centre));
  sel.select('text.treat').attr('x', nameW - 8).text((r) => r.tier.treatment);
  return 34 + rows.length * ROW;
}

/** A row's value label: share and count. */
function valueText(r: TierRow): string {
  return `${formatPercent(r.share)} (${formatCount(r.count)})`;
}

/** Width of a row's value label, px. */
function valueWidth(r: TierRow): number {
  return textWidth(valueText(r), FONT.small);
}

/** Whether a row's value label fits inside its bar. */
function fitsInside(r: TierRow, w: (s: number) => number): boolean {
  return valueWidth(r) + 12 < w(r.share);
}

/** Stacked area of tier shares per day; returns its height. */
function drawOverTime(g: G, model: PyramidModel, days: readonly TierDay[], width: number): number {
  keepLayers(g, []);
  putText(layer(g, 'title'), 'Importers by compliance tier over time', 0, 14, FONT.title, COLORS.ink);
  layer(g, 'title').select('text').attr('font-weight', 600);
  putText(layer(g, 'unit'), '% of importers, tier 1 at the bottom', 0, 32, FONT.small, COLORS.inkMuted);
  // Room for the longest direct label ("4 · decided not to comply 100.0%") unless the chart is narrow.
  const labelRoom = Math.max(...TIERS.map((t) => textWidth(`${t.tier} · ${t.name} 100.0%`, FONT.small))) + 14;
  const margin = { left: 48, right: Math.min(labelRoom, Math.round(width * 0.45)), top: 44 };
  const plotW = Math.max(80, width - margin.left - margin.right);
  const plotH = 200;
  const first = days[0]?.day ?? 1;
  const last = Math.max(days[days.length - 1]?.day ?? 1, first + 1);
  const x = scaleLinear().domain([first, last]).range([0, plotW]);
  const y = scaleLinear().domain([0, 1]).range([plotH, 0]);
  const plot = layer(g, 'plot').attr('transform', `translate(${margin.left},${margin.top})`);
  const series = stack<TierDay, number>().keys(TIERS.map((_, i) => i)).value((d, k) => d.shares[k] ?? 0)(days as TierDay[]);
  const shape = area<SeriesPoint<TierDay>>().x((p) => x(p.data.day)).y0((p) => y(p[0])).y1((p) => y(p[1]));
  layer(plot, 'areas').selectAll<SVGPathElement, Series<TierDay, number>>('path').data(series).join('path')
    .attr('d', (s) => shape(s) ?? '').attr('fill', (s) => TIERS[s.index]?.color ?? COLORS.neutral).attr('stroke', COLORS.paper);
  const base = model.baselineOverTime ? stack<TierDay, number>().keys(TIERS.map((_, i) => i).slice(0, -1)).value((d, k) => d.shares[k] ?? 0)(model.baselineOverTime as TierDay[]) : [];
  const edge = line<SeriesPoint<TierDay>>().x((p) => x(p.data.day)).y((p) => y(p[1]));
  layer(plot, 'baseline').selectAll<SVGPathElement, Series<TierDay, number>>('path').data(base).join('path')
    .attr('d', (s) => edge(s) ?? '').attr('fill', 'none').attr('stroke', COLORS.ink).attr('stroke-dasharray', DASH.baseline).attr('opacity', BASELINE_OPACITY);
  drawAxis(layer(plot, 'y-axis'), axisLeft(y).ticks(5).tickFormat((v) => tickPercent(Number(v))).tickSizeOuter(0));
  drawAxis(layer(plot, 'x-axis').attr('transform', `translate(0,${plotH})`), axisBottom(x).ticks(Math.max(2, Math.floor(plotW / 70))).tickFormat((v) => String(v)).tickSizeOuter(0));
  putText(layer(plot, 'x-label'), 'Day of run', plotW / 2, plotH + 34, FONT.small, COLORS.inkMuted, 'middle');
  const lastDay = days[days.length - 1];
  const mids = series.map((s) => { const p = s[s.length - 1]; return p ? y((p[0] + p[1]) / 2) : 0; });
  const ys = spreadLabels(mids, 16, 0, plotH);
  layer(plot, 'labels').selectAll<SVGTextElement, number>('text').data(TIERS.map((_, i) => i)).join('text')
    .attr('x', plotW + 8).attr('y', (i) => ys[i] ?? 0).attr('dy', '0.35em').attr('font-size', FONT.small).attr('fill', COLORS.ink)
    .text((i) => `${TIERS[i]!.tier} · ${TIERS[i]!.name} ${formatPercent(lastDay?.shares[i] ?? 0)}`);
  return margin.top + plotH + 44;
}
