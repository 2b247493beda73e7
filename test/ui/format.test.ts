import { describe, expect, it } from 'vitest';
import { formatCount, formatHours, formatPercent, formatRateOf, formatRatio, formatUsd, MISSING, weekdayOf } from '../../src/ui/format';
import { parseSeed } from '../../src/ui/seedInput';

describe('page number formats', () => {
  it('formats counts with separators', () => {
    expect(formatCount(5078)).toBe('5,078');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(Number.NaN)).toBe(MISSING);
  });

  it('groups whole counts by hand exactly as Intl.NumberFormat does', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    const values = [0, -0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789, 2 ** 40, 999_999_999_999_999, 1e15, -5078, 1234.5, 0.4, -0.4];
    for (let k = 1; k < 2 ** 31; k = k * 7 + 3) values.push(k, k - 1);
    for (const v of values) expect(formatCount(v), String(v)).toBe(intl.format(v));
  });

  it('formats fractions as percentages', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(0.0045)).toBe('0.45%');
    expect(formatRateOf(0.5, 0)).toBe(MISSING);
    expect(formatRateOf(0.5, 10)).toBe('50.0%');
  });

  it('formats USD with k, M and B', () => {
    expect(formatUsd(850)).toBe('$850');
    expect(formatUsd(12_345)).toBe('$12.3k');
    expect(formatUsd(999_999)).toBe('$1.00M');
    expect(formatUsd(4_560_000)).toBe('$4.56M');
    expect(formatUsd(1_200_000_000)).toBe('$1.20B');
    expect(formatUsd(-2_500)).toBe('-$2.50k');
  });

  it('formats hours, minutes below one hour', () => {
    expect(formatHours(0.75)).toBe('45 min');
    expect(formatHours(2.44)).toBe('2.4 h');
    expect(formatHours(37.2)).toBe('37 h');
    expect(formatHours(-1)).toBe(MISSING);
  });

  it('formats ratios and weekdays', () => {
    expect(formatRatio(3.42)).toBe('×3.4');
    expect(formatRatio(0)).toBe(MISSING);
    expect(weekdayOf(0, 0)).toBe('Mon');
    expect(weekdayOf(6, 2)).toBe('Tue');
  });
});

describe('seed field', () => {
  it('accepts whole numbers from 0 to 2^31 - 1', () => {
    expect(parseSeed(' 42 ')).toEqual({ ok: true, seed: 42 });
    expect(parseSeed('0')).toEqual({ ok: true, seed: 0 });
    expect(parseSeed('2147483647')).toEqual({ ok: true, seed: 2147483647 });
  });

  it('refuses anything else with a message', () => {
    for (const text of ['', '-1', '1.5', 'abc', '1e3', '2147483648']) {
      const parsed = parseSeed(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(10);
    }
  });
});
