/**
 * Parsing of the panel's number inputs. Pure, so the rules (what is refused and what the message
 * says) are unit-tested without a DOM.
 */

/** What a number field accepts. Values are in display units (e.g. percent). */
export interface NumberLimits {
  /** Smallest allowed value. */ readonly min: number;
  /** Largest allowed value. */ readonly max: number;
  /** Whole numbers only. */ readonly integer?: boolean;
  /** Unit shown after the value, e.g. `%` or `teams`. */ readonly unit?: string;
}

/** A parsed value, or why the text is refused. */
export type NumberParse = { ok: true; value: number } | { ok: false; error: string };

/** The allowed range in words: `0–100 %`, `whole number 0–10,000`. */
export function rangeText(l: NumberLimits): string {
  const f = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return `${l.integer ? 'whole number ' : ''}${f(l.min)}–${f(l.max)}${l.unit ? ` ${l.unit}` : ''}`;
}

/** Parses a field's text: a finite number (a comma is read as a decimal point), within limits. */
export function parseNumberText(text: string, l: NumberLimits): NumberParse {
  const t = text.trim().replace(/\s+/g, '');
  if (t === '') return { ok: false, error: `Enter a value: ${rangeText(l)}.` };
  const normalised = /^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return { ok: false, error: `"${text.trim().slice(0, 20)}" is not a number. Allowed: ${rangeText(l)}.` };
  const value = Number(normalised);
  if (l.integer && !Number.isInteger(value)) return { ok: false, error: `Must be a whole number. Allowed: ${rangeText(l)}.` };
  if (value < l.min) return { ok: false, error: `Must be at least ${l.min.toLocaleString('en-US')}. Allowed: ${rangeText(l)}.` };
  if (value > l.max) return { ok: false, error: `Must be at most ${l.max.toLocaleString('en-US')}. Allowed: ${rangeText(l)}.` };
  return { ok: true, value };
}

/** A fraction shown as a percentage without float noise: 0.005 → 0.5. */
export function toPercent(fraction: number): number {
  return Math.round(fraction * 100 * 1e6) / 1e6;
}

/** A percentage back to a fraction without float noise: 0.5 → 0.005. */
export function fromPercent(percent: number): number {
  return Math.round((percent / 100) * 1e9) / 1e9;
}
