import type { Autosave } from './state/autosave';
import type { RunContext } from './state/runMachine';
import { encodeRunLink } from './state/runLink';
import type { RunResult } from '../workers/runMessages';
import type { RunSpec } from '../workers/runSpec';

/** While playing, the address is rewritten at most this often, milliseconds. */
export const URL_INTERVAL_MS = 1000;

/** Keeps the address, the share link and the autosave in step with the run. */
export interface RunPersistence {
  /** Records the run's spec, day and preferences; `playing` limits how often the address changes. */ update(playing: boolean): void;
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
 * holds changed, and the address is
 * replaced (never pushed: a run is one page, not a history) at most once a second while playing.
 */
export function createRunPersistence(deps: PersistenceDeps): RunPersistence {
  let linkKey: { spec: RunSpec; day: number; search: string } | null = null;
  let savedKey = '';
  let savedBaseline: RunResult | null = null;
  let urlWrittenAt = Number.NEGATIVE_INFINITY;

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
  const writeUrl = (force: boolean): void => {
    const url = new URL(window.location.href);
    url.search = linkSearch();
    const href = url.toString();
    deps.showLink(href);
    if (href === window.location.href) return;
    const now = performance.now();
    if (!force && now - urlWrittenAt < URL_INTERVAL_MS) return;
    urlWrittenAt = now;
    window.history.replaceState(null, '', url);
  };

  return {
    update(playing) {
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
