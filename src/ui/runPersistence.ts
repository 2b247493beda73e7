import type { Autosave } from './state/autosave';
import type { RunContext } from './state/runMachine';
import { encodeRunLink } from './state/runLink';
import type { RunResult } from '../workers/runMessages';
import type { RunSpec } from '../workers/runSpec';
import { keepAddressForReload } from './reloadAddress';
import type { RunPhase } from './state/runView';

/** While playing, the share link and the autosave are brought up to date at most this often, ms. */
export const PLAYING_INTERVAL_MS = 1000;

/**
 * What the run is doing, for when the address may be written: `playing` (days go by), `computing`
 * (the worker computes a run the page waits for: a policy change's re-run) or `still`.
 */
export type RunActivity = 'playing' | 'computing' | 'still';

/** The activity of a run in phase `phase`: the first run loading and a change's re-run are computed. */
export function activityOf(phase: RunPhase): RunActivity {
  return phase === 'playing' ? 'playing' : phase === 'recomputing' || phase === 'loading' ? 'computing' : 'still';
}

/** Keeps the address, the share link and the autosave in step with the run. */
export interface RunPersistence {
  /** Records the run's spec, day and preferences; the address is written only when the run is `still`. */ update(activity: RunActivity): void;
  /** Writes the address and the autosave now (the page is being hidden). */ flush(): void;
  /**
   * As flush, and keeps the address for a reload of this tab (the page is being left): a reload
   * starts loading the address the page had when it began, before the page's last write.
   */
  leave(): void;
}

/** The page's address (window.location and window.history in the page, a fake in tests). */
export interface AddressBar {
  /** The address now. */ href(): string;
  /** Replaces the address (no history entry). */ replace(url: string): void;
  /** Keeps `url` for the next load of this tab, if it is a reload (see reloadAddress.ts). */ keepForReload(url: string): void;
}

/** The page's address bar. */
export const WINDOW_ADDRESS: AddressBar = {
  href: () => window.location.href,
  replace: (url) => window.history.replaceState(null, '', url),
  keepForReload: (url) => keepAddressForReload(url),
};

/**
 * Runs `job` when the page is idle (within `timeoutMs` at the latest); returns a cancel function.
 * requestIdleCallback where the browser has it, a timer otherwise.
 */
export type IdleScheduler = (job: () => void, timeoutMs: number) => () => void;

/** The page's idle scheduler. */
export const WINDOW_IDLE: IdleScheduler = (job, timeoutMs) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(job, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(job, 0);
  return () => clearTimeout(handle);
};

/** A stopped or changed run's address is written within this time, ms (sooner when the page is idle). */
export const ADDRESS_IDLE_TIMEOUT_MS = 1000;

/** What the persistence reads and where it writes. */
export interface PersistenceDeps {
  /** The run machine's context now. */ readonly context: () => RunContext;
  /** The user's reduced-motion choice (null: follow the system). */ readonly reducedMotion: () => boolean | null;
  /** The local autosave. */ readonly autosave: Autosave;
  /** Shows the run's link. */ readonly showLink: (url: string) => void;
  /** The address bar. */ readonly address: AddressBar;
  /** Where the address write waits for an idle moment. */ readonly idle: IdleScheduler;
}

/**
 * Creates the persistence: the link query is encoded once per spec and day (not on every
 * snapshot), the autosave (run, preferences and baseline) is scheduled only when something it
 * holds changed, and the address is replaced (never pushed: a run is one page, not a history)
 * whenever the run stops, pauses or changes, and when the page is hidden or closed. While a run
 * plays the share panel's link and the autosave follow once a second, but the address does not: Chromium's
 * history.replaceState now and then blocks the main thread for 50-80 ms (measured on the
 * benchmark machine), a dropped frame of the view each time. Otherwise the address is written in
 * the next idle moment, not at once, and not while a re-run is computed: the page is idle then,
 * but replaceState took 9-29 ms of the main thread and 20 ms of the browser process's (traced in
 * Chromium) while the worker computed, time that slowed the worker on a two-core machine and
 * delayed the charts. So a change's address is written once its re-run is shown.
 * {@link RunPersistence.flush} writes it at once.
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
  let shownSearch = '', shownHref = '';
  let cancelAddress: (() => void) | null = null;
  const cancelPending = (): void => {
    cancelAddress?.();
    cancelAddress = null;
  };
  const writeAddress = (): void => {
    cancelPending();
    if (shownHref !== deps.address.href()) deps.address.replace(shownHref);
  };
  // 'no' while playing or computing (a pending write is dropped: the pause or the run's arrival writes it), 'idle' otherwise, 'now' when the page goes.
  const writeUrl = (toAddress: 'no' | 'idle' | 'now'): void => {
    const search = linkSearch();
    if (search !== shownSearch) {
      shownSearch = search;
      const url = new URL(deps.address.href());
      url.search = search;
      shownHref = url.toString();
      deps.showLink(shownHref);
    }
    if (toAddress === 'now') writeAddress();
    else if (toAddress === 'no') cancelPending();
    else if (cancelAddress === null && shownHref !== deps.address.href()) cancelAddress = deps.idle(writeAddress, ADDRESS_IDLE_TIMEOUT_MS);
  };

  const flush = (): void => {
    writeUrl('now');
    save();
    deps.autosave.flush();
  };
  let playedAt = Number.NEGATIVE_INFINITY;
  return {
    update(activity) {
      if (activity === 'playing') {
        // A day every 90 ms or so at full speed: the link and the autosave follow once a second.
        const now = performance.now();
        if (now - playedAt < PLAYING_INTERVAL_MS) return;
        playedAt = now;
      } else playedAt = Number.NEGATIVE_INFINITY;
      writeUrl(activity === 'still' ? 'idle' : 'no');
      save();
    },
    flush,
    leave() {
      flush();
      deps.address.keepForReload(shownHref);
    },
  };
}
