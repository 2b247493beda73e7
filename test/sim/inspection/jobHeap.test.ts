import { describe, expect, it } from 'vitest';
import { createJobHeap } from '../../../src/sim/inspection/jobHeap';
import { mulberry32 } from '../support/stats';

type Entry = readonly [id: number, first: number, second: number];

/** The reference order: first key, then second, then id. */
const byKeys = (x: Entry, y: Entry): number => x[1] - y[1] || x[2] - y[2] || x[0] - y[0];

describe('jobHeap', () => {
  it('pops in (first, second, id) order under random pushes and pops, with many ties', () => {
    for (let trial = 0; trial < 30; trial++) {
      const rnd = mulberry32(500 + trial);
      const heap = createJobHeap(1); // grows by doubling from one slot
      const model = new Map<number, Entry>();
      for (let step = 0; step < 3000; step++) {
        if (rnd() < 0.55) {
          const id = Math.floor(rnd() * 4000);
          if (model.has(id)) continue;
          // Few distinct keys, negative ones too (the priority discipline stores -priority).
          const entry: Entry = [id, Math.floor(rnd() * 6) - 3, Math.floor(rnd() * 4)];
          model.set(id, entry);
          heap.push(...entry);
        } else {
          const want = [...model.values()].sort(byKeys)[0];
          expect(heap.peek()).toBe(want ? want[0] : -1);
          expect(heap.peekFirst()).toBe(want ? want[1] : Infinity);
          expect(heap.pop()).toBe(want ? want[0] : -1);
          if (want) model.delete(want[0]);
        }
        expect(heap.size()).toBe(model.size);
        if (step % 97 === 0) {
          const x = Math.floor(rnd() * 6) - 3.5;
          expect(heap.countFirstAbove(x)).toBe([...model.values()].filter((e) => e[1] > x).length);
        }
      }
      const drained: number[] = [];
      for (let id = heap.pop(); id >= 0; id = heap.pop()) drained.push(id);
      expect(drained).toEqual([...model.values()].sort(byKeys).map((e) => e[0]));
    }
  });

  it('sorts fractional keys like Array.prototype.sort and is empty afterwards', () => {
    const rnd = mulberry32(7);
    const entries: Entry[] = Array.from({ length: 5000 }, (_, id) => [id, rnd(), rnd()]);
    const heap = createJobHeap();
    for (const e of entries) heap.push(...e);
    const out: number[] = [];
    while (heap.size() > 0) out.push(heap.pop());
    expect(out).toEqual([...entries].sort(byKeys).map((e) => e[0]));
    expect(heap.pop()).toBe(-1);
    expect(heap.peek()).toBe(-1);
  });
});
