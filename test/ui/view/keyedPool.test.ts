import { describe, expect, it } from 'vitest';
import { KeyedPool } from '../../../src/ui/view/keyedPool';

describe('KeyedPool', () => {
  it('returns the same object for the same id within and across passes', () => {
    const pool = new KeyedPool(() => ({}));
    pool.begin();
    const a = pool.acquire(1);
    expect(pool.acquire(1)).toBe(a);
    pool.sweep();
    pool.begin();
    expect(pool.acquire(1)).toBe(a);
  });
  it('frees objects not acquired in a pass', () => {
    const pool = new KeyedPool(() => ({}));
    pool.begin();
    pool.acquire(1); pool.acquire(2);
    pool.sweep();
    pool.begin();
    pool.acquire(2);
    expect(pool.sweep()).toBe(1);
    expect(pool.get(1)).toBeUndefined();
  });
  it('syncs to a new day, reusing the previous day objects instead of creating more', () => {
    let made = 0;
    const pool = new KeyedPool(() => ({ n: made++ }));
    const out: { n: number }[] = [];
    pool.sync(Array.from({ length: 100 }, (_, i) => i), 100, out);
    const kept = out[99];
    pool.sync([99, ...Array.from({ length: 79 }, (_, i) => 1000 + i)], 80, out);
    expect(out).toHaveLength(80);
    expect(out[0]).toBe(kept);
    expect(new Set(out).size).toBe(80);
    expect(pool.active).toBe(80);
    expect(pool.created).toBe(100);
    expect(pool.get(5)).toBeUndefined();
    expect(pool.get(1000)).toBe(out[1]);
  });
});
