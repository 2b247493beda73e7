/**
 * A standard normal deviate from one uniform by table look-up: the inverse normal CDF sampled at
 * 4,096 points and interpolated linearly. About ten times cheaper than Box-Muller (no log, sqrt or
 * cos) and one draw instead of two; accurate to about 1e-3 in the body, with tails cut at
 * |z| = 3.6 — ample for lognormal masses and prices.
 *
 * The table is filled with Acklam's rational approximation of the inverse normal CDF (Peter J.
 * Acklam, 2003; relative error below 1.15e-9).
 */
const SIZE = 4096;
const TABLE = new Float64Array(SIZE + 1);

function inverseNormalCdf(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -inverseNormalCdf(1 - p);
  const q = p - 0.5, r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

for (let k = 0; k <= SIZE; k++) {
  const p = Math.min(Math.max(k / SIZE, 1.6e-4), 1 - 1.6e-4);
  TABLE[k] = inverseNormalCdf(p);
}

/** A standard normal deviate from a uniform `u` in [0, 1). */
export function normalFromUniform(u: number): number {
  const x = u * SIZE;
  const k = x | 0;
  return TABLE[k] + (TABLE[k + 1] - TABLE[k]) * (x - k);
}

/**
 * A table of lognormal factors exp(sigma * z) over the same grid, for a fixed sigma: one look-up
 * instead of a look-up and an exp in the generator's loop.
 */
export function createLognormalFactorTable(sigma: number): Float64Array {
  const t = new Float64Array(SIZE + 1);
  for (let k = 0; k <= SIZE; k++) t[k] = Math.exp(sigma * TABLE[k]);
  return t;
}

/** Interpolates a table made by {@link createLognormalFactorTable} at uniform `u` in [0, 1). */
export function lookUpFactor(table: Float64Array, u: number): number {
  const x = u * SIZE;
  const k = x | 0;
  return table[k] + (table[k + 1] - table[k]) * (x - k);
}
