/**
 * Number formatting for the page. KPIs arrive as fractions, USD and hours (see kpiTypes.ts);
 * these turn them into short, unit-bearing text. Pure functions, tested in Node.
 */

/** Shown for values that are not defined (no days yet, no inspections of a kind). */
export const MISSING = '—';

const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Whole numbers below this are grouped by hand, exactly as countFormat groups them. */
const HAND_GROUPED_BELOW = 1e15;

/** A count with thousands separators: `5,078`. */
export function formatCount(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  // Intl's format takes microseconds a call and the page formats thousands of counts a second
  // while a run plays; whole non-negative counts, nearly all of them, are grouped directly.
  if (Number.isInteger(value) && value >= 0 && value < HAND_GROUPED_BELOW && !Object.is(value, -0)) {
    const digits = String(value);
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
    return out;
  }
  return countFormat.format(value);
}

/**
 * A fraction as a percentage: one decimal (`12.3%`), two below 1 % (`0.45%`), none for exact
 * 0 and 100 %.
 */
export function formatPercent(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return MISSING;
  const p = fraction * 100;
  if (p === 0 || p === 100) return `${p}%`;
  const digits = Math.abs(p) < 1 ? 2 : 1;
  return `${p.toFixed(digits)}%`;
}

/** US dollars, abbreviated: `$850`, `$12.3k`, `$4.56M`, `$1.20B`. */
export function formatUsd(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  if (v < 999.5) return `${sign}$${Math.round(v)}`;
  if (v < 999_500) return `${sign}$${trim3(v / 1_000)}k`;
  if (v < 999_500_000) return `${sign}$${trim3(v / 1_000_000)}M`;
  return `${sign}$${trim3(v / 1_000_000_000)}B`;
}

/** Three significant digits for a value from 1 to 999.5: `1.23`, `12.3`, `123`. */
function trim3(v: number): string {
  if (v < 9.995) return v.toFixed(2);
  if (v < 99.95) return v.toFixed(1);
  return v.toFixed(0);
}

/** A duration given in hours: `18 s`, `45 min`, `2.4 h`, `37 h`, `3.5 days`, `45 days`. */
export function formatHours(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours) || hours < 0) return MISSING;
  if (hours < 1 / 60) return `${Math.round(hours * 3600)} s`;
  if (hours < 59.5 / 60) return `${Math.round(hours * 60)} min`;
  if (hours < 9.95) return `${hours.toFixed(1)} h`;
  if (hours < 47.5) return `${Math.round(hours)} h`;
  const days = hours / 24;
  return days < 9.95 ? `${days.toFixed(1)} days` : `${Math.round(days)} days`;
}

/** A ratio such as the lift of targeting over random selection: `×3.4`. */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) && ratio > 0 ? `×${ratio.toFixed(1)}` : MISSING;
}

/** A rate that is only meaningful when `denominator` > 0 (e.g. a hit rate with no inspections). */
export function formatRateOf(fraction: number, denominator: number): string {
  return denominator > 0 ? formatPercent(fraction) : MISSING;
}

/** Short weekday name of a 0-based run day, given the weekday of day 0 (0 = Monday). */
export function weekdayOf(day: number, startWeekday: number): string {
  return WEEKDAYS[(((day + startWeekday) % 7) + 7) % 7] ?? '';
}
