import { isEnabled, setEnabled } from './dom';
import type { SeedField } from './seedInput';
import type { SessionView } from './session';

/** The run controls in index.html. */
export interface ControlsElements {
  /** Play / Pause toggle. */ readonly play: HTMLButtonElement;
  /** Step one day. */ readonly step: HTMLButtonElement;
  /** The form holding the seed field; submitting it (Reset button or Enter) resets the run. */ readonly form: HTMLFormElement;
  /** The reset (submit) button. */ readonly reset: HTMLButtonElement;
  /** The validated seed field. */ readonly seed: SeedField;
}

/** What the controls ask for. */
export interface ControlsHandlers {
  play(): void;
  pause(): void;
  step(): void;
  reset(seed: number): void;
}

/** Keeps the buttons' labels and availability in step with the run. */
export interface Controls {
  update(view: SessionView): void;
}

/**
 * Wires the play/pause, step and reset controls. Unavailable buttons are marked aria-disabled
 * (not `disabled`) so keyboard focus stays on them while the run changes state.
 */
export function createControls(els: ControlsElements, on: ControlsHandlers): Controls {
  let phase: SessionView['phase'] = 'starting';

  els.play.addEventListener('click', () => {
    if (!isEnabled(els.play)) return;
    if (phase === 'playing') on.pause();
    else on.play();
  });
  els.step.addEventListener('click', () => {
    if (isEnabled(els.step)) on.step();
  });
  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!isEnabled(els.reset)) return;
    const seed = els.seed.read();
    if (seed === null) {
      els.seed.focus();
      return;
    }
    on.reset(seed);
  });

  return {
    update(view) {
      phase = view.phase;
      const playing = phase === 'playing';
      els.play.querySelector('.button-text')!.textContent = playing ? 'Pause' : 'Play';
      els.play.querySelector('.button-icon')!.textContent = playing ? '❚❚' : '▶';
      const loaded = view.info !== null;
      setEnabled(els.play, loaded && (phase === 'ready' || playing));
      setEnabled(els.step, loaded && phase === 'ready');
      setEnabled(els.reset, phase !== 'dead');
    },
  };
}
