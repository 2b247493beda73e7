/**
 * One day's declarations as a structure of arrays: one typed array per field, indexed by the
 * declaration's position in the day. Reused from day to day (grown, never shrunk), so memory is
 * bounded by the busiest day, not the horizon.
 *
 * Declared fields are what customs sees; the `truth*` columns are the hidden ground truth that only
 * outcomes and KPIs read.
 */
export interface DayBuffer {
  /** Number of declarations filled in today. */
  count: number;
  /** Capacity of every column. */
  capacity: number;
  /** Day these declarations arrived (run day, 0-based). */
  day: number;
  /** Office index. */ office: Uint8Array;
  /** Mode code (see MODES). */ mode: Uint8Array;
  /** Importer index. */ importer: Int32Array;
  /** Declarant (broker) index. */ declarant: Int32Array;
  /** Declared commodity index (COMMODITIES). */ commodity: Uint8Array;
  /** Declared country of origin index (COUNTRIES). */ origin: Uint8Array;
  /** Country of departure index. */ departure: Uint8Array;
  /** 1 when routed via a transshipment hub. */ transshipped: Uint8Array;
  /** Declared customs value, USD. */ declaredValue: Float64Array;
  /** Declared net mass, kg. */ massKg: Float32Array;
  /** Declared quantity: packages (cargo) or items (express parcels). */ quantity: Uint32Array;
  /** Declared unit value (USD/kg) divided by the commodity's reference price. */ unitValueRatio: Float32Array;
  /** Payment type code. */ paymentType: Uint8Array;
  /** Consignee type code. */ consigneeType: Uint8Array;
  /** Goods-description class code. */ descriptionClass: Uint8Array;
  /** 1 when a preferential (FTA) origin is claimed. */ preferenceClaimed: Uint8Array;
  /** Container type code. */ containerType: Uint8Array;
  /** 1 when container or seal numbers differ between declaration and B/L. */ sealMismatch: Uint8Array;
  /** Hours before arrival that advance data was filed (negative: after arrival or missing). */ advanceLeadHours: Float32Array;
  /** Number of amendments to the advance data. */ amendments: Uint8Array;
  /** Items in the parcel (express/postal), else 0. */ parcelItems: Uint16Array;
  /** 1 when invoice, transport document and declaration disagree. */ docMismatch: Uint8Array;
  /** Relative difference between weighed and declared gross mass. */ weightDeviation: Float32Array;
  /** Freight and insurance cost divided by declared value. */ freightRatio: Float32Array;
  /** 1 when this shipper-consignee pair was never seen on this lane. */ newPartnerPair: Uint8Array;
  /** 1 when buyer and seller are related parties. */ relatedParty: Uint8Array;
  /** 1 when the carrier or driver is new for this trader (land). */ newCarrier: Uint8Array;
  /** 1 when the goods arrive under transit from another office. */ transit: Uint8Array;
  /** 1 when the declared value sits just below a threshold (de minimis, licence). */ nearThreshold: Uint8Array;
  /** Hour of arrival since the start of the run. */ arrivalHour: Float64Array;
  /** Truth: offence code (0 = compliant). */ truthOffence: Uint8Array;
  /** Truth: duty and taxes evaded, USD. */ truthRevenue: Float64Array;
  /** Truth: concealment method code. */ truthConcealment: Uint8Array;
  /** Indicator bits 0-31 (catalogue order). */ indicatorsLo: Uint32Array;
  /** Indicator bits 32-63. */ indicatorsHi: Uint32Array;
  /** Weighted risk score, points. */ score: Float32Array;
  /** Likelihood level 1-5 on the risk matrix. */ likelihood: Uint8Array;
  /** Consequence level 1-5 on the risk matrix. */ consequence: Uint8Array;
  /** Targeting's random-selection uniform in [0, 1): a function of seed, day and position only. */ randomDraw: Float64Array;
  /** Lane code. */ lane: Uint8Array;
  /** Selection reasons (REASON_* bit flags). */ reason: Uint8Array;
  /** Registry slot of the first live rule that selected it, or -1. */ firstRule: Int16Array;
  /** Outcome so far: 0 released, 1 in inspection, 2 inspected clean, 3 offence found. */ outcome: Uint8Array;
}

type ColumnKey = Exclude<keyof DayBuffer, 'count' | 'capacity' | 'day'>;
type TypedArrayCtor =
  | Uint8ArrayConstructor | Uint16ArrayConstructor | Int16ArrayConstructor | Int32ArrayConstructor
  | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

