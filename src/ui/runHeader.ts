import type { SessionView } from './session';
import { formatCount, weekdayOf } from './format';

/** Elements of the scenario heading and the day counter in index.html. */
export interface RunHeaderElements {
  /** Scenario name. */ readonly name: HTMLElement;
  /** Scenario description. */ readonly description: HTMLElement;
  /** Days completed (the e2e test reads its data-day attribute). */ readonly day: HTMLElement;
  /** Horizon, days. */ readonly horizon: HTMLElement;
  /** Weekday of the last simulated day. */ readonly weekday: HTMLElement;
  /** Progress through the horizon. */ readonly progress: HTMLProgressElement;
  /** One line on what the run is doing. */ readonly status: HTMLElement;
  /** The last refused call, if any. */ readonly error: HTMLElement;
}

function statusText(view: SessionView): string {
  const seed = view.info ? ` Seed ${view.info.seed}.` : '';
  switch (view.phase) {
    case 'starting':
      return 'Starting the simulation worker…';
    case 'ready':
      if (view.busy) return 'Simulating…';
      if (view.info === null) return 'The scenario could not be loaded: reset to try again.';
      return view.snapshot && view.snapshot.day > 0 ? `Paused.${seed}` : `Ready: press Play or Step one day.${seed}`;
    case 'playing':
      return `Running a day at a time…${seed}`;
    case 'finished':
      return `Run complete: all ${view.info?.days ?? ''} days simulated. Reset to run again.${seed}`;
    case 'dead':
      return 'Stopped: the simulation worker is not running.';
  }
}

/** Shows the scenario, the day counter and the run's status. */
export function renderRunHeader(els: RunHeaderElements, view: SessionView): void {
  const info = view.info;
  els.name.textContent = info ? info.name : view.phase === 'dead' ? 'Scenario not loaded' : 'Loading scenario…';
  els.description.textContent = info ? info.description : '';
  const day = view.snapshot?.day ?? 0;
  els.day.textContent = formatCount(day);
  els.day.dataset['day'] = String(day);
  els.horizon.textContent = info ? formatCount(info.days) : view.phase === 'dead' ? '—' : '…';
  els.weekday.textContent = info && day > 0 ? `(${weekdayOf(day - 1, info.startWeekday)})` : '';
  els.progress.max = info?.days ?? 1;
  els.progress.value = day;
  els.status.textContent = statusText(view);
  els.error.textContent = view.error ?? '';
  els.error.hidden = view.error === null;
}
