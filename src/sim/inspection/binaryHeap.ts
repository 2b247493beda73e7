/**
 * An indexed binary min-heap over small non-negative integer ids (job ids).
 *
 * The heap stores only ids; the ordering comes from a comparator supplied at creation that looks
 * the keys up in the caller's own typed arrays. Keeping ids (not objects) in an Int32Array means a
 * push or pop allocates nothing once the arrays have grown to the working size, which matters in
 * the simulation's inner loop (hundreds of thousands of jobs per run).
 *
 * "Indexed" means the heap also records where each id sits (`pos[id]`), so membership tests,
 * removal of an arbitrary id and re-ordering after a key change are O(1) / O(log n).
 */

/**
 * Orders two ids: negative if `a` must come out before `b`, positive if after, 0 if equivalent.
 * It must be a strict weak ordering that does not change while both ids are in the heap (call
 * {@link BinaryHeap.update} after changing an id's key).
 */
export type HeapCompare = (a: number, b: number) => number;

/** A min-heap of integer ids; see the module comment. */
export interface BinaryHeap {
  /** Number of ids in the heap. */
  size(): number;
  /** Adds `id` (an integer in [0, 2^31 - 1)); throws if it is already in the heap. */
  push(id: number): void;
  /** Removes and returns the smallest id by the comparator, or -1 when the heap is empty. */
  pop(): number;
  /** Returns the smallest id without removing it, or -1 when the heap is empty. */
  peek(): number;
  /** Whether `id` is currently in the heap. */
  has(id: number): boolean;
  /** Removes `id` if present; returns whether it was present. */
  remove(id: number): boolean;
  /** Restores the heap order after the key of `id` changed (no-op if `id` is absent). */
  update(id: number): void;
  /** Empties the heap, keeping its storage for reuse. */
  clear(): void;
}

const MAX_ID = 0x7ffffffe;

/**
 * Creates an empty heap ordered by `compare`. `initialCapacity` (default 16) only sizes the first
 * allocation: the id array and the position index both double when they run out of room.
 */
export function createBinaryHeap(compare: HeapCompare, initialCapacity = 16): BinaryHeap {
  let cap = Math.max(1, Math.floor(initialCapacity));
  let heap = new Int32Array(cap);
  // pos[id] = index of id in `heap`, or -1 when absent. Sized by the largest id seen, not by count.
  let pos = new Int32Array(cap).fill(-1);
  let n = 0;

  function growPos(id: number): void {
    const next = new Int32Array(Math.max(pos.length * 2, id + 1)).fill(-1);
    next.set(pos);
    pos = next;
  }

  // Sift-up/down move a "hole" instead of swapping, so each level costs one write, not three.
  function siftUp(i: number, id: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (compare(id, p) >= 0) break;
      heap[i] = p;
      pos[p] = i;
      i = parent;
    }
    heap[i] = id;
    pos[id] = i;
  }

  function siftDown(i: number, id: number): void {
    const half = n >> 1;
    while (i < half) {
      let child = 2 * i + 1;
      let c = heap[child];
      const right = child + 1;
      if (right < n && compare(heap[right], c) < 0) {
        child = right;
        c = heap[right];
      }
      if (compare(c, id) >= 0) break;
      heap[i] = c;
      pos[c] = i;
      i = child;
    }
    heap[i] = id;
    pos[id] = i;
  }

  // Takes the element at index i out, filling the hole with the last element.
  function removeAt(i: number): void {
    const id = heap[i];
    pos[id] = -1;
    n--;
    if (i === n) return;
    const last = heap[n];
    // The moved element may need to go either way relative to its new neighbours.
    if (i > 0 && compare(last, heap[(i - 1) >> 1]) < 0) siftUp(i, last);
    else siftDown(i, last);
  }

  return {
    size: () => n,
    push(id: number): void {
      if (!(id >= 0 && id <= MAX_ID && Math.floor(id) === id)) {
        throw new Error(`[sim/binaryHeap] id: an integer in [0, ${MAX_ID}], got ${id}`);
      }
      if (id >= pos.length) growPos(id);
      else if (pos[id] >= 0) throw new Error(`[sim/binaryHeap] id: not already in the heap, got ${id}`);
      if (n === cap) {
        cap *= 2;
        const next = new Int32Array(cap);
        next.set(heap);
        heap = next;
      }
      n++;
      siftUp(n - 1, id);
    },
    pop(): number {
      if (n === 0) return -1;
      const top = heap[0];
      removeAt(0);
      return top;
    },
    peek: () => (n === 0 ? -1 : heap[0]),
    has: (id: number) => id >= 0 && id < pos.length && pos[id] >= 0,
    remove(id: number): boolean {
      if (!(id >= 0 && id < pos.length) || pos[id] < 0) return false;
      removeAt(pos[id]);
      return true;
    },
    update(id: number): void {
      if (!(id >= 0 && id < pos.length) || pos[id] < 0) return;
      const i = pos[id];
      if (i > 0 && compare(id, heap[(i - 1) >> 1]) < 0) siftUp(i, id);
      else siftDown(i, id);
    },
    clear(): void {
      for (let i = 0; i < n; i++) pos[heap[i]] = -1;
      n = 0;
    },
  };
}
