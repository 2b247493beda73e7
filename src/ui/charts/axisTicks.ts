/**
 * Linear axis ticks chosen for the reader: values round in the unit the label shows (a duration
 * axis counts whole minutes, hours or days, not round hours printed as 8.3 days) and day ticks
 * spaced by what their labels need. Pure; label widths are estimated (charts are also drawn
 * detached, for export, where nothing can be measured).
 */
import { nice, ticks } from 'd3';
import { tickCount, tickPercent, tickUsd } from './chartFormat';
import { textWidth } from './labelLayout';

/** How a panel's values are measured, which picks the axis and text formats. */
export type ValueKind = 'percent' | 'usd' | 'hours' | 'count';

/** A value axis from 0: its top, its ticks and their labels. */
export interface ValueAxis {
  /** Top of the axis, in the value's own unit (fraction, USD, hours, count). */ readonly top: number;
  /** Tick positions from 0 to `top`, same unit. */ readonly ticks: readonly number[];
  /** One label per tick, with its unit where the kind has one (`20 min`, `5 days`, `2%`, `$1.5M`). */ readonly labels: readonly string[];
}

/** Smallest axis top per kind, so that an all-zero panel still has a sensible scale. */
const MIN_TOP: Readonly<Record<ValueKind, number>> = { percent: 0.01, usd: 1000, hours: 1, count: 5 };

/** A duration unit: its size in hours, its label suffixes and the steps that read as round in it. */
interface DurationUnit {
  readonly hours: number;
  readonly one: string;
  readonly many: string;
  readonly steps: readonly number[];
}

/** Minutes up to an hour, hours up to two days (steps that divide a day), days beyond. */
const MINUTES: DurationUnit = { hours: 1 / 60, one: 'min', many: 'min', steps: [1, 2, 5, 10, 15, 20, 30] };
const HOURS: DurationUnit = { hours: 1, one: 'h', many: 'h', steps: [1, 2, 3, 6, 12, 24] };
const DAYS: DurationUnit = { hours: 24, one: 'day', many: 'days', steps: [] };

/** The unit a duration axis reaching `maxHours` is labelled in. */
function durationUnit(maxHours: number): DurationUnit {
  return maxHours <= 1 ? MINUTES : maxHours <= 48 ? HOURS : DAYS;
}

/** The smallest whole step (from `steps`, then 1-2-5 decades) that covers `max` in at most `count` steps. */
function wholeStep(max: number, count: number, steps: readonly number[]): number {
  for (const s of steps) if (Math.ceil(max / s) <= count) return s;
  for (let decade = 1; ; decade *= 10) {
    for (const m of [1, 2, 5]) if (Math.ceil(max / (m * decade)) <= count) return m * decade;
  }
}

/** A duration axis in whole minutes, hours or days, with at most `count` intervals. */
function durationAxis(maxHours: number, count: number): ValueAxis {
  const unit = durationUnit(maxHours);
  const max = maxHours / unit.hours;
  const step = wholeStep(max, count, unit.steps);
  const n = Math.max(1, Math.ceil(max / step - 1e-9));
  const inUnit = Array.from({ length: n + 1 }, (_, i) => i * step);
  return {
    top: n * step * unit.hours,
    ticks: inUnit.map((v) => v * unit.hours),
    labels: inUnit.map((v) => (v === 0 ? '0' : `${v} ${v === 1 ? unit.one : unit.many}`)),
  };
}

const FORMATS: Readonly<Record<Exclude<ValueKind, 'hours'>, (v: number) => string>> = { percent: tickPercent, usd: tickUsd, count: tickCount };

/**
 * The axis from 0 for values up to `maxValue` of `kind`, about `count` intervals: a round top at
 * or above every value, ticks round in the unit their labels show.
 */
export function valueAxis(maxValue: number, kind: ValueKind, count = 4): ValueAxis {
  const max = Math.max(Number.isFinite(maxValue) ? maxValue : 0, MIN_TOP[kind]);
  if (kind === 'hours') return durationAxis(max, count);
  const top = nice(0, max, count)[1];
  const values = ticks(0, top, count);
  return { top, ticks: values, labels: values.map(FORMATS[kind]) };
}

/** Room the left axis needs for its widest label at `fontSize` px: the label, the tick and a gap, px. */
export function axisLabelRoom(labels: readonly string[], fontSize: number): number {
  return Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, fontSize)))) + 12;
}

/**
 * Whole-day ticks from `firstDay` to `lastDay` on an axis `widthPx` wide: multiples of the
 * smallest 1-2-2.5-5 step whose spacing fits the widest day label at `fontSize` px with a gap.
 */
export function dayTicks(firstDay: number, lastDay: number, widthPx: number, fontSize: number): number[] {
  const span = Math.max(1, lastDay - firstDay);
  const minGap = textWidth(String(Math.max(Math.abs(firstDay), Math.abs(lastDay))), fontSize) + 16;
  const pxPerDay = widthPx / span;
  let step = 1;
  search: for (let decade = 1; ; decade *= 10) {
    for (const m of decade === 1 ? [1, 2, 5] : [1, 2, 2.5, 5]) {
      step = m * decade;
      if (step * pxPerDay >= minGap || step >= span) break search;
    }
  }
  const out: number[] = [];
  for (let d = Math.ceil(firstDay / step) * step; d <= lastDay; d += step) out.push(d);
  return out.length > 0 ? out : [firstDay];
}
