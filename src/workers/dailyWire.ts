import type { DailyKpis } from '../sim';

/**
 * The daily KPIs of a run (one object of 169 numbers per day) as one column of numbers, for
 * the message from the worker to the page. As objects, a 90-day run's days were 315 kB of
 * structured clone: 2.7 ms to write in the worker and 4.3 ms to read on the page's main thread
 * (node:v8 serialize of the same objects), in the middle of the answer to a policy change. Every
 * day has the same fields, so they are sent once, as a shape, and the numbers as a Float64Array
 * moved with the message (transferred, not copied); the page rebuilds the same objects, field for
 * field and in the same key order. Fields that are not a number on the first day (a string, null)
 * travel as they are; if any day's fields differ from the first day's (other keys or key order, a
 * number where the first day had none or the reverse), all days go as objects.
 */

/** Where a field's values are: a number column, a slot of values sent as they are, or nested fields. */
export type DailyShape =
  | { readonly kind: 'number'; readonly column: number }
  | { readonly kind: 'value'; readonly slot: number }
  | { readonly kind: 'object'; readonly keys: readonly string[]; readonly fields: readonly DailyShape[] }
  | { readonly kind: 'array'; readonly items: readonly DailyShape[] };

/** Days as columns, or as the objects themselves when they do not share one shape. */
export interface DailyWire {
  /** Days. */ readonly count: number;
  /** The fields of every day, or null when the days travel as objects in `plain`. */ readonly shape: DailyShape | null;
  /** Number columns per day. */ readonly columns: number;
  /** The numbers, day after day (`count` x `columns`). */ readonly numbers: Float64Array;
  /** Value slots per day. */ readonly slots: number;
  /** The values sent as they are, day after day (`count` x `slots`). */ readonly values: readonly unknown[];
  /** The days as objects when they have no common shape, else empty. */ readonly plain: readonly DailyKpis[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The shape of `v` (the first day): its numbers become columns, its other leaves value slots. */
function shapeOf(v: unknown, next: { column: number; slot: number }): DailyShape {
  if (Array.isArray(v)) return { kind: 'array', items: v.map((item) => shapeOf(item, next)) };
  if (isRecord(v)) {
    const keys = Object.keys(v);
    return { kind: 'object', keys, fields: keys.map((k) => shapeOf(v[k], next)) };
  }
  return typeof v === 'number' ? { kind: 'number', column: next.column++ } : { kind: 'value', slot: next.slot++ };
}

/**
 * Writes the leaves of `v` into its day's row (numbers from `numberAt`, values from `valueAt`);
 * false when `v` does not have the fields of `shape` (other keys or key order, other lengths, a
 * number column holding something else).
 */
function put(shape: DailyShape, v: unknown, numbers: Float64Array, values: unknown[], numberAt: number, valueAt: number): boolean {
  switch (shape.kind) {
    case 'number':
      if (typeof v !== 'number') return false;
      numbers[numberAt + shape.column] = v;
      return true;
    case 'value':
      if (typeof v === 'object' && v !== null) return false;
      values[valueAt + shape.slot] = v;
      return true;
    case 'array': {
      if (!Array.isArray(v) || v.length !== shape.items.length) return false;
      for (let i = 0; i < v.length; i++) if (!put(shape.items[i]!, v[i], numbers, values, numberAt, valueAt)) return false;
      return true;
    }
    default: {
      if (!isRecord(v)) return false;
      const keys = shape.keys;
      let i = 0;
      for (const key in v) {
        if (key !== keys[i] || !put(shape.fields[i]!, v[key], numbers, values, numberAt, valueAt)) return false;
        i++;
      }
      return i === keys.length;
    }
  }
}

/**
 * Fewest days sent as columns: the shape is about as large as one day, so the day or two of each
 * message of a playing run go as objects.
 */
export const MIN_COLUMN_DAYS = 8;

/** Encodes `days` as columns (at least {@link MIN_COLUMN_DAYS} of them); the returned buffers can be transferred. */
export function encodeDaily(days: readonly DailyKpis[]): DailyWire {
  const count = days.length;
  const plain = (): DailyWire => ({ count, shape: null, columns: 0, numbers: new Float64Array(0), slots: 0, values: [], plain: days });
  if (count < MIN_COLUMN_DAYS) return plain();
  const next = { column: 0, slot: 0 };
  const shape = shapeOf(days[0], next);
  const numbers = new Float64Array(count * next.column);
  const values: unknown[] = new Array<unknown>(count * next.slot);
  for (let i = 0; i < count; i++) if (!put(shape, days[i], numbers, values, i * next.column, i * next.slot)) return plain();
  return { count, shape, columns: next.column, numbers, slots: next.slot, values, plain: [] };
}

/** Whether `shape` is well formed for `columns` number columns and `slots` value slots. */
function shapeFits(shape: unknown, columns: number, slots: number): boolean {
  if (!isRecord(shape)) return false;
  const index = (v: unknown, below: number): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) < below;
  switch (shape['kind']) {
    case 'number': return index(shape['column'], columns);
    case 'value': return index(shape['slot'], slots);
    case 'array': return Array.isArray(shape['items']) && shape['items'].every((s) => shapeFits(s, columns, slots));
    case 'object': {
      const keys = shape['keys'], fields = shape['fields'];
      return Array.isArray(keys) && Array.isArray(fields) && keys.length === fields.length
        && keys.every((k) => typeof k === 'string') && fields.every((s) => shapeFits(s, columns, slots));
    }
    default: return false;
  }
}

/** Checks that `wire` is well formed before it is read; throws naming what is wrong. */
function checkDaily(wire: DailyWire): void {
  const n = wire.count;
  const problem = !Number.isInteger(n) || n < 0 ? 'count is not a whole number'
    : wire.shape === null ? (!Array.isArray(wire.plain) || wire.plain.length !== n ? 'plain does not hold count days' : null)
      : !Number.isInteger(wire.columns) || !Number.isInteger(wire.slots) || wire.columns < 0 || wire.slots < 0 ? 'columns or slots is not a whole number'
        : !(wire.numbers instanceof Float64Array) || wire.numbers.length !== n * wire.columns ? 'numbers does not hold columns numbers per day'
          : !Array.isArray(wire.values) || wire.values.length !== n * wire.slots ? 'values does not hold slots values per day'
            : !shapeFits(wire.shape, wire.columns, wire.slots) ? 'shape is malformed or points beyond the columns'
              : null;
  if (problem !== null) throw new Error(`[workers] the worker sent malformed daily KPIs: ${problem}`);
}

/** Rebuilds a day's value of `shape` from its row. */
function read(shape: DailyShape, numbers: Float64Array, values: readonly unknown[], numberAt: number, valueAt: number): unknown {
  switch (shape.kind) {
    case 'number': return numbers[numberAt + shape.column];
    case 'value': return values[valueAt + shape.slot];
    case 'array': return shape.items.map((item) => read(item, numbers, values, numberAt, valueAt));
    default: {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < shape.keys.length; i++) out[shape.keys[i]!] = read(shape.fields[i]!, numbers, values, numberAt, valueAt);
      return out;
    }
  }
}

/** Rebuilds the days from `wire` (checked first). */
export function decodeDaily(wire: DailyWire): DailyKpis[] {
  checkDaily(wire);
  const { shape } = wire;
  if (shape === null) return wire.plain.slice();
  const out: DailyKpis[] = [];
  for (let i = 0; i < wire.count; i++) out.push(read(shape, wire.numbers, wire.values, i * wire.columns, i * wire.slots) as DailyKpis);
  return out;
}

/** The buffers of `wire`, to transfer with the message. */
export function dailyBuffers(wire: DailyWire): ArrayBuffer[] {
  return wire.numbers.byteLength > 0 ? [wire.numbers.buffer as ArrayBuffer] : [];
}
