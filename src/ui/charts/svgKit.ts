/**
 * Shared SVG building blocks of the charts: layers, styled axes, point shapes, lines with a
 * casing for light colours, direct labels and animated attribute updates. Everything is written
 * as presentation attributes (no CSS classes needed) so that exported SVG looks the same.
 */
import { interrupt, pathRound, select, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type Axis, type BaseType, type NumberValue, type Selection, type SymbolType } from 'd3';
import { COLORS, FONT, type MarkerShape } from './palette';

/** A `<g>` selection, the unit every drawing function works on. */
export type G = Selection<SVGGElement, unknown, null, undefined>;

/** Duration of transitions when motion is allowed, ms. */
export const MOTION_MS = 250;

/** Options every chart's draw function receives. */
export interface DrawOptions {
  /** Width available, px. */ readonly width: number;
  /** Whether to animate changes (false with reduced motion and for export). */ readonly animate: boolean;
}

/**
 * A chart drawn in steps: its frame (legend, layout) is drawn by the call that returns this, each
 * step then draws one part (a panel of small multiples). Steps can run in separate animation
 * frames, so no frame of a playing run holds a whole chart's redraw.
 */
export interface DrawSteps {
  /** Height of the chart once every step has run, px. */ readonly height: number;
  /** The parts still to draw, in order. */ readonly steps: readonly (() => void)[];
}

/** The `<g>` child of `parent` tagged `name`, created (appended in call order) if missing. */
export function layer(parent: G, name: string): G {
  const found = parent.select<SVGGElement>(`:scope > g[data-layer="${name}"]`);
  if (!found.empty()) return found;
  return parent.append('g').attr('data-layer', name);
}

/** Removes every layer of `parent` except `keep` (used when a chart switches between layouts). */
export function keepLayers(parent: G, keep: readonly string[]): void {
  parent.selectAll<SVGGElement, unknown>(':scope > g[data-layer]').filter(function () {
    return !keep.includes(this.getAttribute('data-layer') ?? '');
  }).remove();
}

/** What each axis layer was last drawn with (see drawAxis). */
const drawnAxes = new WeakMap<SVGGElement, string>();

/**
 * Calls `axis` on `g` and restyles it: 12 px text in the ink colour, light domain and ticks. With
 * a `key` (what the axis shows: ticks, labels, range), an axis already drawn with the same key is
 * left as it is: a policy change redraws every panel of a chart, most of whose axes do not move.
 */
export function drawAxis(g: G, axis: Axis<NumberValue>, key?: string): void {
  const node = g.node();
  if (key !== undefined && node !== null) {
    if (drawnAxes.get(node) === key) return;
    drawnAxes.set(node, key);
  }
  g.call(axis);
  g.attr('font-size', FONT.small).attr('font-family', null);
  g.selectAll('text').attr('fill', COLORS.inkMuted);
  g.selectAll('line').attr('stroke', '#8A939C');
  g.selectAll('path.domain').attr('stroke', '#8A939C');
}

/** Horizontal grid lines at `ys` across `width`. */
export function drawGrid(g: G, ys: readonly number[], width: number): void {
  g.selectAll('line')
    .data(ys)
    .join('line')
    .attr('x1', 0)
    .attr('x2', width)
    .attr('y1', (y) => y)
    .attr('y2', (y) => y)
    .attr('stroke', COLORS.grid)
    .attr('shape-rendering', 'crispEdges');
}

const SYMBOLS: Readonly<Record<Exclude<MarkerShape, 'none'>, SymbolType>> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
};

/** Path data of a point shape of `area` px² centred on 0, 0 (empty for `none`). */
export function markerPath(shape: MarkerShape, area = 40): string {
  return shape === 'none' ? '' : symbol(SYMBOLS[shape], area)() ?? '';
}

/**
 * Path data of point shapes of `area` px² centred on each of `centres` ([x, y] px), as one path:
 * a line's points drawn as one element instead of one translated element per point.
 */
export function markersPath(shape: MarkerShape, area: number, centres: readonly (readonly [number, number])[]): string {
  if (shape === 'none') return '';
  // Rounded as d3's own symbols are (three decimals): the same shape, shorter path data.
  const out = pathRound(3), type = SYMBOLS[shape];
  let dx = 0, dy = 0;
  // The symbol draws around 0, 0 through this context, which moves every point to the centre.
  const shifted = {
    moveTo: (x: number, y: number) => out.moveTo(x + dx, y + dy),
    lineTo: (x: number, y: number) => out.lineTo(x + dx, y + dy),
    arc: (x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean) => out.arc(x + dx, y + dy, r, a0, a1, ccw),
    rect: (x: number, y: number, w: number, h: number) => out.rect(x + dx, y + dy, w, h),
    closePath: () => out.closePath(),
  };
  for (const [x, y] of centres) {
    dx = x;
    dy = y;
    type.draw(shifted as unknown as CanvasPath, area);
  }
  return out.toString();
}

/** Writes a text element's common attributes: size, fill, anchor. */
export function textAttrs<D, P extends BaseType, PD>(
  sel: Selection<SVGTextElement, D, P, PD>,
  size: number = FONT.small,
  fill: string = COLORS.ink,
  anchor: 'start' | 'middle' | 'end' = 'start',
): Selection<SVGTextElement, D, P, PD> {
  return sel.attr('font-size', size).attr('fill', fill).attr('text-anchor', anchor);
}

/** Gives text a white halo (a stroke painted under the glyphs), so it reads over lines and bars it crosses. */
export function halo<D, P extends BaseType, PD>(sel: Selection<SVGTextElement, D, P, PD>): Selection<SVGTextElement, D, P, PD> {
  return sel.attr('stroke', COLORS.paper).attr('stroke-width', 3).attr('paint-order', 'stroke').attr('stroke-linejoin', 'round');
}

/** Makes `g` hold one text line at (x, y), updating the one it has (a chart redraws many times a second while a run plays). */
export function putText(g: G, text: string, x: number, y: number, size: number = FONT.small, fill: string = COLORS.ink, anchor: 'start' | 'middle' | 'end' = 'start'): void {
  g.selectChildren(':not(text)').remove();
  textAttrs(g.selectAll<SVGTextElement, number>(':scope > text').data([0]).join('text'), size, fill, anchor).attr('x', x).attr('y', y).text(text);
}

/** An attribute value or a function of the datum. */
export type AttrValue<D> = string | number | ((d: D, i: number) => string | number);

/** Sets attributes on `sel`, through a transition of {@link MOTION_MS} when `animate`. */
export function setAttrs<E extends SVGElement, D>(sel: Selection<E, D, SVGGElement, unknown>, animate: boolean, attrs: Readonly<Record<string, AttrValue<D>>>): void {
  if (!animate) {
    for (const [name, value] of Object.entries(attrs)) {
      if (typeof value === 'function') sel.attr(name, (d, i) => value(d, i));
      else sel.attr(name, value);
    }
    return;
  }
  const t = sel.transition().duration(MOTION_MS);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') t.attr(name, (d, i) => value(d, i));
    else t.attr(name, value);
  }
}

/**
 * Interrupts every transition below `root`; a redraw without animation then sets the final values.
 * `interrupt` is imported by name so the bundle keeps d3-transition, whose import adds
 * `selection.transition()` (d3's index is marked side-effect free, so a bare re-export is dropped).
 */
export function stopMotion(root: SVGElement): void {
  select(root).selectAll<SVGElement, unknown>('*').each(function () {
    interrupt(this);
  });
}
