import type { RandomStream } from './stream';

/**
 * Uniforms drawn from a stream in blocks: the hot loop reads `u[k++]` instead of calling the
 * generator once per number, and refills between declarations (`ensure`) so a declaration never
 * straddles a refill. The sequence is exactly the stream's, so results do not depend on the block
 * size; only numbers actually consumed are counted as draws.
 */
export interface UniformBlock {
  /** The current block of uniforms in [0, 1). */ u: Float64Array;
  /** Next unread position. */ k: number;
}

/** Block size: large enough to amortise refills, small enough to stay in L1 cache. */
const BLOCK = 2048;

/** Creates an empty block over a stream. */
export function createUniformBlock(): UniformBlock {
  return { u: new Float64Array(BLOCK), k: BLOCK };
}

/**
 * Makes sure at least `need` unread uniforms are available, moving the unread tail to the front
 * and filling the rest from `stream`. Returns the number of uniforms newly drawn.
 */
export function ensureUniforms(block: UniformBlock, stream: RandomStream, need: number): number {
  const u = block.u;
  const left = u.length - block.k;
  if (left >= need) return 0;
  u.copyWithin(0, block.k);
  stream.fill(u, left, u.length);
  block.k = 0;
  return u.length - left;
}
