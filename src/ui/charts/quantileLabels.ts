/**
 * Where the median and 95th-percentile labels of a histogram panel go: the median's left of its
 * rule and the 95th's right of its rule where they fit, each flipped to the other side near an
 * edge; when the two would still collide (close quantiles, as in the green lane where both are
 * minutes apart on a log axis of years) they become one label, `median 10 min · 95th 15 min`.
 * Pure: positions come from the scale, widths are estimated.
 */
import { besideMark, spansCollide, textWidth } from './labelLayout';

/** A quantile rule: its position on the plot and its label. */
export interface QuantileMark {
  /** Position, px from the plot's left edge. */ readonly x: number;
  /** Label, e.g. `median 10 min`. */ readonly text: string;
}

/** A placed label, drawn left-aligned at `left` above the plot. */
export interface QuantileLabel {
  /** Stable key: `p50`, `p95` or `both`. */ readonly key: 'p50' | 'p95' | 'both';
  /** Text. */ readonly text: string;
  /** Left edge, px from the plot's left edge. */ readonly left: number;
  /** Estimated width, px. */ readonly width: number;
}

/** Space between a rule and its label, px. */
const PAD = 4;
/** Least space between two labels, px (widths are estimates). */
const GAP = 10;

/** The labels of the median and 95th-percentile rules inside a plot `plotW` px wide. */
export function quantileLabels(p50: QuantileMark, p95: QuantileMark, plotW: number, fontSize: number): QuantileLabel[] {
  const w50 = textWidth(p50.text, fontSize);
  const w95 = textWidth(p95.text, fontSize);
  const a = besideMark(p50.x, p50.x, w50, 'left', 0, plotW, PAD);
  const b = besideMark(p95.x, p95.x, w95, 'right', 0, plotW, PAD);
  if (!spansCollide(a, b, GAP)) return [{ key: 'p50', text: p50.text, left: a.left, width: w50 }, { key: 'p95', text: p95.text, left: b.left, width: w95 }];
  const text = `${p50.text} · ${p95.text}`;
  const width = textWidth(text, fontSize);
  const both = besideMark(Math.min(p50.x, p95.x), Math.max(p50.x, p95.x), width, 'right', 0, plotW, PAD);
  return [{ key: 'both', text, left: both.left, width }];
}
