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
  // Two stacks of column indices in typed arrays (a column is on at most one at a time).
  const small = new Int32Array(n), large = new Int32Array(n);
  let nSmall = 0, nLarge = 0;
  for (let i = 0; i < n; i++) {
    scaled[i] = (weights[i] * n) / total;
    if (scaled[i] < 1) small[nSmall++] = i;
    else large[nLarge++] = i;
  }
  while (nSmall > 0 && nLarge > 0) {
    const s = small[--nSmall];
    const l = large[--nLarge];
    keep[s] = scaled[s];
    alias[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    if (scaled[l] < 1) small[nSmall++] = l;
    else large[nLarge++] = l;
  }
  for (let k = 0; k < nLarge; k++) { keep[large[k]] = 1; alias[large[k]] = large[k]; }
  for (let k = 0; k < nSmall; k++) { keep[small[k]] = 1; alias[small[k]] = small[k]; }
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
