import type { Autosave } from './state/autosave';
import type { RunContext } from './state/runMachine';
import { encodeRunLink } from './state/runLink';
import type { RunResult } from '../workers/runMessages';
import type { RunSpec } from '../workers/runSpec';

/** While playing, the share link and the autosave are brought up to date at most this often, ms. */
export const PLAYING_INTERVAL_MS = 1000;

/** Keeps the address, the share link and the autosave in step with the run. */
export interface RunPersistence {
  /** Records the run's spec, day and preferences; while `playing` the address is left as it is. */ update(playing: boolean): void;
  /** Writes the address and the autosave now (the page is being hidden or closed). */ flush(): void;
}

/** What the persistence reads and where it writes. */
export interface PersistenceDeps {
  /** The run machine's context now. */ readonly context: () => RunContext;
  /** The user's reduced-motion choice (null: follow the system). */ readonly reducedMotion: () => boolean | null;
  /** The local autosave. */ readonly autosave: Autosave;
  /** Shows the run's link. */ readonly showLink: (url: string) => void;
}

/**
 * Creates the persistence: the link query is encoded once per spec and day (not on every
 * snapshot), the autosave (run, preferences and baseline) is scheduled only when something it
 * holds changed, and the address is replaced (never pushed: a run is one page, not a history)
 * whenever the run stops, pauses or changes, and when the page is hidden or closed. While a run
 * plays the share panel's link and the autosave follow once a second, but the address does not: Chromium's
 * history.replaceState now and then blocks the main thread for 50-80 ms (measured on the
 * benchmark machine), a dropped frame of the view each time.
 */
export function createRunPersistence(deps: PersistenceDeps): RunPersistence {
  let linkKey: { spec: RunSpec; day: number; search: string } | null = null;
  let savedKey = '';
  let savedBaseline: RunResult | null = null;

  const linkSearch = (): string => {
    const { spec, day } = deps.context();
    if (linkKey === null || linkKey.spec !== spec || linkKey.day !== day) linkKey = { spec, day, search: encodeRunLink({ spec, day }).toString() };
    return linkKey.search;
  };
  const save = (): void => {
    const c = deps.context();
    const reducedMotion = deps.reducedMotion();
    const b = c.baseline;
    const key = `${linkSearch()}|${c.speed}|${String(reducedMotion)}`;
    if (key === savedKey && b === savedBaseline) return;
    savedKey = key;
    savedBaseline = b;
    deps.autosave.save({ spec: c.spec, day: c.day }, { speed: c.speed, reducedMotion }, b ? { spec: b.spec, day: b.snapshot.day } : null);
  };
  let shownSearch = '';
  const writeUrl = (toAddress: boolean): void => {
    const search = linkSearch();
    if (search === shownSearch && !toAddress) return;
    shownSearch = search;
    const url = new URL(window.location.href);
    url.search = search;
    const href = url.toString();
    deps.showLink(href);
    if (toAddress && href !== window.location.href) window.history.replaceState(null, '', url);
  };

  let playedAt = Number.NEGATIVE_INFINITY;
  return {
    update(playing) {
      if (playing) {
        // A day every 90 ms or so at full speed: the link and the autosave follow once a second.
        const now = performance.now();
        if (now - playedAt < PLAYING_INTERVAL_MS) return;
        playedAt = now;
      } else playedAt = Number.NEGATIVE_INFINITY;
      writeUrl(!playing);
      save();
    },
    flush() {
      writeUrl(true);
      save();
      deps.autosave.flush();
    },
  };
}
