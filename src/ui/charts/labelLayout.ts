/**
 * Pure layout helpers for chart text: keeping direct labels apart, thinning ticks that would
 * collide, wrapping legend items and estimating text width without measuring the DOM (charts are
 * also drawn detached, for export, where nothing can be measured).
 */

/**
 * Glyph widths of the UI font relative to its size, by class of character: sized after DejaVu
 * Sans, the widest of the usual system sans-serifs (Chromium's default on Debian), so that
 * estimates err on the wide side on other systems.
 */
const GLYPH_WIDTH = 0.62;
const NARROW_WIDTH = 0.35;
const CAPITAL_WIDTH = 0.72;
const WIDE_WIDTH = 0.98;
const NARROW = new Set(" .,:;'|!()[]ijlftrI·-");
const WIDE = new Set('mwMW%@—…');

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) {
    em += NARROW.has(c) ? NARROW_WIDTH : WIDE.has(c) ? WIDE_WIDTH : c >= 'A' && c <= 'Z' ? CAPITAL_WIDTH : GLYPH_WIDTH;
  }
  return em * fontSize;
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

/** A label's horizontal extent, px. */
export interface LabelSpan {
  /** Left edge, px. */ readonly left: number;
  /** Right edge, px. */ readonly right: number;
}

/**
 * Where a label `width` px wide goes beside a mark spanning [`markLeft`, `markRight`] (one x for
 * a rule), `pad` px from it: on the `prefer`red side when it fits within [low, high], else on the
 * other side when that fits, else shifted to fit (from `low` when it is wider than the range).
 */
export function besideMark(markLeft: number, markRight: number, width: number, prefer: 'left' | 'right', low: number, high: number, pad: number): LabelSpan {
  const right = { left: markRight + pad, right: markRight + pad + width };
  const left = { left: markLeft - pad - width, right: markLeft - pad };
  const fits = (s: LabelSpan): boolean => s.left >= low && s.right <= high;
  for (const s of prefer === 'right' ? [right, left] : [left, right]) if (fits(s)) return s;
  const start = Math.max(low, Math.min(high - width, prefer === 'right' ? right.left : left.left));
  return { left: start, right: start + width };
}

/** Whether two spans come closer than `gap` px (or overlap). */
export function spansCollide(a: LabelSpan, b: LabelSpan, gap: number): boolean {
  return a.left < b.right + gap && b.left < a.right + gap;
}

/** The first of `wordings` (longest first) whose estimated width fits `maxWidth` at `fontSize` px; else the last, cut to fit. */
export function fitText(wordings: readonly string[], maxWidth: number, fontSize: number): string {
  for (const w of wordings) if (textWidth(w, fontSize) <= maxWidth) return w;
  return truncateText(wordings[wordings.length - 1] ?? '', maxWidth, fontSize);
}

/** `text` cut with an ellipsis to fit `maxWidth` at `fontSize` px (unchanged when it fits). */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let chars = text.length;
  while (chars > 0 && textWidth(`${text.slice(0, chars).trimEnd()}…`, fontSize) > maxWidth) chars--;
  return `${text.slice(0, chars).trimEnd()}…`;
}

/** A label's box, px: top-left corner and size. */
export interface LabelBox {
  /** Left edge. */ readonly x: number;
  /** Top edge. */ readonly y: number;
  /** Width. */ readonly width: number;
  /** Height. */ readonly height: number;
}

/** Area two boxes share when each is grown by `gap` / 2 on every side (0 when they are `gap` apart or more). */
export function boxOverlap(a: LabelBox, b: LabelBox, gap = 0): number {
  const w = Math.min(a.x + a.width, b.x + b.width) + gap - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) + gap - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether `box` lies inside `bounds`. */
export function boxInside(box: LabelBox, bounds: LabelBox): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

/**
 * The first of `candidates` (in order of preference) inside `bounds` and at least `gap` px from
 * every box `taken`; when none is, the candidate inside `bounds` that overlaps them least; when
 * none is inside, the first moved into `bounds` (from its top-left when larger).
 */
export function placeBox(candidates: readonly LabelBox[], bounds: LabelBox, taken: readonly LabelBox[], gap: number): LabelBox {
  let best: LabelBox | null = null;
  let bestOverlap = Infinity;
  for (const c of candidates) {
    if (!boxInside(c, bounds)) continue;
    const overlap = taken.reduce((sum, t) => sum + boxOverlap(c, t, gap), 0);
    if (overlap === 0) return c;
    if (overlap < bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  if (best) return best;
  const first = candidates[0] ?? { x: bounds.x, y: bounds.y, width: 0, height: 0 };
  return {
    ...first,
    x: Math.max(bounds.x, Math.min(bounds.x + bounds.width - first.width, first.x)),
    y: Math.max(bounds.y, Math.min(bounds.y + bounds.height - first.height, first.y)),
  };
}
