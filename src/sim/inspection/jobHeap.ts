/**
 * A binary min-heap of job ids ordered by two numeric keys, then by id: (first, second, id)
 * ascending. The keys are stored beside the ids in the heap's own typed arrays, so a comparison
 * is two array reads in place, not a comparator call that looks the keys up in the caller's
 * arrays (the service pools push and pop every inspection through two such heaps).
 *
 * Since ids are unique, the order is total: the sequence of pops depends only on what was pushed,
 * exactly as with a comparator heap over the same keys.
 */
export interface JobHeap {
  /** Number of ids in the heap. */
  size(): number;
  /** Adds `id` with its keys. The caller makes sure `id` is not already in the heap. */
  push(id: number, first: number, second: number): void;
  /** Removes and returns the smallest id, or -1 when the heap is empty. */
  pop(): number;
  /** The smallest id without removing it, or -1 when the heap is empty. */
  peek(): number;
  /** The first key of the smallest id (+Infinity when the heap is empty). */
  peekFirst(): number;
}

/** Creates an empty heap with room for `initialCapacity` ids (it doubles when full). */
export function createJobHeap(initialCapacity = 64): JobHeap {
  let cap = Math.max(1, Math.floor(initialCapacity));
  let ids = new Int32Array(cap);
  let k1 = new Float64Array(cap);
  let k2 = new Float64Array(cap);
  let n = 0;

  function grow(): void {
    cap *= 2;
    const i = new Int32Array(cap); i.set(ids); ids = i;
    const a = new Float64Array(cap); a.set(k1); k1 = a;
    const b = new Float64Array(cap); b.set(k2); k2 = b;
  }

  return {
    size: () => n,
    push(id: number, first: number, second: number): void {
      if (n === cap) grow();
      // Sift up a hole from the end: each level costs one move, not a swap.
      let i = n++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        const pf = k1[p];
        if (first > pf || (first === pf && (second > k2[p] || (second === k2[p] && id > ids[p])))) break;
        ids[i] = ids[p]; k1[i] = pf; k2[i] = k2[p];
        i = p;
      }
      ids[i] = id; k1[i] = first; k2[i] = second;
    },
    pop(): number {
      if (n === 0) return -1;
      const top = ids[0];
      n--;
      if (n === 0) return top;
      // Sift the last element down from the root.
      const id = ids[n], first = k1[n], second = k2[n];
      const half = n >> 1;
      let i = 0;
      while (i < half) {
        let c = 2 * i + 1;
        const r = c + 1;
        if (r < n && (k1[r] < k1[c] || (k1[r] === k1[c] && (k2[r] < k2[c] || (k2[r] === k2[c] && ids[r] < ids[c]))))) c = r;
        const cf = k1[c];
        if (first < cf || (first === cf && (second < k2[c] || (second === k2[c] && id < ids[c])))) break;
        ids[i] = ids[c]; k1[i] = cf; k2[i] = k2[c];
        i = c;
      }
      ids[i] = id; k1[i] = first; k2[i] = second;
      return top;
    },
    peek: () => (n === 0 ? -1 : ids[0]),
    peekFirst: () => (n === 0 ? Infinity : k1[0]),
  };
}
