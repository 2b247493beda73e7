import { describe, expect, it } from 'vitest';
import { createBinaryHeap } from '../../../src/sim/inspection/binaryHeap';
import { mulberry32 } from '../support/stats';


/** Reference order: by key, ties by id (the same rule the comparator below implements). */
function expectedMin(model: Map<number, number>): number {
  let best = -1;
  let bestKey = Infinity;
  for (const [id, key] of model) {
    if (key < bestKey || (key === bestKey && id < best)) { best = id; bestKey = key; }
  }
  return best;
}

describe('binaryHeap', () => {
  it('pops in the same order as sorting, under random pushes, pops, removals and key updates', () => {
    for (let trial = 0; trial < 40; trial++) {
      const rnd = mulberry32(1000 + trial);
      const maxId = trial % 2 === 0 ? 64 : 5000; // small ids reuse slots; large ids force index growth
      const key = new Float64Array(maxId);
      const heap = createBinaryHeap((a, b) => key[a] - key[b] || a - b, 1);
      const model = new Map<number, number>();
      for (let step = 0; step < 3000; step++) {
        const r = rnd();
        if (r < 0.5) {
          const id = Math.floor(rnd() * maxId);
          if (model.has(id)) continue;
          // Few distinct keys so that ties (broken by id) are common.
          key[id] = Math.floor(rnd() * 20);
          model.set(id, key[id]);
          heap.push(id);
        } else if (r < 0.8) {
          const want = expectedMin(model);
          expect(heap.peek()).toBe(want);
          expect(heap.pop()).toBe(want);
          model.delete(want);
        } else if (r < 0.9) {
          const id = Math.floor(rnd() * maxId);
          expect(heap.remove(id)).toBe(model.has(id));
          model.delete(id);
        } else {
          const id = Math.floor(rnd() * maxId);
          if (!model.has(id)) continue;
          key[id] = Math.floor(rnd() * 20);
          model.set(id, key[id]);
          heap.update(id);
        }
        expect(heap.size()).toBe(model.size);
      }
      // Drain: must equal the model sorted by (key, id).
      const sorted = [...model.entries()].sort((x, y) => x[1] - y[1] || x[0] - y[0]).map((e) => e[0]);
      const drained: number[] = [];
      for (let id = heap.pop(); id >= 0; id = heap.pop()) drained.push(id);
      expect(drained).toEqual(sorted);
      expect(heap.size()).toBe(0);
    }
  });

  it('sorts a random array like Array.prototype.sort', () => {
    const rnd = mulberry32(7);
    const n = 10_000;
    const key = new Float64Array(n);
    for (let i = 0; i < n; i++) key[i] = rnd();
    const heap = createBinaryHeap((a, b) => key[a] - key[b]);
    // Push in a shuffled id order so that the heap cannot benefit from sorted input.
    const ids = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    for (const id of ids) heap.push(id);
    const out: number[] = [];
    while (heap.size() > 0) out.push(key[heap.pop()]);
    expect(out).toEqual(Array.from(key).sort((a, b) => a - b));
  });

  it('keeps positions of queued ids while its index grows', () => {
    const n = 1000;
    const key = new Float64Array(n);
    for (let i = 0; i < n; i++) key[i] = (i * 7919) % n; // a permutation of 0..n-1
    const heap = createBinaryHeap((a, b) => key[a] - key[b], 1);
    // Ascending ids make the index grow (by doubling) while many ids are already queued.
    for (let i = 0; i < n; i++) heap.push(i);
    for (let i = 0; i < n; i++) expect(heap.has(i)).toBe(true);
    for (let i = 0; i < n; i += 2) expect(heap.remove(i)).toBe(true);
    const out: number[] = [];
    for (let id = heap.pop(); id >= 0; id = heap.pop()) out.push(id);
    const odd = Array.from({ length: n / 2 }, (_, k) => 2 * k + 1);
    expect(out).toEqual(odd.sort((x, y) => key[x] - key[y]));
  });

  it('reports membership, handles the empty heap, clear and invalid ids', () => {
    const key = [3, 1, 2];
    const heap = createBinaryHeap((a, b) => key[a] - key[b]);
    expect(heap.pop()).toBe(-1);
    expect(heap.peek()).toBe(-1);
    heap.push(0);
    heap.push(2);
    expect(heap.has(0)).toBe(true);
    expect(heap.has(1)).toBe(false);
    expect(heap.has(99)).toBe(false);
    expect(() => heap.push(0)).toThrow(/\[sim\/binaryHeap\] id:/);
    expect(() => heap.push(-1)).toThrow(/\[sim\/binaryHeap\] id:/);
    expect(() => heap.push(1.5)).toThrow(/\[sim\/binaryHeap\] id:/);
    expect(heap.remove(1)).toBe(false);
    heap.clear();
    expect(heap.size()).toBe(0);
    expect(heap.has(0)).toBe(false);
    // Ids can be pushed again after clear.
    heap.push(0);
    heap.push(1);
    expect(heap.pop()).toBe(1);
    expect(heap.pop()).toBe(0);
  });
});
