/** The seed field: parsing, and showing a validation error next to it. */
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

/** The seed field and its error message element. */
export interface SeedField {
  /** The current seed, or null (and the error shown) when the text is not a valid seed. */
  read(): number | null;
  /** Puts a seed in the field and clears any error. */
  set(seed: number): void;
  /** Moves keyboard focus to the field. */
  focus(): void;
}

/** Wires validation to a seed input: errors show as the user types and when the seed is read. */
export function createSeedField(input: HTMLInputElement, error: HTMLElement): SeedField {
  const show = (message: string | null): void => {
    error.textContent = message ?? '';
    error.hidden = message === null;
    input.setAttribute('aria-invalid', String(message !== null));
  };
  const validate = (): number | null => {
    const parsed = parseSeed(input.value);
    show(parsed.ok ? null : parsed.error);
    return parsed.ok ? parsed.seed : null;
  };
  input.addEventListener('input', validate);
  show(null);
  return {
    read: validate,
    set: (seed) => {
      input.value = String(seed);
      show(null);
    },
    focus: () => input.focus(),
  };
}
