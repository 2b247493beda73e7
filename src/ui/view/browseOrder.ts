/**
 * Keyboard browsing of the sampled consignments on the canvas: an order by office, lane and
 * arrival, with groups (one office's lane) to jump between, since the few inspected consignments
 * would otherwise sit behind thousands of green ones.
 */
import type { ConsignmentView } from '../../sim';
import { laneIndexOf } from './palette';

/** Sample indices in browsing order, with group boundaries. */
export interface BrowseOrder {
  /** Sample index at each browsing position. */ readonly order: Int32Array;
  /** Browsing position of the first member of each position's group. */ readonly groupStart: Int32Array;
  /** Browsing position of each sample index. */ readonly positionOf: Int32Array;
}

/** A browsing step. */
export type BrowseStep = 'next' | 'previous' | 'nextGroup' | 'previousGroup' | 'first' | 'last';

/** The browsing order of a sample: office, then lane (green, yellow, red, blue), then arrival hour. */
export function browseOrder(sample: readonly Pick<ConsignmentView, 'office' | 'lane' | 'arrivalHour'>[]): BrowseOrder {
  const n = sample.length;
  // Keys are computed once (the comparator runs n log n times).
  const group = new Int32Array(n), hour = new Float64Array(n);
  for (let i = 0; i < n; i++) { group[i] = sample[i].office * 4 + laneIndexOf(sample[i].lane); hour[i] = sample[i].arrivalHour; }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => group[a] - group[b] || hour[a] - hour[b] || a - b);
  const groupStart = new Int32Array(n), positionOf = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    groupStart[p] = p > 0 && group[order[p]] === group[order[p - 1]] ? groupStart[p - 1] : p;
    positionOf[order[p]] = p;
  }
  return { order, groupStart, positionOf };
}

/**
 * The browsing position after `step` from position `pos` (-1: nothing selected yet), wrapping at
 * the ends; -1 when the sample is empty.
 */
export function stepBrowse(b: BrowseOrder, pos: number, step: BrowseStep): number {
  const n = b.order.length;
  if (n === 0) return -1;
  if (pos < 0 || pos >= n) return step === 'previous' || step === 'previousGroup' || step === 'last' ? n - 1 : 0;
  switch (step) {
    case 'first': return 0;
    case 'last': return n - 1;
    case 'next': return (pos + 1) % n;
    case 'previous': return (pos - 1 + n) % n;
    case 'nextGroup': {
      let p = pos;
      while (p < n && b.groupStart[p] === b.groupStart[pos]) p++;
      return p < n ? p : 0;
    }
    case 'previousGroup': {
      const start = b.groupStart[pos];
      return start > 0 ? b.groupStart[start - 1] : b.groupStart[n - 1];
    }
  }
}

/** The browsing step of a keyboard key (arrows, Home, End), or null for other keys. */
export function browseStepOfKey(key: string): BrowseStep | null {
  switch (key) {
    case 'ArrowRight': return 'next';
    case 'ArrowLeft': return 'previous';
    case 'ArrowDown': return 'nextGroup';
    case 'ArrowUp': return 'previousGroup';
    case 'Home': return 'first';
    case 'End': return 'last';
    default: return null;
  }
}
