/** Parsing of the seed field, with the message shown next to it. */
import { MAX_SEED } from '../workers/limits';

const MAX_TEXT = MAX_SEED.toLocaleString('en-US');

/** A parsed seed, or why the text is not one. */
export type SeedParse = { ok: true; seed: number } | { ok: false; error: string };

/** Parses the text of the seed field: a whole number from 0 to MAX_SEED. */
export function parseSeed(text: string): SeedParse {
  const t = text.trim();
  if (t === '') return { ok: false, error: `Enter a seed: a whole number from 0 to ${MAX_TEXT}.` };
  if (!/^\d+$/.test(t)) return { ok: false, error: 'The seed must be a whole number (digits only).' };
  const seed = Number(t);
  if (!Number.isSafeInteger(seed) || seed > MAX_SEED) return { ok: false, error: `The seed must be at most ${MAX_TEXT}.` };
  return { ok: true, seed };
}
