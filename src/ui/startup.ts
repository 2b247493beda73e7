import type { Preferences, SavedSession } from './state/autosave';
import { jsonEqual } from './state/jsonPatch';
import { decodeRunLink, type LinkProblem, type RunLinkState } from './state/runLink';
import { DEFAULT_SPEED } from './state/speed';

/** Where the first run of the page comes from. */
export type StartupSource = 'link' | 'autosave' | 'default';

/** The run the page starts with, and what was wrong with its source. */
export interface Startup {
  /** The run and its day. */ readonly state: RunLinkState;
  /** Problems of the link or the saved session (defaults were used for those parts). */ readonly problems: readonly LinkProblem[];
  /** Link, saved session, or the default run. */ readonly source: StartupSource;
  /** Page preferences (saved ones, or the defaults). */ readonly prefs: Preferences;
  /** The saved baseline, when the run is the saved one (a reload or the bare address). */ readonly baseline: RunLinkState | null;
}

/** Preferences of a first visit: default speed, motion as the system says. */
export const DEFAULT_PREFERENCES: Preferences = { speed: DEFAULT_SPEED, reducedMotion: null };

/**
 * Chooses the first run: a link in the address wins (it is what the user followed), then the
 * autosaved session (a return visit to the bare address), then the default run. Preferences come
 * from the saved session whatever the run's source; its baseline only with its own run.
 */
export function chooseStartup(search: string, saved: SavedSession | null): Startup {
  const prefs = saved?.prefs ?? DEFAULT_PREFERENCES;
  const link = decodeRunLink(new URLSearchParams(search));
  if (link.fromLink) {
    // A reload: the address is the saved run, so its baseline comes back too; another link has none.
    const same = saved !== null && link.problems.length === 0 && jsonEqual(saved.link.state, link.state);
    return { state: link.state, problems: link.problems, source: 'link', prefs, baseline: same ? saved.baseline : null };
  }
  if (saved !== null) return { state: saved.link.state, problems: saved.link.problems, source: 'autosave', prefs, baseline: saved.baseline };
  return { state: link.state, problems: [], source: 'default', prefs, baseline: null };
}

/** How the link notice names the source of a startup's problems. */
export function sourceName(source: StartupSource): string {
  return source === 'link' ? 'link you opened' : source === 'autosave' ? 'session saved in this browser' : 'default run';
}
