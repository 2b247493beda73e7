import { transferHandlers, type TransferHandler } from 'comlink';
import type { DailyKpis, SimulationSnapshot } from '../sim';
import { dailyBuffers, decodeDaily, encodeDaily, type DailyWire } from './dailyWire';
import { decodeSample, encodeSample, sampleBuffers, type SampleWire } from './sampleWire';

/**
 * How runs and days cross from the worker to the page: a comlink transfer handler for every answer
 * that carries a snapshot (`simulate`, `advance`, `step`, `snapshot`, `reset`), which sends the
 * snapshot's consignment sample as transferred columns (see sampleWire.ts), the daily KPIs of a run
 * or day result as a transferred column of numbers (see dailyWire.ts), and the rest as it is.
 * Both ends register it ({@link registerRunWire}): the worker to encode, the page to decode; the
 * page gets exactly the objects the API returned.
 */

/** Name of the handler in comlink's registry (the same on both ends). */
export const RUN_WIRE = 'crl-snapshot-sample';

/** An answer carrying a snapshot: a snapshot itself, or a run or day result with one. */
export type WithSnapshot = SimulationSnapshot | { readonly snapshot: SimulationSnapshot };

/**
 * The answer with an empty sample in the snapshot and empty daily KPIs (same key order), the
 * sample as columns and the daily KPIs as columns (null when the answer has none).
 */
export interface WireAnswer {
  readonly answer: unknown;
  readonly sample: SampleWire;
  readonly daily: DailyWire | null;
  /** Whether the answer is the snapshot itself (not an object holding it). */ readonly bare: boolean;
}

const isSnapshot = (v: unknown): v is SimulationSnapshot =>
  typeof v === 'object' && v !== null && Array.isArray((v as { sample?: unknown }).sample) && typeof (v as { day?: unknown }).day === 'number';

/**
 * An answer carrying a snapshot as it crosses to the page, with the buffers to transfer (the
 * handler's serialize; the worker's JIT warm-up also encodes a dropped answer with it).
 */
export function toWire(v: WithSnapshot): [WireAnswer, Transferable[]] {
  const bare = isSnapshot(v);
  const snapshot = bare ? v : (v as { snapshot: SimulationSnapshot }).snapshot;
  const sample = encodeSample(snapshot.sample);
  const lean = { ...snapshot, sample: [] };
  const days = bare ? undefined : (v as { daily?: unknown }).daily;
  const daily = Array.isArray(days) ? encodeDaily(days as DailyKpis[]) : null;
  const answer = bare ? lean : { ...v, snapshot: lean, ...(daily === null ? {} : { daily: [] }) };
  return [{ answer, sample, bare, daily }, [...sampleBuffers(sample), ...(daily === null ? [] : dailyBuffers(daily))]];
}

const handler: TransferHandler<WithSnapshot, WireAnswer> = {
  canHandle: (v): v is WithSnapshot => isSnapshot(v) || (typeof v === 'object' && v !== null && isSnapshot((v as { snapshot?: unknown }).snapshot)),
  serialize: toWire,
  deserialize({ answer, sample, bare, daily }) {
    const held = answer as { snapshot: SimulationSnapshot };
    const snapshot = { ...(bare ? (answer as SimulationSnapshot) : held.snapshot), sample: decodeSample(sample) };
    if (bare) return snapshot;
    return daily === null ? { ...held, snapshot } : { ...held, snapshot, daily: decodeDaily(daily) };
  },
};

/** Registers the handler with comlink (idempotent); call on both ends before the first message. */
export function registerRunWire(): void {
  transferHandlers.set(RUN_WIRE, handler as TransferHandler<unknown, unknown>);
}
