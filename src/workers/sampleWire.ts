import type { ConsignmentView } from '../sim';

/**
 * The last day's consignment sample (400 objects for the view) as columns, for the message from
 * the worker to the page. As objects, the page's main thread spent 3-7 ms deserialising each
 * day's snapshot while the run played (Chromium trace, bench:browser page at full speed), most of
 * it in the sample's 400 objects and their string arrays; as typed arrays moved with the message
 * (transferred, not copied) and a small table of the strings they use, the page rebuilds the same
 * objects, field for field and in the same key order, in a fraction of that.
 */

/** A sample as columns. */
export interface SampleWire {
  /** Consignments. */ readonly count: number;
  /** Every string the sample uses, once; the codes below index it. */ readonly strings: readonly string[];
  /** {@link NUMBER_FIELDS} of each consignment, consignment after consignment. */ readonly numbers: Float64Array;
  /** Codes of {@link STRING_FIELDS} of each consignment, consignment after consignment. */ readonly codes: Uint16Array;
  /** Where each consignment's indicators, then its reasons, start in `listCodes` (2 x count + 1 entries). */ readonly listStarts: Uint32Array;
  /** Codes of the indicators and reasons, list after list. */ readonly listCodes: Uint16Array;
}

/** Number fields, in column order (the matrix as its two cells). */
const NUMBER_FIELDS = 11;
/** String fields: mode, hs6, origin, departure, lane, outcome, truthOffence. */
const STRING_FIELDS = 7;
const OUTCOMES: ReadonlySet<string> = new Set<ConsignmentView['outcome']>(['released', 'pending', 'clean', 'hit']);

/** Encodes `sample` as columns; the returned buffers can be transferred. */
export function encodeSample(sample: readonly ConsignmentView[]): SampleWire {
  const n = sample.length;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const code = (s: string): number => {
    let c = index.get(s);
    if (c === undefined) {
      c = strings.length;
      strings.push(s);
      index.set(s, c);
    }
    return c;
  };
  const numbers = new Float64Array(n * NUMBER_FIELDS);
  const codes = new Uint16Array(n * STRING_FIELDS);
  const listStarts = new Uint32Array(2 * n + 1);
  const lists: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = sample[i]!;
    numbers.set([c.id, c.office, c.importer, c.declarant, c.declaredValue, c.massKg, c.arrivalHour, c.score, c.matrix[0], c.matrix[1], c.truthRevenue], i * NUMBER_FIELDS);
    codes.set([code(c.mode), code(c.hs6), code(c.origin), code(c.departure), code(c.lane), code(c.outcome), code(c.truthOffence)], i * STRING_FIELDS);
    listStarts[2 * i] = lists.length;
    for (const s of c.indicators) lists.push(code(s));
    listStarts[2 * i + 1] = lists.length;
    for (const s of c.reasons) lists.push(code(s));
  }
  listStarts[2 * n] = lists.length;
  if (strings.length > 0xffff) throw new Error(`[workers] a sample uses ${strings.length} distinct strings; at most 65,535 fit its codes`);
  return { count: n, strings, numbers, codes, listStarts, listCodes: Uint16Array.from(lists) };
}

/** The largest value of `codes` (-1 when empty). */
function maxCode(codes: Uint16Array): number {
  let max = -1;
  for (let i = 0; i < codes.length; i++) if (codes[i]! > max) max = codes[i]!;
  return max;
}

/** Checks that `wire` is a well-formed sample before it is read; throws naming what is wrong. */
function checkSample(wire: SampleWire): void {
  const n = wire.count;
  const problem = !Number.isInteger(n) || n < 0 ? 'count is not a whole number'
    : !Array.isArray(wire.strings) || !wire.strings.every((s) => typeof s === 'string') ? 'strings is not a list of strings'
      : !(wire.numbers instanceof Float64Array) || wire.numbers.length !== n * NUMBER_FIELDS ? `numbers does not hold ${NUMBER_FIELDS} numbers per consignment`
        : !(wire.codes instanceof Uint16Array) || wire.codes.length !== n * STRING_FIELDS ? `codes does not hold ${STRING_FIELDS} codes per consignment`
          : !(wire.listStarts instanceof Uint32Array) || wire.listStarts.length !== 2 * n + 1 ? 'listStarts does not hold 2 x count + 1 entries'
            : !(wire.listCodes instanceof Uint16Array) || wire.listStarts[2 * n] !== wire.listCodes.length ? 'listStarts does not end at the length of listCodes'
              : Math.max(maxCode(wire.codes), maxCode(wire.listCodes)) >= wire.strings.length ? 'a code is beyond the string table'
                : null;
  if (problem !== null) throw new Error(`[workers] the worker sent a malformed consignment sample: ${problem}`);
}

/** Rebuilds the sample's objects from `wire` (checked first). */
export function decodeSample(wire: SampleWire): ConsignmentView[] {
  checkSample(wire);
  const { count: n, strings: s, numbers: x, codes: k, listStarts: at, listCodes: l } = wire;
  const list = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let j = from; j < to; j++) out.push(s[l[j]!]!);
    return out;
  };
  const out: ConsignmentView[] = [];
  for (let i = 0; i < n; i++) {
    const a = i * NUMBER_FIELDS, b = i * STRING_FIELDS;
    const outcome = s[k[b + 5]!]!;
    if (!OUTCOMES.has(outcome)) throw new Error(`[workers] the worker sent a consignment with outcome "${outcome}"; expected one of ${[...OUTCOMES].join(', ')}`);
    // Same keys in the same order as the core's snapshot, so exports and comparisons do not change.
    out.push({
      id: x[a]!, office: x[a + 1]!, mode: s[k[b]!]!, importer: x[a + 2]!, declarant: x[a + 3]!,
      hs6: s[k[b + 1]!]!, origin: s[k[b + 2]!]!, departure: s[k[b + 3]!]!,
      declaredValue: x[a + 4]!, massKg: x[a + 5]!, arrivalHour: x[a + 6]!, indicators: list(at[2 * i]!, at[2 * i + 1]!),
      score: x[a + 7]!, matrix: [x[a + 8]!, x[a + 9]!], lane: s[k[b + 4]!]!,
      reasons: list(at[2 * i + 1]!, at[2 * i + 2]!),
      outcome: outcome as ConsignmentView['outcome'], truthOffence: s[k[b + 6]!]!, truthRevenue: x[a + 10]!,
    });
  }
  return out;
}

/** The buffers of `wire`, to transfer with the message. */
export function sampleBuffers(wire: SampleWire): ArrayBuffer[] {
  return [wire.numbers.buffer, wire.codes.buffer, wire.listStarts.buffer, wire.listCodes.buffer] as ArrayBuffer[];
}
