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
  /** How many ids have a first key above `x` (a scan of the heap: for reports, not hot loops). */
  countFirstAbove(x: number): number;
}

/**
 * The heap as a class, not a closure: every heap shares one set of methods, so a hot loop keeps
 * a single call target for them across simulations and V8 can inline them (closures made per
 * heap are separate functions to the compiler).
 */
class TypedJobHeap implements JobHeap {
  private cap: number;
  private ids: Int32Array;
  private k1: Float64Array;
  private k2: Float64Array;
  private n = 0;

  constructor(initialCapacity: number) {
    this.cap = Math.max(1, Math.floor(initialCapacity));
    this.ids = new Int32Array(this.cap);
    this.k1 = new Float64Array(this.cap);
    this.k2 = new Float64Array(this.cap);
  }

  size(): number {
    return this.n;
  }

  push(id: number, first: number, second: number): void {
    if (this.n === this.cap) this.grow();
    const ids = this.ids, k1 = this.k1, k2 = this.k2;
    // Sift up a hole from the end: each level costs one move, not a swap.
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pf = k1[p];
      if (first > pf || (first === pf && (second > k2[p] || (second === k2[p] && id > ids[p])))) break;
      ids[i] = ids[p]; k1[i] = pf; k2[i] = k2[p];
      i = p;
    }
    ids[i] = id; k1[i] = first; k2[i] = second;
  }

  pop(): number {
    if (this.n === 0) return -1;
    const ids = this.ids, k1 = this.k1, k2 = this.k2;
    const top = ids[0];
    const n = --this.n;
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
  }

  peek(): number {
    return this.n === 0 ? -1 : this.ids[0];
  }

  peekFirst(): number {
    return this.n === 0 ? Infinity : this.k1[0];
  }

  countFirstAbove(x: number): number {
    const k1 = this.k1;
    let c = 0;
    for (let i = 0; i < this.n; i++) if (k1[i] > x) c++;
    return c;
  }

  private grow(): void {
    this.cap *= 2;
    const i = new Int32Array(this.cap); i.set(this.ids); this.ids = i;
    const a = new Float64Array(this.cap); a.set(this.k1); this.k1 = a;
    const b = new Float64Array(this.cap); b.set(this.k2); this.k2 = b;
  }
}

/** Creates an empty heap with room for `initialCapacity` ids (it doubles when full). */
export function createJobHeap(initialCapacity = 64): JobHeap {
  return new TypedJobHeap(initialCapacity);
}
