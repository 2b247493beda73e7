import { isEnabled, setEnabled } from './dom';
import type { RunEvent } from './state/runMachine';
import { formatSpeed, speedAt, speedIndex, SPEEDS } from './state/speed';
import type { RunView } from './state/runView';

/** The transport bar in index.html: reset, play/pause, step, and the speed slider. */
export interface TransportElements {
  /** Back to day 0. */ readonly reset: HTMLButtonElement;
  /** Play / pause toggle. */ readonly play: HTMLButtonElement;
  /** Step one day. */ readonly step: HTMLButtonElement;
  /** Speed slider over the speed ladder. */ readonly speed: HTMLInputElement;
  /** The speed as text. */ readonly speedOut: HTMLOutputElement;
}

/** Keeps the transport bar in step with the run. */
export interface Transport {
  /** Shows the run's state on the buttons and the slider. */ update(view: RunView): void;
}

/**
 * Wires the NetLogo-style transport bar: one fixed set of run controls. Unavailable buttons are
 * marked aria-disabled (not `disabled`) so keyboard focus stays on them while the run changes
 * state. The slider moves over a non-linear ladder of speeds and works with the arrow keys.
 */
export function createTransport(els: TransportElements, send: (event: RunEvent) => void): Transport {
  els.speed.min = '0';
  els.speed.max = String(SPEEDS.length - 1);
  els.speed.step = '1';
  const playPart = (name: string): Element => {
    const part = els.play.querySelector(`.${name}`);
    if (part === null) throw new Error(`index.html: the play button has no .${name}`);
    return part;
  };
  const playText = playPart('button-text'), playIcon = playPart('button-icon');
  let shown = '';
  els.play.addEventListener('click', () => {
    if (isEnabled(els.play)) send({ type: 'TOGGLE' });
  });
  els.step.addEventListener('click', () => {
    if (isEnabled(els.step)) send({ type: 'STEP' });
  });
  els.reset.addEventListener('click', () => {
    if (isEnabled(els.reset)) send({ type: 'RESET' });
  });
  const showSpeed = (v: number): void => {
    els.speedOut.textContent = formatSpeed(v);
    els.speed.setAttribute('aria-valuetext', formatSpeed(v));
  };
  els.speed.addEventListener('input', () => {
    const v = speedAt(Number(els.speed.value));
    showSpeed(v);
    send({ type: 'SET_SPEED', daysPerSecond: v });
  });

  return {
    update(view) {
      const playing = view.phase === 'playing' || (view.playing && view.phase === 'recomputing');
      // Called for every run-machine snapshot: only changes are written (each write restyles the page).
      const key = `${playing}|${view.canPlay}|${view.canStep}|${view.phase !== 'failed' && view.current !== null}|${view.speed}`;
      if (key === shown) return;
      shown = key;
      playText.textContent = playing ? 'Pause' : 'Play';
      playIcon.textContent = playing ? '❚❚' : '▶';
      els.play.setAttribute('aria-pressed', String(playing));
      setEnabled(els.play, view.canPlay || playing);
      setEnabled(els.step, view.canStep);
      setEnabled(els.reset, view.phase !== 'failed' && view.current !== null);
      if (document.activeElement !== els.speed) {
        els.speed.value = String(speedIndex(view.speed));
        showSpeed(view.speed);
      }
    },
  };
}
