/**
 * Log-binned histogram of clearance times: constant memory whatever the number of declarations,
 * percentiles accurate to about 3 % of the value (bin ratio). Bins cover one minute to two years;
 * shorter times fall in the first bin, longer in the last.
 */
export const HISTOGRAM_BINS = 256;
const MIN_HOURS = 1 / 60;
const MAX_HOURS = 24 * 730;
const LOG_MIN = Math.log(MIN_HOURS);
const BIN_WIDTH = (Math.log(MAX_HOURS) - LOG_MIN) / HISTOGRAM_BINS;

/** Bin of a clearance time in hours. */
export function binOf(hours: number): number {
  if (!(hours > MIN_HOURS)) return 0;
  const b = Math.floor((Math.log(hours) - LOG_MIN) / BIN_WIDTH);
  return b >= HISTOGRAM_BINS ? HISTOGRAM_BINS - 1 : b;
}

/** Lower edge of a bin, hours. */
export function binLowerEdge(bin: number): number {
  return Math.exp(LOG_MIN + bin * BIN_WIDTH);
}

/**
 * The q-quantile (0-1) of the histogram stored at `offset` in `counts` (HISTOGRAM_BINS entries),
 * interpolated geometrically within the bin; 0 when empty.
 */
export function histogramQuantile(counts: Float64Array, offset: number, q: number): number {
  let total = 0;
  for (let b = 0; b < HISTOGRAM_BINS; b++) total += counts[offset + b];
  if (total === 0) return 0;
  const target = q * total;
  let cum = 0;
  for (let b = 0; b < HISTOGRAM_BINS; b++) {
    const c = counts[offset + b];
    if (cum + c >= target && c > 0) {
      const frac = (target - cum) / c;
      return Math.exp(LOG_MIN + (b + frac) * BIN_WIDTH);
    }
    cum += c;
  }
  return MAX_HOURS;
}
