import { describe, expect, it } from 'vitest';
import { DEFAULT_TOTAL_HOURS, TOTAL_HOURS_RANGE, flowTimingOf, hashUnit } from '../../../src/ui/view/flowTiming';

const summary = (count: number, meanHours: number) => ({ count, mean: meanHours, p50: meanHours, p95: meanHours });

describe('flowTimingOf', () => {
  it('uses defaults before the first day', () => {
    expect(flowTimingOf(null).total).toEqual(DEFAULT_TOTAL_HOURS);
  });
  it('spends the mean clearance hours of each lane, within the range', () => {
    const clearance = { green: summary(10, 0.1), yellow: summary(5, 9.6), red: summary(5, 72), blue: summary(0, 0), all: summary(20, 0.2) };
    const t = flowTimingOf({ clearance });
    expect(t.total.yellow).toBeCloseTo(9.6);
    expect(t.total.green).toBe(TOTAL_HOURS_RANGE[0]);
    expect(t.total.red).toBe(TOTAL_HOURS_RANGE[1]);
    expect(t.total.blue).toBe(DEFAULT_TOTAL_HOURS.blue);
  });
});

describe('hashUnit', () => {
  it('is deterministic, in [0, 1) and spread out', () => {
    expect(hashUnit(2_000_001)).toBe(hashUnit(2_000_001));
    expect(hashUnit(2_000_001, 1)).not.toBe(hashUnit(2_000_001, 2));
    const values = Array.from({ length: 1000 }, (_, i) => hashUnit(3_650_000_000 + i));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