/** Column types; the single source for allocation and growth. */
const COLUMNS: Readonly<Record<ColumnKey, TypedArrayCtor>> = {
  office: Uint8Array, mode: Uint8Array, importer: Int32Array, declarant: Int32Array, commodity: Uint8Array,
  origin: Uint8Array, departure: Uint8Array, transshipped: Uint8Array, declaredValue: Float64Array,
  massKg: Float32Array, quantity: Uint32Array, unitValueRatio: Float32Array, paymentType: Uint8Array, consigneeType: Uint8Array,
  descriptionClass: Uint8Array, preferenceClaimed: Uint8Array, containerType: Uint8Array, sealMismatch: Uint8Array,
  advanceLeadHours: Float32Array, amendments: Uint8Array, parcelItems: Uint16Array, docMismatch: Uint8Array,
  weightDeviation: Float32Array, freightRatio: Float32Array, newPartnerPair: Uint8Array, relatedParty: Uint8Array,
  newCarrier: Uint8Array, transit: Uint8Array, nearThreshold: Uint8Array, arrivalHour: Float64Array,
  truthOffence: Uint8Array, truthRevenue: Float64Array, truthConcealment: Uint8Array, indicatorsLo: Uint32Array,
  indicatorsHi: Uint32Array, score: Float32Array, likelihood: Uint8Array, consequence: Uint8Array, randomDraw: Float64Array, lane: Uint8Array,
  reason: Uint8Array, firstRule: Int16Array, outcome: Uint8Array,
};

/** Names of all columns, for serialisation and tests. */
export const DAY_COLUMNS = Object.keys(COLUMNS) as ColumnKey[];

/**
 * Allocates a buffer able to hold `capacity` declarations. Written as one object literal on purpose:
 * an object built by adding dozens of computed keys falls into V8's dictionary mode, and every
 * `day.column[i]` in the hot loops would become a hash look-up.
 */
export function createDayBuffer(capacity: number): DayBuffer {
  return {
    count: 0, capacity, day: 0,
    office: new Uint8Array(capacity),
    mode: new Uint8Array(capacity),
    importer: new Int32Array(capacity),
    declarant: new Int32Array(capacity),
    commodity: new Uint8Array(capacity),
    origin: new Uint8Array(capacity),
    departure: new Uint8Array(capacity),
    transshipped: new Uint8Array(capacity),
    declaredValue: new Float64Array(capacity),
    massKg: new Float32Array(capacity),
    quantity: new Uint32Array(capacity),
    unitValueRatio: new Float32Array(capacity),
    paymentType: new Uint8Array(capacity),
    consigneeType: new Uint8Array(capacity),
    descriptionClass: new Uint8Array(capacity),
    preferenceClaimed: new Uint8Array(capacity),
    containerType: new Uint8Array(capacity),
    sealMismatch: new Uint8Array(capacity),
    advanceLeadHours: new Float32Array(capacity),
    amendments: new Uint8Array(capacity),
    parcelItems: new Uint16Array(capacity),
    docMismatch: new Uint8Array(capacity),
    weightDeviation: new Float32Array(capacity),
    freightRatio: new Float32Array(capacity),
    newPartnerPair: new Uint8Array(capacity),
    relatedParty: new Uint8Array(capacity),
    newCarrier: new Uint8Array(capacity),
    transit: new Uint8Array(capacity),
    nearThreshold: new Uint8Array(capacity),
    arrivalHour: new Float64Array(capacity),
    truthOffence: new Uint8Array(capacity),
    truthRevenue: new Float64Array(capacity),
    truthConcealment: new Uint8Array(capacity),
    indicatorsLo: new Uint32Array(capacity),
    indicatorsHi: new Uint32Array(capacity),
    score: new Float32Array(capacity),
    likelihood: new Uint8Array(capacity),
    consequence: new Uint8Array(capacity),
    randomDraw: new Float64Array(capacity),
    lane: new Uint8Array(capacity),
    reason: new Uint8Array(capacity),
    firstRule: new Int16Array(capacity),
    outcome: new Uint8Array(capacity),
  };
}

/**
 * Makes room for `needed` declarations, keeping existing rows. Called once per day before
 * generation, never inside the per-declaration loop.
 */
export function ensureDayCapacity(buffer: DayBuffer, needed: number): void {
  if (needed <= buffer.capacity) return;
  let capacity = buffer.capacity;
  while (capacity < needed) capacity *= 2;
  const target = buffer as unknown as Record<string, ArrayLike<number> & { buffer: ArrayBuffer }>;
  for (const key of DAY_COLUMNS) {
    const grown = new COLUMNS[key](capacity);
    grown.set(target[key] as never);
    target[key] = grown as never;
  }
  buffer.capacity = capacity;
}
