import { formatCount } from './format';
import type { RunView } from './state/runView';

/** The message shown when the simulation worker stops and after it was restarted. */
export interface WorkerAlert {
  /** Shows or hides the alert for the run's state. */ update(view: RunView): void;
}

/**
 * Wires the worker alert. While the worker is down it says why, and either that it is being
 * restarted with the same policy at the same day, or (after a failed automatic restart) offers
 * the Restart button and moves focus to it so a keyboard user can act at once. Once the run is
 * back, it says so until the next change of state the user makes.
 */
export function createWorkerAlert(box: HTMLElement, message: HTMLElement, restart: HTMLButtonElement, onRestart: () => void): WorkerAlert {
  restart.addEventListener('click', onRestart);
  let failedWith: string | null = null;
  let buttonShown = false;
  return {
    update(view) {
      if (view.phase === 'failed') {
        failedWith = view.fatal ?? 'unknown error';
        const auto = view.autoRestartMs !== null;
        message.textContent = auto
          ? `The simulation worker stopped (${failedWith}). Restarting it with the same policy at day ${formatCount(view.day)}…`
          : `The simulation worker stopped: ${failedWith}. Restart it to continue with the same policy at day ${formatCount(view.day)}.`;
        box.hidden = false;
        box.dataset['state'] = auto ? 'restarting' : 'stopped';
        restart.hidden = auto;
        if (!auto && !buttonShown) restart.focus();
        buttonShown = !auto;
        return;
      }
      buttonShown = false;
      restart.hidden = true;
      if (failedWith === null) {
        // The "restarted" note stays until the user moves the run on.
        if (box.dataset['state'] !== 'recovered' || (view.phase !== 'paused' && view.phase !== 'finished')) box.hidden = true;
        return;
      }
      if (view.phase === 'loading' || view.phase === 'recomputing') {
        message.textContent = `The simulation worker stopped (${failedWith}) and was restarted; re-simulating the same policy to day ${formatCount(view.day)}…`;
        box.dataset['state'] = 'recovering';
      } else {
        message.textContent = `The simulation worker stopped (${failedWith}) and was restarted: the run is back at day ${formatCount(view.day)} with the same policy.`;
        box.dataset['state'] = 'recovered';
        failedWith = null;
      }
      box.hidden = false;
    },
  };
}
