/**
 * Counter-based uniform numbers: a pure function of (key, id, purpose). Used for events whose
 * order depends on policy (service times, detection, random selection), so that a declaration
 * gets the same draw whatever happens to the others: two policies are compared on the same luck.
 *
 * The mixing is the "lowbias32" integer hash (Chris Wellons, hash-prospector, public domain),
 * chained over the three inputs.
 */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  x ^= x >>> 15;
  return x >>> 0;
}

/** Hashes a seed and a subsystem name to a 32-bit key for {@link counterUniform}. */
export function counterKey(seed: number, subsystem: string): number {
  let h = mix32((seed >>> 0) ^ 0x9e3779b9);
  for (let i = 0; i < subsystem.length; i++) h = mix32(h ^ subsystem.charCodeAt(i));
  return h;
}

/** A uniform number in [0, 1) for `(key, id, purpose)`; `id` is any integer below 2^53. */
export function counterUniform(key: number, id: number, purpose: number): number {
  const lo = id >>> 0;
  const hi = Math.floor(id / 4294967296) >>> 0;
  let h = mix32(key ^ lo);
  h = mix32(h ^ hi ^ 0x85ebca6b);
  h = mix32(h ^ Math.imul(purpose + 1, 0xc2b2ae35));
  return h / 4294967296;
}
