import { flattenKpis } from './flattenKpis';

/**
 * Daily KPIs as CSV (RFC 4180): a header of flattened KPI paths (`day` first, then the KPI
 * object's field order), one row per day, CRLF line ends as the RFC specifies. Numbers are written
 * in plain decimal notation (no thousands separators, no exponent) so that every spreadsheet
 * locale and `awk` read them the same way; missing or non-finite values are empty fields.
 */

/** Builds the CSV text for `rows` (each a DailyKpis or any object of numbers). */
export function dailyCsv(rows: readonly object[]): string {
  const flat = rows.map((r) => flattenKpis(r));
  const columns: string[] = [];
  const known = new Set<string>();
  const add = (c: string): void => {
    if (!known.has(c)) {
      known.add(c);
      columns.push(c);
    }
  };
  // `day` leads so rows are readable without scrolling; later rows may add columns (e.g. a
  // longer seizures array), which are appended rather than dropped.
  if (flat.some((f) => f.has('day'))) add('day');
  for (const f of flat) for (const key of f.keys()) add(key);
  const lines = [columns.map(csvField).join(',')];
  for (const f of flat) lines.push(columns.map((c) => csvField(formatNumber(f.get(c) ?? null))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Quotes a field per RFC 4180 when it contains a comma, quote, CR or LF. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Formats a number in plain decimal notation, exactly: the shortest round-trip digits of
 * `String(n)` with any exponent expanded (1e-7 becomes 0.0000001, 1e21 becomes 1 followed by 21
 * zeros). Null and non-finite values give an empty string.
 */
export function formatNumber(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '';
  const text = String(n);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, int, frac = '', expText] = match;
  const digits = int + frac;
  // Position of the decimal point within `digits` after applying the exponent.
  const point = int.length + Number(expText);
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + out;
}
