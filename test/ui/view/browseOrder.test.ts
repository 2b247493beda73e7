import { describe, expect, it } from 'vitest';
import { browseOrder, browseStepOfKey, stepBrowse } from '../../../src/ui/view/browseOrder';

// office, lane, arrival: sample index -> expected browsing position
const sample = [
  { office: 1, lane: 'green', arrivalHour: 1 }, // 3
  { office: 0, lane: 'red', arrivalHour: 5 }, // 2
  { office: 0, lane: 'green', arrivalHour: 9 }, // 1
  { office: 0, lane: 'green', arrivalHour: 2 }, // 0
  { office: 1, lane: 'blue', arrivalHour: 0 }, // 4
];

describe('browseOrder', () => {
  const b = browseOrder(sample);
  it('orders by office, lane and arrival', () => {
    expect([...b.order]).toEqual([3, 2, 1, 0, 4]);
    expect(b.positionOf[1]).toBe(2);
    expect([...b.groupStart]).toEqual([0, 0, 2, 3, 4]);
  });
  it('steps and wraps', () => {
    expect(stepBrowse(b, -1, 'next')).toBe(0);
    expect(stepBrowse(b, -1, 'previous')).toBe(4);
    expect(stepBrowse(b, 4, 'next')).toBe(0);
    expect(stepBrowse(b, 0, 'previous')).toBe(4);
  });
  it('jumps between groups', () => {
    expect(stepBrowse(b, 0, 'nextGroup')).toBe(2);
    expect(stepBrowse(b, 1, 'nextGroup')).toBe(2);
    expect(stepBrowse(b, 4, 'nextGroup')).toBe(0);
    expect(stepBrowse(b, 3, 'previousGroup')).toBe(2);
    expect(stepBrowse(b, 1, 'previousGroup')).toBe(4);
  });
  it('is empty-safe', () => {
    expect(stepBrowse(browseOrder([]), -1, 'next')).toBe(-1);
  });
  it('maps keys to steps', () => {
    expect(browseStepOfKey('ArrowRight')).toBe('next');
    expect(browseStepOfKey('ArrowUp')).toBe('previousGroup');
    expect(browseStepOfKey('x')).toBeNull();
  });
});
