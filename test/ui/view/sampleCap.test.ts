import { describe, expect, it } from 'vitest';
import { foldBadgeText, sampleNote, thinEvenly } from '../../../src/ui/view/sampleCap';

describe('thinEvenly', () => {
  it('keeps a sample that fits as it is', () => {
    const items = [1, 2, 3];
    expect(thinEvenly(items, 3)).toBe(items);
  });
  it('takes every k-th item from the first, spread over the whole list', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(thinEvenly(items, 5)).toEqual([0, 2, 4, 6, 8]);
    const thinned = thinEvenly(Array.from({ length: 10_000 }, (_, i) => i), 3000);
    expect(thinned).toHaveLength(3000);
    expect(thinned[thinned.length - 1]).toBeGreaterThan(9990);
  });
});

describe('sampleNote', () => {
  it('says how much of the day is drawn', () => {
    expect(sampleNote(2000, 5560, 3)).toBe('Drawing 2,000 of 5,560 declarations of day 3 (1 in 2.8); lane counts are for all of them.');
    expect(sampleNote(100, 5000, 1)).toContain('(1 in 50)');
    expect(sampleNote(40, 40, 2)).toBe('Drawing all 40 declarations of day 2.');
  });
  it('explains an empty view', () => {
    expect(sampleNote(0, 0, 0)).toMatch(/No day simulated yet/);
    expect(sampleNote(0, 812, 4)).toMatch(/no consignments sampled/);
  });
});

describe('foldBadgeText', () => {
  it('counts folded consignments with thousands separators', () => {
    expect(foldBadgeText(562)).toBe('+562 more');
    expect(foldBadgeText(12_345)).toBe('+12,345 more');
  });
});
