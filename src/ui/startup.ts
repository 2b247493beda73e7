import type { Preferences, SavedSession } from './state/autosave';
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
}

/** Preferences of a first visit: default speed, motion as the system says. */
export const DEFAULT_PREFERENCES: Preferences = { speed: DEFAULT_SPEED, reducedMotion: null };

/**
 * Chooses the first run: a link in the address wins (it is what the user followed), then the
 * autosaved session (a reload, or a return visit to the bare address), then the default run.
 * Preferences come from the saved session whatever the run's source.
 */
export function chooseStartup(search: string, saved: SavedSession | null): Startup {
  const prefs = saved?.prefs ?? DEFAULT_PREFERENCES;
  const link = decodeRunLink(new URLSearchParams(search));
  if (link.fromLink) return { state: link.state, problems: link.problems, source: 'link', prefs };
  if (saved !== null) return { state: saved.link.state, problems: saved.link.problems, source: 'autosave', prefs };
  return { state: link.state, problems: [], source: 'default', prefs };
}

/** How the link notice names the source of a startup's problems. */
export function sourceName(source: StartupSource): string {
  return source === 'link' ? 'link you opened' : source === 'autosave' ? 'session saved in this browser' : 'default run';
}
