import type { SessionView } from './session';

/** The message shown when the simulation worker stops, with a button to start a new one. */
export interface WorkerAlert {
  update(view: SessionView): void;
}

/**
 * Wires the worker alert: hidden while the worker runs; when it dies, shows why and moves focus
 * to the Restart button so a keyboard user can act on it at once.
 */
export function createWorkerAlert(box: HTMLElement, message: HTMLElement, restart: HTMLButtonElement, onRestart: () => void): WorkerAlert {
  restart.addEventListener('click', onRestart);
  let shown = false;
  return {
    update(view) {
      const dead = view.phase === 'dead';
      message.textContent = dead ? `The simulation worker stopped: ${view.fatal ?? 'unknown error'}.` : '';
      box.hidden = !dead;
      if (dead && !shown) restart.focus();
      shown = dead;
    },
  };
}
