import { builtinScenario } from '../workers/runSpec';
import { setTextContent } from './dom';
import { formatCount, weekdayOf } from './format';
import { runStatusText, type RunPhase, type RunView } from './state/runView';

/** Elements of the header's scenario heading, run badge and day counter in index.html. */
export interface RunHeaderElements {
  /** Scenario name. */ readonly name: HTMLElement;
  /** Scenario description. */ readonly description: HTMLElement;
  /** What the run is doing, as a short badge. */ readonly badge: HTMLElement;
  /** Days completed (the e2e test reads its data-day attribute). */ readonly day: HTMLElement;
  /** Horizon, days. */ readonly horizon: HTMLElement;
  /** Weekday of the last simulated day. */ readonly weekday: HTMLElement;
  /** Progress through the horizon. */ readonly progress: HTMLProgressElement;
  /** One line on what the run is doing. */ readonly status: HTMLElement;
  /** The last refused request, if any. */ readonly error: HTMLElement;
}

/** Badge text of each phase. */
export const PHASE_LABELS: Readonly<Record<RunPhase, string>> = {
  loading: 'Loading', recomputing: 'Re-simulating', paused: 'Paused', playing: 'Running', stepping: 'Stepping', finished: 'Complete', failed: 'Stopped',
};

/** Shows the scenario, the run badge, the day counter and the run's status. */
export function renderRunHeader(els: RunHeaderElements, view: RunView): void {
  const info = view.current?.info ?? null;
  const scenario = info ?? builtinScenario(view.spec.scenarioId);
  // Called for every run-machine snapshot (several a day while playing): write only what changed.
  setTextContent(els.name, scenario.name);
  setTextContent(els.description, scenario.description);
  setTextContent(els.badge, PHASE_LABELS[view.phase]);
  if (els.badge.dataset['phase'] !== view.phase) els.badge.dataset['phase'] = view.phase;
  setTextContent(els.day, formatCount(view.day));
  if (els.day.dataset['day'] !== String(view.day)) els.day.dataset['day'] = String(view.day);
  setTextContent(els.horizon, formatCount(view.horizon));
  setTextContent(els.weekday, info && view.day > 0 ? `(${weekdayOf(view.day - 1, info.startWeekday)})` : '');
  if (els.progress.max !== view.horizon) els.progress.max = view.horizon;
  const progress = Math.min(view.day, view.horizon);
  if (els.progress.value !== progress) els.progress.value = progress;
  setTextContent(els.status, runStatusText(view));
  setTextContent(els.error, view.error ?? '');
  els.error.hidden = view.error === null;
}
