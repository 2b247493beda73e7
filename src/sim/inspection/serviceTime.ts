import { lognormalParams, normalFromUniforms } from '../random/distributions';

/** A service-time distribution reduced to numbers, in hours. */
export interface ServiceTimeSampler {
  /** 0 fixed, 1 exponential, 2 lognormal. */ readonly kind: number;
  /** Mean, hours. */ readonly mean: number;
  /** Lognormal mu of log-hours. */ readonly mu: number;
  /** Lognormal sigma of log-hours. */ readonly sigma: number;
}

/** Builds a sampler from a scenario service spec (minutes). */
export function createServiceTimeSampler(spec: { distribution: 'fixed' | 'exponential' | 'lognormal'; meanMinutes: number; cv: number }): ServiceTimeSampler {
  const mean = spec.meanMinutes / 60;
  const kind = spec.distribution === 'fixed' ? 0 : spec.distribution === 'exponential' ? 1 : 2;
  const { mu, sigma } = kind === 2 && spec.cv > 0 ? lognormalParams(mean, spec.cv) : { mu: Math.log(mean), sigma: 0 };
  return { kind, mean, mu, sigma };
}

/** Draws a service time (hours) from two uniforms. */
export function sampleServiceHours(s: ServiceTimeSampler, u: number, v: number): number {
  if (s.kind === 0) return s.mean;
  if (s.kind === 1) return -s.mean * Math.log(1 - u);
  return Math.exp(s.mu + s.sigma * normalFromUniforms(u, v));
}
