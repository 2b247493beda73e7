import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binLowerEdge, binOf, histogramQuantile, HISTOGRAM_BINS } from '../../../src/sim/kpi/clearanceHistogram';
import { mulberry32 } from '../support/stats';

/** Lognormal samples (hours) by Box-Muller on an independent generator. */
function lognormalSamples(n: number, mu: number, sigma: number, seed: number): Float64Array {
  const rnd = mulberry32(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    out[i] = Math.exp(mu + sigma * z);
  }
  return out;
}

/** The q-quantile of sorted data (nearest rank). */
function exactQuantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

describe('clearance histogram', () => {
  it('gives p50 and p95 within 4 % of the exact sample quantiles of 50k lognormal times', () => {
    for (const [mu, sigma, seed] of [[Math.log(2), 1, 1], [Math.log(0.2), 0.5, 2], [Math.log(30), 1.5, 3]]) {
      const xs = lognormalSamples(50_000, mu, sigma, seed);
      const counts = new Float64Array(HISTOGRAM_BINS);
      for (const x of xs) counts[binOf(x)]++;
      const sorted = xs.slice().sort();
      for (const q of [0.5, 0.95]) {
        const exact = exactQuantile(sorted, q);
        const approx = histogramQuantile(counts, 0, q);
        expect(Math.abs(approx / exact - 1), `mu ${mu.toFixed(2)} sigma ${sigma} q ${q}`).toBeLessThan(0.04);
      }
    }
  });

  it('reads the histogram at an offset, ignoring what lies before it', () => {
    const counts = new Float64Array(3 * HISTOGRAM_BINS);
    counts[binOf(100)] = 1000; // first histogram: long times
    counts[HISTOGRAM_BINS + binOf(1)] = 10; // second histogram: all about an hour
    const median = histogramQuantile(counts, HISTOGRAM_BINS, 0.5);
    expect(median).toBeGreaterThanOrEqual(binLowerEdge(binOf(1)));
    expect(median).toBeLessThanOrEqual(binLowerEdge(binOf(1) + 1));
  });

  it('returns 0 for an empty histogram', () => {
    const counts = new Float64Array(2 * HISTOGRAM_BINS);
    for (const q of [0, 0.5, 0.95, 1]) {
      expect(histogramQuantile(counts, 0, q)).toBe(0);
      expect(histogramQuantile(counts, HISTOGRAM_BINS, q)).toBe(0);
    }
  });

  it('puts each time in the bin whose edges enclose it, clamping outside one minute to two years', () => {
    fc.assert(
      fc.property(fc.double({ min: 1 / 60 + 1e-9, max: 24 * 730 - 1, noNaN: true }), (h) => {
        const b = binOf(h);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(HISTOGRAM_BINS);
        expect(binLowerEdge(b)).toBeLessThanOrEqual(h * (1 + 1e-12));
        expect(binLowerEdge(b + 1)).toBeGreaterThan(h * (1 - 1e-12));
      }),
    );
    expect(binOf(0)).toBe(0);
    expect(binOf(-5)).toBe(0);
    expect(binOf(Number.NaN)).toBe(0);
    expect(binOf(1e9)).toBe(HISTOGRAM_BINS - 1);
  });

  it('gives quantiles that never decrease with q', () => {
    const xs = lognormalSamples(5000, Math.log(3), 1.2, 9);
    const counts = new Float64Array(HISTOGRAM_BINS);
    for (const x of xs) counts[binOf(x)]++;
    let prev = 0;
    for (let q = 0; q <= 1.0000001; q += 0.01) {
      const v = histogramQuantile(counts, 0, q);
      expect(v).toBeGreaterThanOrEqual(prev);
      prev = v;
    }
  });
});
