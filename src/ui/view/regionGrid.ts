/**
 * Places the offices of entry as regions on a grid in world space: about square (columns =
 * ceil(sqrt(n))), row-major in scenario order, so four offices make a 2 x 2 grid.
 */
import type { Rect } from './geometry';
import { unionRects } from './geometry';

/** The regions of `count` offices of size `cellWidth` x `cellHeight`, `gap` apart, and their bounds. */
export function layoutRegions(count: number, cellWidth: number, cellHeight: number, gap: number): { regions: Rect[]; bounds: Rect } {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  const regions: Rect[] = [];
  for (let i = 0; i < count; i++) {
    const col = i % columns, row = Math.floor(i / columns);
    regions.push({ x: col * (cellWidth + gap), y: row * (cellHeight + gap), width: cellWidth, height: cellHeight });
  }
  return { regions, bounds: unionRects(regions) };
}
