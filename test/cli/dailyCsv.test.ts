import { describe, expect, it } from 'vitest';
import { csvField, dailyCsv, formatNumber } from '../../src/cli/dailyCsv';
import { flattenKpis } from '../../src/cli/flattenKpis';

describe('flattenKpis', () => {
  it('names nested fields and array items by dotted path', () => {
    const flat = flattenKpis({ lanes: { red: 3 }, seizures: [0, 2], clearance: { all: { p95: 1.5 } }, ok: true, gap: null });
    expect([...flat]).toEqual([['lanes.red', 3], ['seizures.0', 0], ['seizures.1', 2], ['clearance.all.p95', 1.5], ['ok', 1], ['gap', null]]);
  });

  it('maps non-finite numbers to missing values', () => {
    expect(flattenKpis({ a: NaN, b: Infinity }).get('a')).toBeNull();
  });
});

describe('formatNumber', () => {
  it.each([
    [0, '0'], [-0, '0'], [1234567, '1234567'], [0.25, '0.25'], [-3.5, '-3.5'],
    [1e-7, '0.0000001'], [-1.5e-7, '-0.00000015'], [1.25e21, '1250000000000000000000'], [1e21, '1000000000000000000000'],
    [NaN, ''], [Infinity, ''], [null, ''],
  ])('formats %s as %j', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('round-trips through Number', () => {
    for (const n of [1e-7, 3.14159e-12, 9.87654321e22, 123.456, 2 ** 53 + 2]) expect(Number(formatNumber(n))).toBe(n);
  });
});

describe('csvField', () => {
  it('quotes only when needed, doubling quotes (RFC 4180)', () => {
    expect(csvField('lanes.red')).toBe('lanes.red');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

describe('dailyCsv', () => {
  it('writes a header with day first and one CRLF-terminated row per day', () => {
    const csv = dailyCsv([
      { declarations: 5000, day: 0, lanes: { red: 1 }, seizures: [0, 1] },
      { declarations: 4900, day: 1, lanes: { red: 2 }, seizures: [0, 0] },
    ]);
    expect(csv).toBe('day,declarations,lanes.red,seizures.0,seizures.1\r\n0,5000,1,0,1\r\n1,4900,2,0,0\r\n');
  });

  it('appends columns that appear only in later rows, leaving earlier cells empty', () => {
    expect(dailyCsv([{ a: 1 }, { a: 2, b: 3 }])).toBe('a,b\r\n1,\r\n2,3\r\n');
  });
});
