/**
 * Number formats of the charts: text (summaries, tables, direct labels) and compact axis ticks.
 * KPIs arrive as fractions, USD and hours (see src/sim/kpi/kpiTypes.ts). Comparisons with the
 * baseline are written in words ("2.1 points higher") so that they read well aloud.
 */

export { formatCount, formatHours, formatPercent, formatUsd } from '../format';

/** Drops trailing zeros of a fixed-point string: `2.50` → `2.5`, `3.0` → `3`. */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Axis tick for a fraction: `0%`, `2.5%`, `10%`. */
export function tickPercent(fraction: number): string {
  return `${trimZeros((fraction * 100).toFixed(2))}%`;
}

/** Axis tick for a count: `0`, `250`, `1.5k`, `2M`. */
export function tickCount(value: number): string {
  const v = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (v < 1e3) return `${sign}${trimZeros(v.toFixed(1))}`;
  if (v < 1e6) return `${sign}${trimZeros((v / 1e3).toFixed(1))}k`;
  return `${sign}${trimZeros((v / 1e6).toFixed(2))}M`;
}

/** Axis tick for USD: `$0`, `$500`, `$250k`, `$1.5M`, `$2bn`. */
export function tickUsd(value: number): string {
  const v = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (v < 1e3) return `${sign}$${trimZeros(v.toFixed(1))}`;
  if (v < 1e6) return `${sign}$${trimZeros((v / 1e3).toFixed(1))}k`;
  if (v < 1e9) return `${sign}$${trimZeros((v / 1e6).toFixed(2))}M`;
  return `${sign}$${trimZeros((v / 1e9).toFixed(2))}bn`;
}

/** Axis tick for hours on a linear axis: `0`, `0.5 h`, `12 h`, `2 days`. */
export function tickHours(hours: number): string {
  if (hours === 0) return '0';
  if (hours < 1) return `${trimZeros((hours * 60).toFixed(1))} min`;
  if (hours < 48) return `${trimZeros(hours.toFixed(2))} h`;
  return `${trimZeros((hours / 24).toFixed(1))} days`;
}

/** Values closer than this are described as "about the same". */
const SAME_POINTS = 0.0005;
const SAME_RATIO = 0.005;

/**
 * The difference of two fractions in percentage points, in words:
 * `2.1 points higher`, `0.40 points lower`, `about the same`.
 */
export function describePointChange(current: number | null, baseline: number | null): string {
  if (current === null || baseline === null || !Number.isFinite(current) || !Number.isFinite(baseline)) return 'not comparable';
  const d = current - baseline;
  if (Math.abs(d) < SAME_POINTS) return 'about the same';
  const points = Math.abs(d * 100);
  return `${points.toFixed(points < 1 ? 2 : 1)} points ${d > 0 ? 'higher' : 'lower'}`;
}

/**
 * The relative change of a positive quantity in words: `33% more`, `12% less`, `about the same`;
 * `more` and `less` can be replaced (e.g. `longer`/`shorter`).
 */
export function describeRelativeChange(current: number | null, baseline: number | null, more = 'more', less = 'less'): string {
  if (current === null || baseline === null || !Number.isFinite(current) || !Number.isFinite(baseline)) return 'not comparable';
  if (baseline === 0) return current === 0 ? 'about the same' : `${more} (baseline was zero)`;
  const r = current / baseline - 1;
  if (Math.abs(r) < SAME_RATIO) return 'about the same';
  const pct = Math.abs(r * 100);
  return `${pct < 10 ? pct.toFixed(1) : pct.toFixed(0)}% ${r > 0 ? more : less}`;
}
