/**
 * Where the operating-point labels of the detection curve go: each run's name over its numbers,
 * beside its point and inside the plot, clear of the other point, the other run's label and the
 * chart's fixed labels; moved up or down the side of its point when the space beside it is
 * taken, with a leader line back to the point then. Pure; text widths are estimated.
 */
import { formatPercent } from './chartFormat';
import { placeBox, textWidth, truncateText, type LabelBox } from './labelLayout';

/** A run's operating point on the plot. */
export interface OperatingPointInput {
  /** Stable key (`current`, `baseline`). */ readonly key: string;
  /** Run label. */ readonly name: string;
  /** Position, px from the plot's top-left corner. */ readonly px: number;
  /** Position, px from the plot's top edge. */ readonly py: number;
  /** Share of declarations inspected (fraction). */ readonly inspected: number;
  /** Share of non-compliant declarations detected (fraction). */ readonly detected: number;
}

/** A placed label. */
export interface OperatingLabel {
  /** The point's key. */ readonly key: string;
  /** Lines of text, top to bottom. */ readonly lines: readonly string[];
  /** Where the text goes. */ readonly box: LabelBox;
  /** End of a leader line from the point, or null when the label sits level with its point. */ readonly leader: { readonly x: number; readonly y: number } | null;
}

/** Line height of the labels, px. */
export const LINE_HEIGHT = 14;
/** Radius kept clear around each point's marker, px. */
const MARKER_RADIUS = 7;
/** Space between a marker and its label, px. */
const PAD = 5;
/** Vertical step when looking for free space above or below, px. */
const STEP = 6;
/** Least space between labels, px (widths are estimates). */
const GAP = 4;

/** The label's lines: the name (cut to fit), then the two numbers on one line, or on two when one is too wide. */
export function operatingLabelLines(name: string, inspected: number, detected: number, maxWidth: number, fontSize: number): string[] {
  const numbers = `${formatPercent(inspected)} inspected, ${formatPercent(detected)} detected`;
  const head = truncateText(name, maxWidth, fontSize);
  if (textWidth(numbers, fontSize) <= maxWidth) return [head, numbers];
  return [head, `${formatPercent(inspected)} inspected`, `${formatPercent(detected)} detected`];
}

/**
 * Candidate boxes for a point's label, nearest first: level with it right and left, then ever
 * further up and down; then, for a plot too narrow for the label beside the point, under and over
 * it (as far left or right as the plot allows), ever further away.
 */
function candidates(p: OperatingPointInput, width: number, height: number, plotW: number, reach: number): LabelBox[] {
  const right = p.px + MARKER_RADIUS + PAD;
  const left = p.px - MARKER_RADIUS - PAD - width;
  const out: LabelBox[] = [];
  for (let k = 0; k * STEP <= reach; k++) {
    for (const x of [right, left]) {
      for (const dy of k === 0 ? [0] : [-k * STEP, k * STEP]) out.push({ x, y: p.py - height / 2 + dy, width, height });
    }
  }
  const x = Math.max(0, Math.min(plotW - width, p.px - width / 2));
  for (let k = 0; k * STEP <= reach; k++) {
    out.push({ x, y: p.py + MARKER_RADIUS + PAD + k * STEP, width, height });
    out.push({ x, y: p.py - MARKER_RADIUS - PAD - height - k * STEP, width, height });
  }
  return out;
}

/**
 * Labels for `points` (placed in order, so the first gets the nearest free space) inside a plot
 * `plotW` x `plotH` px, clear of the boxes in `fixed` (other text of the chart).
 */
export function placeOperatingLabels(points: readonly OperatingPointInput[], plotW: number, plotH: number, fixed: readonly LabelBox[], fontSize: number): OperatingLabel[] {
  const bounds = { x: 0, y: 0, width: plotW, height: plotH };
  const markers = points.map((p) => ({ x: p.px - MARKER_RADIUS, y: p.py - MARKER_RADIUS, width: 2 * MARKER_RADIUS, height: 2 * MARKER_RADIUS }));
  const taken: LabelBox[] = [...fixed, ...markers];
  return points.map((p) => {
    const lines = operatingLabelLines(p.name, p.inspected, p.detected, plotW - 2 * (MARKER_RADIUS + PAD), fontSize);
    const width = Math.max(...lines.map((l) => textWidth(l, fontSize)));
    const height = lines.length * LINE_HEIGHT;
    const box = placeBox(candidates(p, width, height, plotW, plotH), bounds, taken, GAP);
    taken.push(box);
    const level = p.py >= box.y && p.py <= box.y + box.height;
    const beside = box.x >= p.px || box.x + box.width <= p.px;
    // A leader to the box's near side, or to its top or bottom edge when the box is under or over the point.
    const leader = level ? null : beside
      ? { x: box.x >= p.px ? box.x - 2 : box.x + box.width + 2, y: Math.max(box.y + 4, Math.min(box.y + box.height - 4, p.py)) }
      : { x: Math.max(box.x + 4, Math.min(box.x + box.width - 4, p.px)), y: box.y > p.py ? box.y - 2 : box.y + box.height + 2 };
    return { key: p.key, lines, box, leader };
  });
}
