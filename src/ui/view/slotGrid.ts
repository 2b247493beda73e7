/**
 * Slots for glyphs in a rectangle: a crowd waiting in front of a station fills column by column
 * from the station side (so the queue grows away from the desk); an exit cluster fills row by row
 * from the top left. Slot numbers beyond the capacity wrap around (crowds) or are aggregated into
 * a count by the caller (exit clusters).
 */
import type { Rect } from './geometry';

/** Fill order of a slot grid. */
export type SlotOrder = 'rows' | 'columnsFromRight';

/** A grid of glyph slots. */
export interface SlotGrid {
  /** Centre of the first column. */ readonly x0: number;
  /** Centre of the first row. */ readonly y0: number;
  /** Columns (at least 1). */ readonly cols: number;
  /** Rows (at least 1). */ readonly rows: number;
  /** Distance between slot centres. */ readonly spacing: number;
  /** Fill order. */ readonly order: SlotOrder;
}

/** The grid of `spacing`-sized slots fitting in `rect`, centred in it. */
export function slotGrid(rect: Rect, spacing: number, order: SlotOrder): SlotGrid {
  const cols = Math.max(1, Math.floor(rect.width / spacing));
  const rows = Math.max(1, Math.floor(rect.height / spacing));
  const x0 = rect.x + (rect.width - (cols - 1) * spacing) / 2;
  const y0 = rect.y + (rect.height - (rows - 1) * spacing) / 2;
  return { x0, y0, cols, rows, spacing, order };
}

/** Number of slots. */
export function slotCapacity(g: SlotGrid): number {
  return g.cols * g.rows;
}

/** Slot `k` taken modulo the capacity (negative numbers wrap too). */
function wrap(g: SlotGrid, k: number): number {
  const cap = g.cols * g.rows;
  return ((k % cap) + cap) % cap;
}

/** X of the centre of slot `k` (no allocation: called once per consignment and station). */
export function slotX(g: SlotGrid, k: number): number {
  const s = wrap(g, k);
  const col = g.order === 'rows' ? s % g.cols : g.cols - 1 - Math.floor(s / g.rows);
  return g.x0 + col * g.spacing;
}

/** Y of the centre of slot `k`. */
export function slotY(g: SlotGrid, k: number): number {
  const s = wrap(g, k);
  const row = g.order === 'rows' ? Math.floor(s / g.cols) : s % g.rows;
  return g.y0 + row * g.spacing;
}
