/**
 * Walker's alias method (Vose's stable construction): after O(n) set-up, a weighted pick costs one
 * uniform and two array reads, whatever the number of outcomes.
 */
export interface AliasTable {
  /** Number of outcomes. */
  readonly size: number;
  /** Probability of keeping column i (scaled to [0, 1]). */
  readonly keep: Float64Array;
  /** The outcome a column falls back to. */
  readonly alias: Int32Array;
  /**
   * keep and alias interleaved, [keep0, alias0, keep1, alias1, ...]: a pick reads one cache line
   * instead of two (the importer tables have thousands of columns, picked at random).
   */
  readonly cells: Float64Array;
}

/** Builds an alias table from non-negative weights (at least one must be positive). */
export function createAliasTable(weights: ArrayLike<number>): AliasTable {
  const n = weights.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  if (!(total > 0)) throw new Error(`[sim/alias] weights must have a positive sum, got ${total}`);
  const keep = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = new Float64Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) {
    scaled[i] = (weights[i] * n) / total;
    (scaled[i] < 1 ? small : large).push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    keep[s] = scaled[s];
    alias[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  for (const i of large) { keep[i] = 1; alias[i] = i; }
  for (const i of small) { keep[i] = 1; alias[i] = i; }
  const cells = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) { cells[2 * i] = keep[i]; cells[2 * i + 1] = alias[i]; }
  return { size: n, keep, alias, cells };
}

/** Picks an outcome with one uniform `u` in [0, 1). */
export function pickAlias(table: AliasTable, u: number): number {
  const x = u * table.size;
  const col = x | 0;
  const cells = table.cells;
  return x - col < cells[2 * col] ? col : cells[2 * col + 1];
}
