import { decodeRunLink, encodeRunLink, type DecodedLink, type RunLinkState } from './runLink';
import { clampSpeed } from './speed';

/**
 * Local autosave: the run (as its link query) and the page preferences, written to storage a
 * moment after the last change so a burst of changes costs one write. A reload restores them.
 * Storage may be missing, full or refused (private windows, lab machines): every failure is
 * swallowed, because autosave must never break the run.
 */

/** Storage key of the autosave record. */
export const AUTOSAVE_KEY = 'customs-risk-lab/autosave';
/** Default wait after the last change before writing, milliseconds. */
export const AUTOSAVE_DELAY_MS = 400;

/** Page preferences kept beside the run. */
export interface Preferences {
  /** Play speed, days per second. */ readonly speed: number;
  /** Reduced motion, when the user chose it (null: follow the system setting). */ readonly reducedMotion: boolean | null;
}

/** What the autosave holds. */
export interface SavedSession {
  /** The run, decoded from the saved link (with problems if it no longer validates). */ readonly link: DecodedLink;
  /** Page preferences. */ readonly prefs: Preferences;
  /** The baseline shown beside the run, or null (also when its saved link no longer validates). */ readonly baseline: RunLinkState | null;
}

/** The parts of Web Storage used here. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** Timer functions, injectable for tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The debounced autosave. */
export interface Autosave {
  /** Schedules a write of `state`, `prefs` and the baseline (the last call wins). */ save(state: RunLinkState, prefs: Preferences, baseline?: RunLinkState | null): void;
  /** Writes a scheduled save now (e.g. when the page is hidden). */ flush(): void;
  /** Reads the saved session, or null when there is none or it cannot be read. */ load(): SavedSession | null;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Creates an autosave over `store` (null: nothing is saved or restored). */
export function createAutosave(store: KeyValueStore | null, delayMs = AUTOSAVE_DELAY_MS, timers: Timers = realTimers): Autosave {
  let timer: unknown = null;
  let pending: string | null = null;

  const write = (): void => {
    timer = null;
    if (pending === null || store === null) return;
    const text = pending;
    pending = null;
    try {
      store.setItem(AUTOSAVE_KEY, text);
    } catch {
      // Full or refused storage: the link in the address still holds the run.
    }
  };

  return {
    save(state, prefs, baseline = null) {
      pending = JSON.stringify({
        version: 1, link: encodeRunLink(state).toString(), prefs, savedAt: new Date().toISOString(),
        ...(baseline ? { baseline: encodeRunLink(baseline).toString() } : {}),
      });
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(write, delayMs);
    },
    flush() {
      if (timer !== null) timers.clearTimeout(timer);
      write();
    },
    load() {
      let text: string | null;
      try {
        text = store?.getItem(AUTOSAVE_KEY) ?? null;
      } catch {
        return null;
      }
      if (text === null) return null;
      try {
        const raw = JSON.parse(text) as { version?: unknown; link?: unknown; baseline?: unknown; prefs?: { speed?: unknown; reducedMotion?: unknown } };
        if (raw.version !== 1 || typeof raw.link !== 'string') return null;
        const speed = typeof raw.prefs?.speed === 'number' ? clampSpeed(raw.prefs.speed) : clampSpeed(Number.NaN);
        const reducedMotion = typeof raw.prefs?.reducedMotion === 'boolean' ? raw.prefs.reducedMotion : null;
        const base = typeof raw.baseline === 'string' ? decodeRunLink(new URLSearchParams(raw.baseline)) : null;
        return { link: decodeRunLink(new URLSearchParams(raw.link)), prefs: { speed, reducedMotion }, baseline: base && base.problems.length === 0 ? base.state : null };
      } catch {
        return null;
      }
    },
  };
}
