/** Plain geometry records of the view's world space (world units; y grows downwards). */

/** A point. */
export interface Point {
  /** Horizontal position. */ readonly x: number;
  /** Vertical position. */ readonly y: number;
}

/** An axis-aligned rectangle. */
export interface Rect {
  /** Left edge. */ readonly x: number;
  /** Top edge. */ readonly y: number;
  /** Width. */ readonly width: number;
  /** Height. */ readonly height: number;
}

/** The smallest rectangle holding all of `rects` (a zero rectangle when there are none). */
export function unionRects(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x); y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width); y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Whether a point lies inside a rectangle (edges included). */
export function rectContains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
}
