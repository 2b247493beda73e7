/**
 * Pure layout helpers for chart text: keeping direct labels apart, thinning ticks that would
 * collide, wrapping legend items and estimating text width without measuring the DOM (charts are
 * also drawn detached, for export, where nothing can be measured).
 */

/** Average glyph width of the UI font relative to its size (system sans-serif, mixed text). */
const GLYPH_WIDTH = 0.6;

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH_WIDTH;
}

/**
 * Moves label positions (y, in px) as little as possible so that neighbours are at least
 * `minGap` apart and all stay within [low, high] when they fit. Returns positions in input order.
 */
export function spreadLabels(positions: readonly number[], minGap: number, low: number, high: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const placed = order.map((o) => Math.min(high, Math.max(low, o.p)));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + minGap);
  const overflow = (placed[placed.length - 1] ?? high) - high;
  if (overflow > 0) {
    placed[placed.length - 1] = high;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - minGap);
  }
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => {
    out[o.i] = placed[k]!;
  });
  return out;
}

/**
 * Keeps the values whose positions are at least `minGap` px from the previously kept one, in
 * order; the first value is always kept and the last is preferred over its neighbour.
 */
export function spacedTicks<T>(values: readonly T[], position: (v: T) => number, minGap: number): T[] {
  const kept: T[] = [];
  for (const v of values) {
    const prev = kept[kept.length - 1];
    if (prev === undefined || Math.abs(position(v) - position(prev)) >= minGap) kept.push(v);
  }
  const last = values[values.length - 1];
  if (last !== undefined && kept[kept.length - 1] !== last && kept.length > 1) {
    const before = kept[kept.length - 2]!;
    if (Math.abs(position(last) - position(before)) >= minGap) kept[kept.length - 1] = last;
  }
  return kept;
}

/** Where a legend item goes. */
export interface LegendSlot {
  /** Left, px. */ readonly x: number;
  /** Row index (0-based). */ readonly row: number;
}

/** Places items of the given widths left to right, wrapping at `maxWidth`, `gap` px apart. */
export function legendLayout(widths: readonly number[], maxWidth: number, gap: number): { slots: LegendSlot[]; rows: number } {
  const slots: LegendSlot[] = [];
  let x = 0;
  let row = 0;
  for (const w of widths) {
    if (x > 0 && x + w > maxWidth) {
      row++;
      x = 0;
    }
    slots.push({ x, row });
    x += w + gap;
  }
  return { slots, rows: widths.length === 0 ? 0 : row + 1 };
}

/** About `count` indices spread evenly over `n` points (both ends excluded), for markers along a line. */
export function markerIndices(n: number, count: number): number[] {
  if (n <= 0 || count <= 0) return [];
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  const step = n / count;
  return Array.from({ length: count }, (_, k) => Math.min(n - 1, Math.floor(step * (k + 0.5))));
}
