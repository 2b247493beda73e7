import { describe, expect, it } from 'vitest';
import { lineColumn, parseJsonText } from '../../src/cli/parseJsonText';

describe('parseJsonText', () => {
  it('parses valid JSON, ignoring a byte-order mark', () => {
    expect(parseJsonText('\ufeff{"a": 1}', 'x.json')).toEqual({ a: 1 });
  });

  it('reports a syntax error with the file, line and column', () => {
    expect(() => parseJsonText('{\n  "a": 1\n  "b": 2\n}', 'my.json')).toThrow(/^--scenario my\.json:3:3: invalid JSON: Expected ',' or '}' after property value$/);
  });

  it('reports truncated input at its end', () => {
    expect(() => parseJsonText('{\n  "a": ', 'cut.json')).toThrow(/cut\.json:2:8: invalid JSON: Unexpected end of JSON input/);
  });
});

describe('lineColumn', () => {
  it('is 1-based', () => {
    expect(lineColumn('ab\ncd', 0)).toBe('1:1');
    expect(lineColumn('ab\ncd', 4)).toBe('2:2');
  });
});
