import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createStream } from '../../../src/sim/random/stream';
import {
  lognormalParams, normalFromUniforms, sampleBeta, sampleGamma, samplePareto, samplePoisson, sampleStandardNormal,
} from '../../../src/sim/random/distributions';
import { meanVar } from '../support/stats';

function sample(n: number, key: string, draw: (s: ReturnType<typeof createStream>) => number): Float64Array {
  const s = createStream(key);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = draw(s);
  return out;
}

describe('samplePoisson', () => {
  const N = 100_000;
  for (const lambda of [0.5, 5, 200]) {
    it(`has mean and variance close to lambda = ${lambda}`, () => {
      const xs = sample(N, `poisson|${lambda}`, (s) => samplePoisson(s, lambda));
      const { mean, variance } = meanVar(xs);
      // sd of the sample mean is sqrt(lambda / N); of the sample variance sqrt((lambda + 2 lambda^2) / N).
      expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / N));
      // The normal approximation above 60 rounds, which adds 1/12 to the variance.
      const roundingVar = lambda > 60 ? 1 / 12 : 0;
      expect(Math.abs(variance - lambda - roundingVar)).toBeLessThan(5 * Math.sqrt((lambda + 2 * lambda * lambda) / N));
      expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    });
  }

  it('returns 0 for a non-positive mean without drawing', () => {
    const s = createStream('poisson|0');
    expect(samplePoisson(s, 0)).toBe(0);
    expect(samplePoisson(s, -3)).toBe(0);
    expect(s.draws()).toBe(0);
  });

  it('matches the Poisson probability of 0 for a small mean', () => {
    const lambda = 0.5, n = 100_000;
    const xs = sample(n, 'poisson|p0', (s) => samplePoisson(s, lambda));
    const zeros = xs.filter((x) => x === 0).length / n;
    const p0 = Math.exp(-lambda);
    expect(Math.abs(zeros - p0)).toBeLessThan(5 * Math.sqrt((p0 * (1 - p0)) / n));
  });
});

describe('sampleBeta', () => {
  const N = 100_000;
  for (const [a, b] of [[2, 5], [0.5, 0.5], [0.04, 19.96], [12, 8]] as const) {
    it(`has mean a/(a+b) and the Beta variance for (${a}, ${b})`, () => {
      const xs = sample(N, `beta|${a}|${b}`, (s) => sampleBeta(s, a, b));
      const m = a / (a + b);
      const v = (a * b) / ((a + b) ** 2 * (a + b + 1));
      const { mean, variance } = meanVar(xs);
      expect(Math.abs(mean - m)).toBeLessThan(5 * Math.sqrt(v / N));
      expect(Math.abs(variance - v) / v).toBeLessThan(0.1);
      expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
    });
  }
});

describe('sampleGamma', () => {
  it('has mean and variance equal to the shape', () => {
    for (const shape of [0.3, 1, 4.5]) {
      const n = 100_000;
      const { mean, variance } = meanVar(sample(n, `gamma|${shape}`, (s) => sampleGamma(s, shape)));
      expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / n));
      expect(Math.abs(variance - shape) / shape).toBeLessThan(0.1);
    }
  });
});

describe('samplePareto', () => {
  it('has survival function P(X > x) = x^-alpha and never falls below the scale 1', () => {
    const n = 200_000;
    for (const alpha of [1.5, 3]) {
      const xs = sample(n, `pareto|${alpha}`, (s) => samplePareto(s, alpha));
      expect(xs.every((x) => x >= 1)).toBe(true);
      for (const x of [1.2, 2, 5, 10]) {
        const p = x ** -alpha;
        const observed = xs.filter((v) => v > x).length / n;
        expect(Math.abs(observed - p), `alpha ${alpha}, x ${x}`).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n) + 1e-4);
      }
    }
  });
});

describe('sampleStandardNormal / normalFromUniforms', () => {
  it('has mean 0, variance 1 and 95 % of mass within 1.96', () => {
    const n = 100_000;
    const xs = sample(n, 'normal', (s) => sampleStandardNormal(s));
    const { mean, variance } = meanVar(xs);
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(variance - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    const inside = xs.filter((x) => Math.abs(x) < 1.959964).length / n;
    expect(Math.abs(inside - 0.95)).toBeLessThan(5 * Math.sqrt((0.95 * 0.05) / n));
  });

  it('is the Box-Muller transform of its two uniforms', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (u, v) => {
        const r = Math.sqrt(-2 * Math.log(1 - u));
        expect(normalFromUniforms(u, v)).toBeCloseTo(r * Math.cos(2 * Math.PI * v), 12);
      }),
    );
  });
});

describe('lognormalParams', () => {
  it('gives parameters whose lognormal has the requested mean and coefficient of variation', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.double({ min: 0.01, max: 3, noNaN: true }), (mean, cv) => {
        const { mu, sigma } = lognormalParams(mean, cv);
        const m = Math.exp(mu + (sigma * sigma) / 2);
        const sd = m * Math.sqrt(Math.exp(sigma * sigma) - 1);
        expect(m / mean).toBeCloseTo(1, 9);
        expect(sd / m / cv).toBeCloseTo(1, 9);
      }),
    );
  });
});
