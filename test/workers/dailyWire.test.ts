import { transferHandlers } from 'comlink';
import { describe, expect, it } from 'vitest';
import { createSimulation, loadBuiltinScenario, type DailyKpis, type SimulationSnapshot } from '../../src/sim';
import { dailyBuffers, decodeDaily, encodeDaily, MIN_COLUMN_DAYS } from '../../src/workers/dailyWire';
import { registerRunWire, RUN_WIRE } from '../../src/workers/runWire';

/** A real run of the default scenario: its daily KPIs and last snapshot. */
function runOf(days: number): { daily: DailyKpis[]; snapshot: SimulationSnapshot } {
  const sim = createSimulation(loadBuiltinScenario('default'), 5);
  sim.run(days);
  return { daily: sim.daily().slice(), snapshot: sim.snapshot({ sampleSize: 20 }) };
}

/** Sends `value` through the registered handler as comlink would, buffers moved as a transfer moves them. */
function throughWire(value: unknown): unknown {
  const handler = transferHandlers.get(RUN_WIRE)!;
  const [wire, transfers] = handler.serialize(value);
  return handler.deserialize(structuredClone(wire, { transfer: transfers as Transferable[] }));
}

describe('daily wire', () => {
  registerRunWire();
  const run = runOf(12);

  it('gives the page the same days, field for field and in the same key order, as numbers in one column', () => {
    const wire = encodeDaily(run.daily);
    expect(wire.shape).not.toBeNull();
    expect(wire.columns).toBeGreaterThan(50);
    expect(wire.plain).toEqual([]);
    const back = decodeDaily(structuredClone(wire, { transfer: dailyBuffers(wire) }));
    expect(JSON.stringify(back)).toBe(JSON.stringify(run.daily));
    expect(back).toEqual(run.daily);
  });

  it('carries a run result and a day result unchanged, with the days moved instead of copied', () => {
    const result = { spec: { seed: 5 }, info: { id: 'default' }, daily: run.daily, snapshot: run.snapshot, computeMs: 3 };
    expect(JSON.stringify(throughWire(result))).toBe(JSON.stringify(result));
    const day = { daily: run.daily.slice(-1), snapshot: run.snapshot };
    expect(JSON.stringify(throughWire(day))).toBe(JSON.stringify(day));
    expect(encodeDaily(day.daily).shape).toBeNull();
    const wire = encodeDaily(run.daily);
    const buffers = dailyBuffers(wire);
    structuredClone(wire, { transfer: buffers });
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true);
  });

  it('keeps fields that are not always numbers, NaN and -0, and sends days of different fields as objects', () => {
    const days = Array.from({ length: MIN_COLUMN_DAYS }, (_, day) => (day % 2 === 0
      ? { day, rate: Number.NaN, note: null, zero: -0, list: [1, day] }
      : { day, rate: 0.5, note: 'x', zero: 0, list: [3, day] })) as unknown as DailyKpis[];
    const wire = encodeDaily(days);
    expect(wire.slots).toBe(1);
    const back = decodeDaily(wire) as unknown as typeof days;
    expect(back).toEqual(days);
    expect(Object.is((back[0] as unknown as { zero: number }).zero, -0)).toBe(true);
    const uneven = Array.from({ length: MIN_COLUMN_DAYS }, (_, day) => (day === 3 ? { day, b: 1 } : { day, a: 1 })) as unknown as DailyKpis[];
    expect(encodeDaily(uneven).shape).toBeNull();
    expect(decodeDaily(encodeDaily(uneven))).toEqual(uneven);
    expect(decodeDaily(encodeDaily([]))).toEqual([]);
  });

  it('refuses a malformed wire with the reason', () => {
    const wire = encodeDaily(run.daily.slice(0, MIN_COLUMN_DAYS));
    expect(() => decodeDaily({ ...wire, count: 4 })).toThrow(/numbers does not hold/);
    const mixed = encodeDaily(Array.from({ length: MIN_COLUMN_DAYS }, (_, day) => ({ day, note: day > 2 ? 'x' : null })) as unknown as DailyKpis[]);
    expect(() => decodeDaily({ ...mixed, values: mixed.values.slice(1) })).toThrow(/values does not hold/);
    expect(() => decodeDaily({ ...wire, shape: { kind: 'number', column: wire.columns } })).toThrow(/shape is malformed/);
    expect(() => decodeDaily({ ...encodeDaily([]), count: 2 })).toThrow(/plain does not hold/);
  });
});
