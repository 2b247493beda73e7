/**
 * Declarations in inspection, as a structure of arrays indexed by job id, with a free list so ids
 * are reused and memory is bounded by the number of jobs in the system, not by the horizon. Grown
 * (doubled) only when full.
 */
export interface JobTable {
  /** Column capacity. */ capacity: number;
  /** Jobs alive. */ live: number;
  /** Global declaration id (day * DAY_ID_SPAN + position). */ declId: Float64Array;
  /** Office index. */ office: Uint8Array;
  /** Importer index. */ importer: Int32Array;
  /** Declarant index. */ declarant: Int32Array;
  /** Truth: offence code. */ offence: Uint8Array;
  /** Truth: duty evaded, USD. */ revenue: Float64Array;
  /** Declared value, USD. */ value: Float64Array;
  /** Priority in queues. */ priority: Float64Array;
  /** Lane code. */ lane: Uint8Array;
  /** Selection reasons. */ reason: Uint8Array;
  /** Arrival hour of the consignment. */ arrivalHour: Float64Array;
  /** Registry slot of the rule that selected it, or -1. */ ruleSlot: Int32Array;
  /** 1 for a post-clearance audit job (the goods are already released). */ audit: Uint8Array;
  /** Free ids (stack). */ free: Int32Array;
  /** Entries on the free stack. */ freeTop: number;
}

const FIELDS = ['declId', 'office', 'importer', 'declarant', 'offence', 'revenue', 'value', 'priority', 'lane', 'reason', 'arrivalHour', 'ruleSlot', 'audit'] as const;

/** Creates a table with room for `capacity` jobs. */
export function createJobTable(capacity = 1024): JobTable {
  const t: JobTable = {
    capacity, live: 0,
    declId: new Float64Array(capacity), office: new Uint8Array(capacity), importer: new Int32Array(capacity),
    declarant: new Int32Array(capacity), offence: new Uint8Array(capacity), revenue: new Float64Array(capacity),
    value: new Float64Array(capacity), priority: new Float64Array(capacity), lane: new Uint8Array(capacity),
    reason: new Uint8Array(capacity), arrivalHour: new Float64Array(capacity), ruleSlot: new Int32Array(capacity),
    audit: new Uint8Array(capacity), free: new Int32Array(capacity), freeTop: 0,
  };
  for (let i = 0; i < capacity; i++) t.free[i] = capacity - 1 - i;
  t.freeTop = capacity;
  return t;
}

/** Takes a free job id, growing the table when none is left. */
export function allocateJob(t: JobTable): number {
  if (t.freeTop === 0) growJobTable(t);
  t.live++;
  return t.free[--t.freeTop];
}

/** Returns a job id to the free list. */
export function releaseJob(t: JobTable, job: number): void {
  t.live--;
  t.free[t.freeTop++] = job;
}

function growJobTable(t: JobTable): void {
  const old = t.capacity, capacity = old * 2;
  const target = t as unknown as Record<string, Float64Array>;
  for (const f of FIELDS) {
    const a = target[f];
    const b = new (a.constructor as Float64ArrayConstructor)(capacity);
    b.set(a);
    target[f] = b;
  }
  t.free = new Int32Array(capacity);
  for (let i = 0; i < old; i++) t.free[i] = capacity - 1 - i;
  t.freeTop = old;
  t.capacity = capacity;
}
