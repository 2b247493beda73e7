import { lognormalParams, normalFromUniforms } from '../random/distributions';

/** A service-time distribution reduced to numbers, in hours. */
export interface ServiceTimeSampler {
  /** 0 fixed, 1 exponential, 2 lognormal. */ readonly kind: number;
  /** Mean, hours. */ readonly mean: number;
  /** Lognormal mu of log-hours. */ readonly mu: number;
  /** Lognormal sigma of log-hours. */ readonly sigma: number;
}

/** A distribution's name in the scenario. */
type DistributionName = 'fixed' | 'exponential' | 'lognormal';

/** Builds a sampler from a scenario service spec (minutes). */
export function createServiceTimeSampler(spec: { distribution: DistributionName; meanMinutes: number; cv: number }): ServiceTimeSampler {
  return samplerOfHours(spec.distribution, spec.meanMinutes / 60, spec.cv);
}

/** Builds a sampler from a scenario handling spec (hours). */
export function createHandlingSampler(spec: { distribution: DistributionName; meanHours: number; cv: number }): ServiceTimeSampler {
  return samplerOfHours(spec.distribution, spec.meanHours, spec.cv);
}

function samplerOfHours(distribution: DistributionName, mean: number, cv: number): ServiceTimeSampler {
  const kind = distribution === 'fixed' ? 0 : distribution === 'exponential' ? 1 : 2;
  const { mu, sigma } = kind === 2 && cv > 0 ? lognormalParams(mean, cv) : { mu: Math.log(mean), sigma: 0 };
  return { kind, mean, mu, sigma };
}

/** Draws a service time (hours) from two uniforms. */
export function sampleServiceHours(s: ServiceTimeSampler, u: number, v: number): number {
  if (s.kind === 0) return s.mean;
  if (s.kind === 1) return -s.mean * Math.log(1 - u);
  return Math.exp(s.mu + s.sigma * normalFromUniforms(u, v));
}
