/**
 * Chart legends drawn inside the SVG (so exports carry them): a short line sample with its dash
 * pattern and point shape, or a filled swatch, then the label, wrapping onto more rows when the
 * chart is narrow.
 */
import { select } from 'd3';
import { legendLayout, textWidth } from './labelLayout';
import { BASELINE_OPACITY, COLORS, DASH, FONT, type MarkerShape } from './palette';
import { markerPath, textAttrs, type G } from './svgKit';

/** One legend entry. */
export interface LegendItem {
  /** Text, e.g. `Current policy` or `Random 3 % (baseline)`. */ readonly label: string;
  /** Colour of the sample. */ readonly color: string;
  /** `line`: a stroke sample; `swatch`: a filled square. */ readonly kind: 'line' | 'swatch';
  /** Dash pattern of a line sample ('' for solid). */ readonly dash?: string;
  /** Outline under a light line colour. */ readonly casing?: string | null;
  /** Point shape in the middle of a line sample. */ readonly marker?: MarkerShape;
  /** Opacity of the sample (the baseline is faded). */ readonly opacity?: number;
}

/** The item each legend entry element shows, as JSON. */
const drawnItems = new WeakMap<Element, string>();

const SAMPLE = 30;
const ROW = 20;
const GAP = 18;

/** Draws `items` at the top of `g`, wrapping at `width`; returns the height used, px. */
export function drawLegend(g: G, items: readonly LegendItem[], width: number): number {
  const widths = items.map((it) => SAMPLE + 6 + textWidth(it.label, FONT.small));
  const { slots, rows } = legendLayout(widths, width, GAP);
  const entries = g.selectAll<SVGGElement, LegendItem>('g.legend-item').data(items).join('g').attr('class', 'legend-item');
  entries.attr('transform', (_, i) => `translate(${slots[i]!.x},${slots[i]!.row * ROW + ROW / 2})`);
  entries.each(function (item) {
    // An entry is redrawn only when its item changed (legends mostly stay the same from day to day).
    const key = JSON.stringify(item);
    if (drawnItems.get(this) === key) return;
    drawnItems.set(this, key);
    const e = select<SVGGElement, LegendItem>(this);
    e.selectAll('*').remove();
    const sample = e.append('g').attr('opacity', item.opacity ?? 1);
    if (item.kind === 'swatch') {
      sample.append('rect').attr('x', 8).attr('y', -7).attr('width', 14).attr('height', 14).attr('fill', item.color).attr('stroke', item.casing ?? 'none');
    } else {
      if (item.casing) sample.append('line').attr('x2', SAMPLE).attr('stroke', item.casing).attr('stroke-width', 4.5).attr('stroke-dasharray', item.dash ?? '');
      sample.append('line').attr('x2', SAMPLE).attr('stroke', item.color).attr('stroke-width', 2.5).attr('stroke-dasharray', item.dash ?? '');
      const marker = markerPath(item.marker ?? 'none');
      if (marker) sample.append('path').attr('d', marker).attr('transform', `translate(${SAMPLE / 2},0)`).attr('fill', item.color).attr('stroke', item.casing ?? COLORS.paper);
    }
    textAttrs(e.append('text'), FONT.small, COLORS.ink).attr('x', SAMPLE + 6).attr('dy', '0.35em').text(item.label);
  });
  return rows * ROW;
}

/** Legend entries of the two runs: the current run solid, the baseline dashed and faded. */
export function runLegendItems(currentLabel: string, baselineLabel: string | null): LegendItem[] {
  const items: LegendItem[] = [{ label: currentLabel, color: COLORS.ink, kind: 'line', dash: '' }];
  if (baselineLabel !== null) items.push({ label: `${baselineLabel} (baseline)`, color: COLORS.ink, kind: 'line', dash: DASH.baseline, opacity: BASELINE_OPACITY });
  return items;
}
