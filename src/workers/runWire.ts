import { transferHandlers, type TransferHandler } from 'comlink';
import type { SimulationSnapshot } from '../sim';
import { decodeSample, encodeSample, sampleBuffers, type SampleWire } from './sampleWire';

/**
 * How runs and days cross from the worker to the page: a comlink transfer handler for every answer
 * that carries a snapshot (`simulate`, `advance`, `step`, `snapshot`, `reset`), which sends the
 * snapshot's consignment sample as transferred columns (see sampleWire.ts) and the rest as it is.
 * Both ends register it ({@link registerRunWire}): the worker to encode, the page to decode; the
 * page gets exactly the objects the API returned.
 */

/** Name of the handler in comlink's registry (the same on both ends). */
export const RUN_WIRE = 'crl-snapshot-sample';

/** An answer carrying a snapshot: a snapshot itself, or a run or day result with one. */
type WithSnapshot = SimulationSnapshot | { readonly snapshot: SimulationSnapshot };

/** The answer with an empty sample in the snapshot (same key order), and the sample as columns. */
interface WireAnswer {
  readonly answer: unknown;
  readonly sample: SampleWire;
  /** Whether the answer is the snapshot itself (not an object holding it). */ readonly bare: boolean;
}

const isSnapshot = (v: unknown): v is SimulationSnapshot =>
  typeof v === 'object' && v !== null && Array.isArray((v as { sample?: unknown }).sample) && typeof (v as { day?: unknown }).day === 'number';

const handler: TransferHandler<WithSnapshot, WireAnswer> = {
  canHandle: (v): v is WithSnapshot => isSnapshot(v) || (typeof v === 'object' && v !== null && isSnapshot((v as { snapshot?: unknown }).snapshot)),
  serialize(v) {
    const bare = isSnapshot(v);
    const snapshot = bare ? v : (v as { snapshot: SimulationSnapshot }).snapshot;
    const sample = encodeSample(snapshot.sample);
    const lean = { ...snapshot, sample: [] };
    return [{ answer: bare ? lean : { ...v, snapshot: lean }, sample, bare }, sampleBuffers(sample)];
  },
  deserialize({ answer, sample, bare }) {
    const held = answer as { snapshot: SimulationSnapshot };
    const snapshot = { ...(bare ? (answer as SimulationSnapshot) : held.snapshot), sample: decodeSample(sample) };
    return bare ? snapshot : { ...held, snapshot };
  },
};

/** Registers the handler with comlink (idempotent); call on both ends before the first message. */
export function registerRunWire(): void {
  transferHandlers.set(RUN_WIRE, handler as TransferHandler<unknown, unknown>);
}
