/** Hit testing of consignment glyphs without Pixi's event system: nearest visible glyph in a radius. */

/**
 * Index of the visible point nearest to (x, y) within `radius`, or -1. Linear scan over `count`
 * points (a few thousand, once per pointer move: well under a millisecond).
 */
export function pickNearest(xs: Float32Array, ys: Float32Array, visible: Uint8Array, count: number, x: number, y: number, radius: number): number {
  let best = -1, bestD = radius * radius;
  for (let i = 0; i < count; i++) {
    if (visible[i] === 0) continue;
    const dx = xs[i] - x, dy = ys[i] - y, d = dx * dx + dy * dy;
    if (d <= bestD) { bestD = d; best = i; }
  }
  return best;
}
