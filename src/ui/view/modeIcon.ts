/**
 * Small pictograms of the transport modes (ship, aircraft, parcel, lorry) drawn with Pixi v8
 * Graphics paths into a box; the office header always prints the mode's name beside them.
 */
import type { Graphics } from 'pixi.js';
import type { Rect } from './geometry';

/** Display names of the modes. */
export const MODE_LABELS: Readonly<Record<string, string>> = { sea: 'Sea', air: 'Air', express: 'Express', land: 'Land' };

/** Draws the pictogram of `mode` into `box` (unknown modes get a plain box) in `colour`. */
export function drawModeIcon(g: Graphics, mode: string, box: Rect, colour: number): void {
  const sx = box.width / 32, sy = box.height / 30;
  const X = (v: number): number => box.x + v * sx, Y = (v: number): number => box.y + v * sy;
  const poly = (pts: number[]): void => {
    g.poly(pts.map((v, i) => (i % 2 === 0 ? X(v) : Y(v))), true).fill(colour);
  };
  switch (mode) {
    case 'sea':
      poly([1, 17, 31, 17, 26, 26, 5, 26]);
      g.rect(X(7), Y(9), 6 * sx, 7 * sy).fill(colour);
      g.rect(X(14), Y(9), 6 * sx, 7 * sy).fill(colour);
      g.rect(X(21), Y(11), 5 * sx, 5 * sy).fill(colour);
      g.rect(X(6), Y(4), 3 * sx, 5 * sy).fill(colour);
      break;
    case 'air':
      g.roundRect(X(2), Y(13), 28 * sx, 4 * sy, 2 * sy).fill(colour);
      poly([12, 14, 20, 14, 11, 3, 8, 3]);
      poly([12, 16, 20, 16, 11, 27, 8, 27]);
      poly([2, 14, 6, 14, 4, 8, 1, 8]);
      break;
    case 'express':
      g.rect(X(5), Y(6), 22 * sx, 20 * sy).fill(colour);
      g.rect(X(15), Y(6), 2 * sx, 20 * sy).fill(0xffffff);
      g.rect(X(5), Y(12), 22 * sx, 2 * sy).fill(0xffffff);
      break;
    case 'land':
      g.rect(X(1), Y(7), 19 * sx, 14 * sy).fill(colour);
      poly([21, 11, 27, 11, 31, 16, 31, 21, 21, 21]);
      g.circle(X(7), Y(24), 3 * sy).fill(colour);
      g.circle(X(25), Y(24), 3 * sy).fill(colour);
      break;
    default:
      g.rect(X(4), Y(4), 24 * sx, 22 * sy).stroke({ width: 2, color: colour });
  }
}
