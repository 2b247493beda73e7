import type { z } from 'zod';

/**
 * A form's unsaved input kept in local storage as it is typed, so that a reload or a closed tab
 * does not lose it (one record per form). Storage may be missing, full or refused: every failure is
 * swallowed (the form still works, only without the safety net), and a stored value that does not
 * pass the form's schema (edited by hand, from another version) is ignored.
 */

/** The parts of Web Storage used here. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where a form keeps what was typed. */
export interface DraftStore<T> {
  /** Keeps `draft` (the last call wins). */ save(draft: T): void;
  /** The kept draft, or null when there is none or it is not one. */ load(): T | null;
  /** Drops the kept draft (saved, sent or cancelled). */ clear(): void;
}

/** A draft store under `key` of `storage` (null: nothing is kept), its drafts checked with `schema` when read. */
export function createDraftStore<T>(storage: DraftStorage | null, key: string, schema: z.ZodType<T>): DraftStore<T> {
  return {
    save(draft) {
      try {
        storage?.setItem(key, JSON.stringify({ version: 1, draft }));
      } catch {
        // Full or refused storage: the form goes on without a kept draft.
      }
    },
    load() {
      try {
        const text = storage?.getItem(key) ?? null;
        if (text === null) return null;
        const record = JSON.parse(text) as { version?: unknown; draft?: unknown } | null;
        if (record === null || typeof record !== 'object' || record.version !== 1) return null;
        const parsed = schema.safeParse(record.draft);
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Refused storage: nothing was kept either.
      }
    },
  };
}
