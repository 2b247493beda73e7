import { transferHandlers } from 'comlink';
import { describe, expect, it } from 'vitest';
import { createSimulation, loadBuiltinScenario, type SimulationSnapshot } from '../../src/sim';
import { registerRunWire, RUN_WIRE } from '../../src/workers/runWire';
import { decodeSample, encodeSample, sampleBuffers } from '../../src/workers/sampleWire';

/** A real snapshot of the default scenario after a few days, with `sampleSize` consignments. */
function snapshotAfter(days: number, sampleSize: number): SimulationSnapshot {
  const sim = createSimulation(loadBuiltinScenario('default'), 7);
  sim.run(days);
  return sim.snapshot({ sampleSize });
}

/** Sends `value` through the registered handler as comlink would, buffers cloned as a transfer would move them. */
function throughWire(value: unknown): unknown {
  const handler = transferHandlers.get(RUN_WIRE)!;
  expect(handler.canHandle(value)).toBe(true);
  const [wire, transfers] = handler.serialize(value);
  for (const t of transfers) expect(t).toBeInstanceOf(ArrayBuffer);
  return handler.deserialize(structuredClone(wire, { transfer: transfers as Transferable[] }));
}

describe('run wire', () => {
  registerRunWire();
  const snap = snapshotAfter(12, 400);

  it('gives the page the same sample, field for field and in the same key order', () => {
    expect(snap.sample.length).toBe(400);
    const back = decodeSample(encodeSample(snap.sample));
    expect(JSON.stringify(back)).toBe(JSON.stringify(snap.sample));
    expect(back).toEqual(snap.sample);
  });

  it('carries a run result, a day result and a bare snapshot unchanged', () => {
    const run = { spec: { seed: 7 }, info: { id: 'default' }, daily: [], snapshot: snap, computeMs: 3 };
    expect(JSON.stringify(throughWire(run))).toBe(JSON.stringify(run));
    const day = { daily: [{ day: 11 }], snapshot: snap };
    expect(JSON.stringify(throughWire(day))).toBe(JSON.stringify(day));
    expect(JSON.stringify(throughWire(snap))).toBe(JSON.stringify(snap));
  });

  it('leaves answers without a snapshot to comlink', () => {
    const handler = transferHandlers.get(RUN_WIRE)!;
    expect(handler.canHandle({ toDay: 3, since: 2 })).toBe(false);
    expect(handler.canHandle({ selected: 4, matches: [] })).toBe(false);
    expect(handler.canHandle(null)).toBe(false);
  });

  it('moves the columns instead of copying them, and an empty sample is fine', () => {
    const wire = encodeSample(snap.sample);
    const buffers = sampleBuffers(wire);
    structuredClone(wire, { transfer: buffers });
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true);
    expect(decodeSample(encodeSample([]))).toEqual([]);
  });

  it('refuses a malformed sample with the reason', () => {
    const wire = encodeSample(snap.sample.slice(0, 3));
    expect(() => decodeSample({ ...wire, count: 4 })).toThrow(/numbers does not hold/);
    expect(() => decodeSample({ ...wire, strings: wire.strings.slice(0, 2) })).toThrow(/beyond the string table/);
    expect(() => decodeSample({ ...wire, listStarts: wire.listStarts.slice(1) })).toThrow(/listStarts/);
  });
});
