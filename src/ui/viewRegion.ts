import type { SimulationSnapshot } from '../sim';
import { el } from './dom';
import { mountViewPanel, type AdministrationViewLike, type ViewSelection } from './integrations';
import type { RunView } from './state/runView';

/** The Pixi view's region: the canvas host and the details of the selected consignment. */
export interface ViewRegion {
  /** Follows the run: the last day's snapshot, play state and speed. */ update(view: RunView): void;
  /** Turns the view's motion off or on. */ setReducedMotion(reduced: boolean): void;
}

/** A consignment's details as a card: title, summary, then headed groups of label/value rows. */
export function renderSelection(selection: ViewSelection | null): HTMLElement[] {
  if (selection === null) return [el('p', { class: 'hint', text: 'Nothing selected. Select a consignment in the view to see its declaration, the indicators that fired, its score and lane.' })];
  return [
    el('h3', { class: 'details-title', text: selection.title }),
    el('p', { class: 'details-summary', text: selection.summary }),
    ...selection.sections.map((s) => el('section', { class: 'details-section' }, [
      el('h4', { text: s.heading }),
      el('dl', {}, s.rows.flatMap((r) => [el('dt', { text: r.label }), el('dd', { text: r.value })])),
    ])),
  ];
}

/** Whether `value` has the shape of a {@link ViewSelection}. */
export function isViewSelection(value: unknown): value is ViewSelection {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<ViewSelection>;
  return typeof v.title === 'string' && typeof v.summary === 'string' && Array.isArray(v.sections);
}

/** What the view shows: the run's last day, whether its truth is revealed, play state and speed. */
export interface ViewShown {
  /** The snapshot drawn. */ readonly snapshot: SimulationSnapshot;
  /** Whether the truth is shown (at debrief: the run finished). */ readonly reveal: boolean;
  /** Whether the run plays. */ readonly playing: boolean;
  /** Play speed, simulated days per second. */ readonly speed: number;
}

/**
 * What the view shows of run view `v`, having shown `last`; null before the run has a snapshot.
 * While a change re-runs, the run shown is still the one before it, and its truth stays as it was:
 * a finished run's truth hidden and shown again would redraw the view twice, the first time while
 * the worker computes.
 */
export function viewShownOf(v: RunView, last: ViewShown | null): ViewShown | null {
  const snapshot = v.current?.snapshot;
  if (!snapshot) return null;
  const reveal = v.phase === 'recomputing' && last !== null && last.snapshot === snapshot ? last.reveal : v.phase === 'finished';
  return { snapshot, reveal, playing: v.phase === 'playing', speed: v.speed };
}

/**
 * Mounts the administration view (through integrations.ts) into `host` and shows the selection
 * in `details`. The page works without it: a missing module or a failed mount (no WebGL, say)
 * leaves a message in its place, and every other panel goes on.
 */
export function createViewRegion(host: HTMLElement, details: HTMLElement, reducedMotion: boolean): ViewRegion {
  let view: AdministrationViewLike | null = null;
  let reduced = reducedMotion;
  let last: ViewShown | null = null;
  const unavailable = (why: string): void => {
    host.replaceChildren(el('p', { class: 'hint view-unavailable', text: `The animated view is not available (${why}). The KPIs, charts and tables below still show the run.` }));
    host.dataset['view'] = 'unavailable';
  };

  // A new day or run reaches the view in the next animation frame (the latest one, if several came
  // in between), not in the task that brings it: the tiles and charts drawn in that task paint first,
  // and the view, which draws in animation frames anyway, follows a frame later.
  let changed = false, frame = -1;
  const show = (): void => {
    frame = -1;
    if (view === null || last === null) return;
    try {
      if (changed) view.update(last.snapshot, { revealTruth: last.reveal });
      changed = false;
      view.setPlaying(last.playing);
      view.setSpeed(last.speed);
    } catch (error) {
      console.error(error);
      view.destroy();
      view = null;
      unavailable(error instanceof Error ? error.message : String(error));
    }
  };

  host.dataset['view'] = 'loading';
  mountViewPanel(host, {
    reducedMotion,
    onSelect: (selection) => details.replaceChildren(...renderSelection(isViewSelection(selection) ? selection : null)),
  }).then((mounted) => {
    if (mounted === null) {
      unavailable('not part of this build');
      return;
    }
    view = mounted;
    host.dataset['view'] = 'ready';
    view.setReducedMotion(reduced);
    changed = true;
    show();
    if (typeof ResizeObserver === 'function') new ResizeObserver(() => view?.resize()).observe(host);
  }, (error: unknown) => {
    unavailable(error instanceof Error ? error.message : String(error));
  });

  return {
    update(v) {
      const next = viewShownOf(v, last);
      if (next === null) return;
      if (last !== null && last.snapshot === next.snapshot && last.reveal === next.reveal && last.playing === next.playing && last.speed === next.speed) return;
      changed ||= last === null || last.snapshot !== next.snapshot || last.reveal !== next.reveal;
      last = next;
      if (view !== null && frame < 0) frame = requestAnimationFrame(show);
    },
    setReducedMotion(value) {
      reduced = value;
      view?.setReducedMotion(value);
    },
  };
}
