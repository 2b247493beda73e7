import { describe, expect, it } from 'vitest';
import { fromPercent, parseNumberText, rangeText, toPercent } from '../../../src/ui/panel/parseNumber';

const pct = { min: 0, max: 100, unit: '%' };
const teams = { min: 0, max: 10_000, integer: true, unit: 'teams' };

describe('panel number parsing', () => {
  it('accepts numbers within the limits, a decimal comma too', () => {
    expect(parseNumberText(' 2.5 ', pct)).toEqual({ ok: true, value: 2.5 });
    expect(parseNumberText('2,5', pct)).toEqual({ ok: true, value: 2.5 });
    expect(parseNumberText('.5', pct)).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberText('10000', teams)).toEqual({ ok: true, value: 10_000 });
  });

  it('refuses with a reason that says what is allowed', () => {
    const cases: [string, object, RegExp][] = [
      ['', pct, /Enter a value: 0–100 %/],
      ['abc', pct, /"abc" is not a number\. Allowed: 0–100 %/],
      ['1e3', pct, /not a number/],
      ['101', pct, /at most 100/],
      ['-1', pct, /at least 0/],
      ['2.5', teams, /whole number/],
    ];
    for (const [text, limits, message] of cases) {
      const r = parseNumberText(text, limits as typeof pct);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });

  it('describes ranges and converts percentages without float noise', () => {
    expect(rangeText(teams)).toBe('whole number 0–10,000 teams');
    expect(toPercent(0.005)).toBe(0.5);
    expect(toPercent(0.07)).toBe(7);
    expect(fromPercent(0.5)).toBe(0.005);
    expect(fromPercent(7)).toBe(0.07);
  });
});
