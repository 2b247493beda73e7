/**
 * A row of unit figures in a station box: one small person (or scanner gate) per unit on duty,
 * busy ones filled in the lane colour, idle ones hollow, so busy and idle differ in fill and not
 * in colour alone. Drawn with Pixi v8 Graphics (shape, then fill/stroke).
 */
import type { Graphics } from 'pixi.js';
import type { LaneName, QueueView } from '../../sim';
import { INK, LANE_COLOURS } from './palette';
import { unitFigures } from './unitFigures';

/** Height of one figure row, world units. */
export const FIGURE_ROW_HEIGHT = 16;
/** Horizontal distance between figures, world units. */
export const FIGURE_SPACING = 11;

/**
 * Draws the figures of queue `q` from (x, y) within `width`; `dimmed` fades them (a screening the
 * office does not use). Returns the units not drawn and where their "+n" label goes.
 */
export function drawFigureRow(g: Graphics, q: QueueView, x: number, y: number, width: number, lane: LaneName, glyph: 'person' | 'machine', dimmed: boolean): { extra: number; x: number } {
  const f = unitFigures(q, Math.max(1, Math.floor(width / FIGURE_SPACING)));
  const colour = LANE_COLOURS[lane], alpha = dimmed ? 0.35 : 1;
  for (let k = 0; k < f.shown; k++) {
    const cx = x + 5 + k * FIGURE_SPACING, busy = k < f.busy;
    if (glyph === 'person') {
      g.circle(cx, y + 3, 2.6);
      g.roundRect(cx - 3.6, y + 6.5, 7.2, 7.5, 2);
    } else {
      g.rect(cx - 4, y + 1, 8, 12);
    }
    if (busy) g.fill({ color: colour, alpha }).stroke({ width: 1, color: INK.outline, alpha });
    else g.stroke({ width: 1, color: INK.muted, alpha });
  }
  return { extra: f.extra, x: x + 5 + f.shown * FIGURE_SPACING - 3 };
}
