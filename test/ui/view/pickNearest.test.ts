import { describe, expect, it } from 'vitest';
import { pickNearest } from '../../../src/ui/view/pickNearest';

describe('pickNearest', () => {
  const xs = Float32Array.from([0, 10, 20]), ys = Float32Array.from([0, 0, 0]);
  it('finds the nearest visible point in the radius', () => {
    expect(pickNearest(xs, ys, Uint8Array.from([1, 1, 1]), 3, 12, 1, 5)).toBe(1);
    expect(pickNearest(xs, ys, Uint8Array.from([1, 0, 1]), 3, 12, 1, 9)).toBe(2);
  });
  it('returns -1 when nothing is close enough', () => {
    expect(pickNearest(xs, ys, Uint8Array.from([1, 1, 1]), 3, 5, 30, 4)).toBe(-1);
  });
});
