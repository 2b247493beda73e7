/**
 * Empirical quantile with linear interpolation between order statistics (type 7, the default
 * of R and NumPy), for frame-time percentiles.
 */

/** The `p` quantile (0-1) of a non-empty list. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
