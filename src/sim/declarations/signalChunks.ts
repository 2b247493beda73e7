import { createAliasTable } from '../random/aliasTable';
import { MODES, OFFENCE_COUNT } from './codes';
import { createSignalTable, SIGNALS } from './signals';

/** Signals drawn together from one uniform: 2^7 = 128 joint outcomes per chunk. */
export const SIGNALS_PER_CHUNK = 7;
/** Joint outcomes of one chunk (some unused when the chunk holds fewer signals). */
export const CHUNK_OUTCOMES = 1 << SIGNALS_PER_CHUNK;

/**
 * A mode's signals drawn a chunk at a time: for each offence and each run of up to seven of the
 * mode's signals, an alias table over the 128 joint outcomes of those independent Bernoulli draws,
 * each weighted by the product of its signals' probabilities (p where a signal is present, 1 - p
 * where not). One uniform then draws the whole chunk with exactly the joint distribution of seven
 * separate draws, so a declaration needs three uniforms and three table reads instead of some
 * eighteen uniforms and comparisons (the comparisons were a fifth of the day generator's time).
 */
export interface SignalChunks {
  /** Chunks per declaration (the mode's signal count / 7, rounded up). */ readonly chunks: number;
  /**
   * Alias cells, [keep, alias] interleaved, table (offence * chunks + chunk) at offset
   * table * 2 * CHUNK_OUTCOMES: a draw reads one cell of the declaration's offence row.
   */
  readonly cells: Float64Array;
  /** Signal bits (1 << signal) of each joint outcome, at chunk * CHUNK_OUTCOMES + outcome. */
  readonly bits: Int32Array;
}

/**
 * Builds the chunk tables of one mode from its signals (indices into SIGNALS, in order) and the
 * signal table (probability of signal s for offence o at s * offences + o).
 */
export function createSignalChunks(signals: Int32Array, table: Float64Array, offences: number): SignalChunks {
  const chunks = Math.ceil(signals.length / SIGNALS_PER_CHUNK);
  const cells = new Float64Array(offences * chunks * 2 * CHUNK_OUTCOMES);
  const bits = new Int32Array(chunks * CHUNK_OUTCOMES);
  const weights = new Float64Array(CHUNK_OUTCOMES);
  for (let j = 0; j < chunks; j++) {
    const first = j * SIGNALS_PER_CHUNK, size = Math.min(SIGNALS_PER_CHUNK, signals.length - first);
    for (let outcome = 0; outcome < CHUNK_OUTCOMES; outcome++) {
      let set = 0;
      for (let b = 0; b < size; b++) if ((outcome >> b) & 1) set |= 1 << signals[first + b];
      bits[j * CHUNK_OUTCOMES + outcome] = set;
    }
    for (let o = 0; o < offences; o++) {
      for (let outcome = 0; outcome < CHUNK_OUTCOMES; outcome++) {
        // Outcomes that set a bit beyond the chunk's signals never occur.
        let w = outcome >> size === 0 ? 1 : 0;
        for (let b = 0; b < size && w > 0; b++) {
          const p = table[signals[first + b] * offences + o];
          w *= (outcome >> b) & 1 ? p : 1 - p;
        }
        weights[outcome] = w;
      }
      cells.set(createAliasTable(weights).cells, (o * chunks + j) * 2 * CHUNK_OUTCOMES);
    }
  }
  return { chunks, cells, bits };
}

/** The last lift's tables: every simulation of a scenario shares them (they are read-only). */
let last: { lift: number; byMode: readonly SignalChunks[] } | null = null;

/**
 * The chunk tables of every mode code for a scenario's indicator lift (signals.ts), built when the
 * lift differs from the last call's (a policy change in the app rebuilds the simulation, not them).
 */
export function chunkSignalsByMode(lift: number): readonly SignalChunks[] {
  if (last === null || last.lift !== lift) {
    const table = createSignalTable(lift);
    const byMode = MODES.map((_, m) => createSignalChunks(Int32Array.from(SIGNALS.flatMap((s, k) => ((s.modes & (1 << m)) !== 0 ? [k] : []))), table, OFFENCE_COUNT));
    last = { lift, byMode };
  }
  return last.byMode;
}
