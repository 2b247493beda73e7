/**
 * Geometry of the consignment glyphs, shared by the canvas texture (Pixi) and the SVG legend so
 * both draw the same shapes. Coordinates are in units of the glyph radius, centred on 0, y down.
 */
import type { GlyphName } from './consignmentGlyph';

/** A glyph outline: a circle, or a closed polygon as flat [x0, y0, x1, y1, ...] in radius units. */
export type GlyphGeometry =
  | { readonly kind: 'circle'; readonly hollow: boolean }
  | { readonly kind: 'polygon'; readonly points: readonly number[]; readonly hollow: boolean };

/** The subset of CanvasRenderingContext2D / Path2D that tracing a glyph needs. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  closePath(): void;
}

/** Points of a regular star with `spikes` outer points, inner radius `inner` (radius units). */
function starPoints(spikes: number, inner: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < spikes * 2; k++) {
    const r = k % 2 === 0 ? 1.12 : inner;
    const a = -Math.PI / 2 + (k * Math.PI) / spikes;
    out.push(round3(r * Math.cos(a)), round3(r * Math.sin(a)));
  }
  return out;
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

// Areas are roughly matched (square side 1.6 r, triangle a little larger) so no shape looks heavier.
const SQUARE = [-0.82, -0.82, 0.82, -0.82, 0.82, 0.82, -0.82, 0.82];
const TRIANGLE = [0, -1.1, 1.05, 0.8, -1.05, 0.8];

const GEOMETRY: Readonly<Record<GlyphName, GlyphGeometry>> = {
  circle: { kind: 'circle', hollow: false },
  square: { kind: 'polygon', points: SQUARE, hollow: false },
  triangle: { kind: 'polygon', points: TRIANGLE, hollow: false },
  star: { kind: 'polygon', points: starPoints(5, 0.5), hollow: false },
  hollowSquare: { kind: 'polygon', points: SQUARE, hollow: true },
};

/** The outline of a glyph. */
export function glyphGeometry(glyph: GlyphName): GlyphGeometry {
  return GEOMETRY[glyph];
}

/** Traces a glyph of radius `r` centred on (cx, cy) into a canvas context or Path2D (no fill or stroke). */
export function traceGlyph(sink: PathSink, glyph: GlyphName, cx: number, cy: number, r: number): void {
  const g = GEOMETRY[glyph];
  if (g.kind === 'circle') {
    sink.moveTo(cx + r, cy);
    sink.arc(cx, cy, r, 0, Math.PI * 2);
    sink.closePath();
    return;
  }
  const p = g.points;
  sink.moveTo(cx + p[0] * r, cy + p[1] * r);
  for (let k = 2; k < p.length; k += 2) sink.lineTo(cx + p[k] * r, cy + p[k + 1] * r);
  sink.closePath();
}

/** An SVG path (`d` attribute) for a glyph of radius `r` centred on (cx, cy). */
export function glyphSvgPath(glyph: GlyphName, cx: number, cy: number, r: number): string {
  const g = GEOMETRY[glyph];
  const f = (v: number): string => String(Math.round(v * 100) / 100);
  if (g.kind === 'circle') {
    return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
  }
  const p = g.points;
  let d = `M${f(cx + p[0] * r)} ${f(cy + p[1] * r)}`;
  for (let k = 2; k < p.length; k += 2) d += `L${f(cx + p[k] * r)} ${f(cy + p[k + 1] * r)}`;
  return `${d}Z`;
}
