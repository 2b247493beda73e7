import { describe, expect, it } from 'vitest';
import { DEFAULT_TOTAL_HOURS, TOTAL_HOURS_RANGE, flowTimingOf, hashUnit } from '../../../src/ui/view/flowTiming';

const summary = (count: number, meanDays: number) => ({ count, mean: meanDays, p50: meanDays, p95: meanDays });

describe('flowTimingOf', () => {
  it('uses defaults before the first day', () => {
    expect(flowTimingOf(null).total).toEqual(DEFAULT_TOTAL_HOURS);
  });
  it('turns mean clearance days into hours, within the range', () => {
    const clearance = { green: summary(10, 0.1), yellow: summary(5, 0.4), red: summary(5, 3), blue: summary(0, 0), all: summary(20, 0.2) };
    const t = flowTimingOf({ clearance });
    expect(t.total.yellow).toBeCloseTo(9.6);
    expect(t.total.green).toBeCloseTo(2.4);
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
