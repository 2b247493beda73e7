import { describe, expect, it } from 'vitest';
import { slotCapacity, slotGrid, slotX, slotY } from '../../../src/ui/view/slotGrid';

describe('slotGrid', () => {
  const rect = { x: 0, y: 0, width: 30, height: 20 };
  it('fits whole slots, centred', () => {
    const g = slotGrid(rect, 10, 'rows');
    expect([g.cols, g.rows, slotCapacity(g)]).toEqual([3, 2, 6]);
    expect([slotX(g, 0), slotY(g, 0)]).toEqual([5, 5]);
  });
  it('fills exit clusters row by row from the top left', () => {
    const g = slotGrid(rect, 10, 'rows');
    expect([0, 1, 2, 3].map((k) => [slotX(g, k), slotY(g, k)])).toEqual([[5, 5], [15, 5], [25, 5], [5, 15]]);
  });
  it('fills crowds column by column from the right', () => {
    const g = slotGrid(rect, 10, 'columnsFromRight');
    expect([0, 1, 2].map((k) => [slotX(g, k), slotY(g, k)])).toEqual([[25, 5], [25, 15], [15, 5]]);
  });
  it('wraps slot numbers beyond the capacity', () => {
    const g = slotGrid(rect, 10, 'rows');
    expect([slotX(g, 7), slotY(g, 7)]).toEqual([slotX(g, 1), slotY(g, 1)]);
  });
  it('has at least one slot in a tiny rectangle', () => {
    expect(slotCapacity(slotGrid({ x: 0, y: 0, width: 2, height: 2 }, 10, 'rows'))).toBe(1);
  });
});
