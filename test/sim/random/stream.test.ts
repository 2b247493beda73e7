import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createStream, STREAM_STATE_WORDS } from '../../../src/sim/random/stream';
import { binUniform, chiSquareUniform, CHI2_19_P001 } from '../support/stats';

function take(key: string, n: number): number[] {
  const s = createStream(key);
  return Array.from({ length: n }, () => s.next());
}

describe('createStream', () => {
  it('gives the same sequence for the same key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (key) => {
        expect(take(key, 50)).toEqual(take(key, 50));
      }),
      { numRuns: 50 },
    );
  });

  it('gives unrelated sequences for different seeds, subsystems and days', () => {
    const keys = ['42|arrivals|17', '42|arrivals|18', '43|arrivals|17', '42|traders', '42|arrivals|170'];
    const seqs = keys.map((k) => take(k, 1000));
    for (let a = 0; a < keys.length; a++) {
      for (let b = a + 1; b < keys.length; b++) {
        let same = 0;
        for (let i = 0; i < 1000; i++) if (seqs[a][i] === seqs[b][i]) same++;
        expect(same, `${keys[a]} vs ${keys[b]}`).toBe(0);
      }
    }
  });

  it('keeps streams independent when interleaved', () => {
    const a = createStream('7|a'), b = createStream('7|b');
    const interleaved: number[] = [];
    for (let i = 0; i < 100; i++) { interleaved.push(a.next()); b.next(); }
    expect(interleaved).toEqual(take('7|a', 100));
  });

  it('draws values in [0, 1)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (key) => {
        const s = createStream(key);
        for (let i = 0; i < 2000; i++) {
          const x = s.next();
          if (!(x >= 0 && x < 1)) return false;
        }
        return true;
      }),
      { numRuns: 30 },
    );
  });

  it('is uniform over 20 bins in 200k draws (chi-square below the 0.1 % critical value)', () => {
    for (const key of ['1|arrivals|0', '2024|traders', 'service|99']) {
      const s = createStream(key);
      const counts = binUniform({ *[Symbol.iterator]() { for (let i = 0; i < 200_000; i++) yield s.next(); } }, 20);
      expect(chiSquareUniform(counts), key).toBeLessThan(CHI2_19_P001);
    }
  });

  it('has no visible lag-1 dependence (pairs uniform over a 5x5 grid)', () => {
    const s = createStream('lag|1');
    const grid = new Float64Array(25);
    for (let i = 0; i < 100_000; i++) grid[Math.floor(s.next() * 5) * 5 + Math.floor(s.next() * 5)]++;
    // 24 degrees of freedom: upper 0.1 % critical value 51.18 (standard tables).
    expect(chiSquareUniform(grid)).toBeLessThan(51.18);
  });

  it('counts its draws from zero, one per next()', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.nat({ max: 500 }), (key, n) => {
        const s = createStream(key);
        expect(s.draws()).toBe(0);
        for (let i = 0; i < n; i++) s.next();
        expect(s.draws()).toBe(n);
      }),
      { numRuns: 40 },
    );
  });
});

describe('RandomStream.fill', () => {
  it('writes exactly the numbers next() would have returned, and counts them', () => {
    const a = createStream('fill-check');
    const b = createStream('fill-check');
    const out = new Float64Array(100);
    a.fill(out, 10, 90);
    for (let j = 10; j < 90; j++) expect(out[j]).toBe(b.next());
    expect(out[0]).toBe(0);
    expect(out[95]).toBe(0);
    expect(a.draws()).toBe(80);
    expect(a.next()).toBe(b.next());
  });

  it('skips numbers as next() would, and goes on from a saved state with the numbers that followed it', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2000 }), fc.nat({ max: 300 }), (before, gap) => {
        const reference = take('skip-check', before + gap + 20);
        const a = createStream('skip-check');
        a.skip(before);
        expect(a.draws()).toBe(before);
        const saved = new Int32Array(2 * STREAM_STATE_WORDS);
        a.saveState(saved, STREAM_STATE_WORDS);
        a.skip(gap);
        expect(a.next()).toBe(reference[before + gap]);
        // Another stream of the same key, moved elsewhere, follows the saved state.
        const b = createStream('skip-check');
        b.skip(7);
        b.loadState(saved, STREAM_STATE_WORDS);
        for (let j = 0; j < 20; j++) expect(b.next()).toBe(reference[before + j]);
      }),
      { numRuns: 40 },
    );
  });
});
