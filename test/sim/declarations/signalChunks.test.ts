import { describe, expect, it } from 'vitest';
import { CHUNK_OUTCOMES, createSignalChunks, SIGNALS_PER_CHUNK } from '../../../src/sim/declarations/signalChunks';
import { pickAlias, type AliasTable } from '../../../src/sim/random/aliasTable';
import { createStream } from '../../../src/sim/random/stream';

/** Two offences, nine signals (indices 3..11 of a 12-signal table): two chunks, of seven and two. */
const OFFENCES = 2;
const SIGNALS = Int32Array.from([3, 4, 5, 6, 7, 8, 9, 10, 11]);
const TABLE = Float64Array.from({ length: 12 * OFFENCES }, (_, i) => (i % OFFENCES === 0 ? 0.02 + 0.01 * (i >> 1) : 0.5 + 0.03 * (i >> 1)) % 0.95);
const p = (signal: number, offence: number) => TABLE[signal * OFFENCES + offence];

/** The chunk's table as an AliasTable, to draw from it the way the generator does. */
function tableOf(cells: Float64Array, offence: number, chunks: number, chunk: number): AliasTable {
  const start = (offence * chunks + chunk) * 2 * CHUNK_OUTCOMES;
  const slice = cells.slice(start, start + 2 * CHUNK_OUTCOMES);
  return { size: CHUNK_OUTCOMES, cells: slice, keep: slice.filter((_, i) => i % 2 === 0), alias: Int32Array.from(slice.filter((_, i) => i % 2 === 1)) };
}

/** Probability of each outcome implied by an alias table (keep share of its own column plus what others alias to it). */
function outcomeProbabilities(t: AliasTable): Float64Array {
  const out = new Float64Array(t.size);
  for (let c = 0; c < t.size; c++) {
    out[c] += t.cells[2 * c] / t.size;
    out[t.cells[2 * c + 1]] += (1 - t.cells[2 * c]) / t.size;
  }
  return out;
}

describe('createSignalChunks', () => {
  const chunks = createSignalChunks(SIGNALS, TABLE, OFFENCES);

  it('splits the signals into chunks of seven, the last one shorter', () => {
    expect(SIGNALS_PER_CHUNK).toBe(7);
    expect(chunks.chunks).toBe(2);
    expect(chunks.cells.length).toBe(OFFENCES * 2 * 2 * CHUNK_OUTCOMES);
  });

  it('maps each joint outcome to the bits of the signals it sets', () => {
    expect(chunks.bits[0]).toBe(0);
    expect(chunks.bits[1]).toBe(1 << 3);
    expect(chunks.bits[0b1000001]).toBe((1 << 3) | (1 << 9));
    expect(chunks.bits[CHUNK_OUTCOMES + 0b11]).toBe((1 << 10) | (1 << 11));
  });

  it('gives every outcome the product of its signals\' probabilities, so each signal keeps its own probability', () => {
    for (let o = 0; o < OFFENCES; o++) {
      for (let j = 0; j < chunks.chunks; j++) {
        const probs = outcomeProbabilities(tableOf(chunks.cells, o, chunks.chunks, j));
        const size = Math.min(SIGNALS_PER_CHUNK, SIGNALS.length - j * SIGNALS_PER_CHUNK);
        expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (let outcome = 0; outcome < CHUNK_OUTCOMES; outcome++) {
          let expected = outcome >> size === 0 ? 1 : 0;
          for (let b = 0; b < size; b++) {
            const q = p(SIGNALS[j * SIGNALS_PER_CHUNK + b], o);
            expected *= (outcome >> b) & 1 ? q : 1 - q;
          }
          expect(probs[outcome]).toBeCloseTo(expected, 12);
        }
      }
    }
  });

  it('draws each signal at its probability, independently of its chunk-mates (200,000 draws)', () => {
    const n = 200_000, rnd = createStream('test|signalChunks');
    const table = tableOf(chunks.cells, 1, chunks.chunks, 0);
    const count = new Float64Array(12);
    let both = 0;
    for (let i = 0; i < n; i++) {
      const bits = chunks.bits[pickAlias(table, rnd.next())];
      for (let s = 0; s < 12; s++) if (bits & (1 << s)) count[s]++;
      if ((bits & (1 << 3)) !== 0 && (bits & (1 << 4)) !== 0) both++;
    }
    for (const s of SIGNALS.slice(0, 7)) {
      const q = p(s, 1);
      expect(Math.abs(count[s] / n - q)).toBeLessThan(4 * Math.sqrt((q * (1 - q)) / n));
    }
    const pBoth = p(3, 1) * p(4, 1);
    expect(Math.abs(both / n - pBoth)).toBeLessThan(4 * Math.sqrt((pBoth * (1 - pBoth)) / n));
    expect(count[10] + count[11]).toBe(0);
  });
});
