import type { RandomStream } from './stream';

/**
 * Samplers for the distributions the model uses. Each takes its uniforms from a caller's stream
 * so that the caller decides which subsystem pays for the draw.
 */

/** Poisson(mean) by inversion for small means and a rounded normal approximation above 60. */
export function samplePoisson(stream: RandomStream, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 60) {
    const n = Math.round(mean + Math.sqrt(mean) * sampleStandardNormal(stream));
    return n < 0 ? 0 : n;
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = stream.next();
  while (p > limit) {
    k++;
    p *= stream.next();
  }
  return k;
}

/** A standard normal deviate (Box-Muller, one of the pair kept). */
export function sampleStandardNormal(stream: RandomStream): number {
  const u = 1 - stream.next();
  const v = stream.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A standard normal deviate from two given uniforms in [0, 1). */
export function normalFromUniforms(u: number, v: number): number {
  return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
}

/** Lognormal parameters (mu, sigma of the log) that give the requested mean and coefficient of variation. */
export function lognormalParams(mean: number, cv: number): { mu: number; sigma: number } {
  const sigma2 = Math.log(1 + cv * cv);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** A Pareto (type I) deviate with scale 1 and shape `alpha`: heavy-tailed trader sizes. */
export function samplePareto(stream: RandomStream, alpha: number): number {
  return Math.pow(1 - stream.next(), -1 / alpha);
}

/** A Beta(a, b) deviate via two gamma deviates (Marsaglia-Tsang for shape >= 1, boosted below). */
export function sampleBeta(stream: RandomStream, a: number, b: number): number {
  const x = sampleGamma(stream, a);
  const y = sampleGamma(stream, b);
  return x / (x + y);
}

/** A Gamma(shape, 1) deviate (Marsaglia & Tsang 2000). */
export function sampleGamma(stream: RandomStream, shape: number): number {
  if (shape < 1) return sampleGamma(stream, shape + 1) * Math.pow(stream.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleStandardNormal(stream);
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = stream.next();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}
