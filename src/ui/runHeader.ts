import { builtinScenario } from '../workers/runSpec';
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
  els.name.textContent = scenario.name;
  els.description.textContent = scenario.description;
  els.badge.textContent = PHASE_LABELS[view.phase];
  els.badge.dataset['phase'] = view.phase;
  els.day.textContent = formatCount(view.day);
  els.day.dataset['day'] = String(view.day);
  els.horizon.textContent = formatCount(view.horizon);
  els.weekday.textContent = info && view.day > 0 ? `(${weekdayOf(view.day - 1, info.startWeekday)})` : '';
  els.progress.max = view.horizon;
  els.progress.value = Math.min(view.day, view.horizon);
  const status = runStatusText(view);
  if (els.status.textContent !== status) els.status.textContent = status;
  els.error.textContent = view.error ?? '';
  els.error.hidden = view.error === null;
}
