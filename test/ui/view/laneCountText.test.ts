import { describe, expect, it } from 'vitest';
import { laneCountText } from '../../../src/ui/view/laneCountText';

describe('laneCountText', () => {
  it('gives the day\'s count, the capacity and the mean time to release of an inspected lane', () => {
    expect(laneCountText(99, 1760, 33.6)).toBe('99 today\ncapacity 1,760\nreleased in 34 h');
    expect(laneCountText(86, 1751, 0.45)).toBe('86 today\ncapacity 1,751\nreleased in 27 min');
  });

  it('leaves out a capacity of 0 (green: unlimited) and a lane with no release that day', () => {
    expect(laneCountText(1637, 0, null)).toBe('1,637 today');
    expect(laneCountText(12, 40, null)).toBe('12 today\ncapacity 40');
  });
});
