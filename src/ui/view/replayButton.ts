/**
 * The "Replay day" button: while the run is paused the last day's movement can be replayed
 * (paused and resumed); it is off while the run plays (the day is already moving) and under
 * reduced motion (nothing moves), with a tooltip saying why.
 */

/** What the button depends on. */
export interface ReplayInputs {
  /** Reduced motion is on. */ readonly reducedMotion: boolean;
  /** The run is playing. */ readonly playing: boolean;
  /** A replay is running. */ readonly replaying: boolean;
  /** Fraction of the shown day, 0 to 1. */ readonly progress: number;
  /** Days simulated (0: nothing to replay). */ readonly day: number;
}

/** The button's state. */
export interface ReplayButtonState {
  /** Whether it can be pressed. */ readonly usable: boolean;
  /** Its label. */ readonly text: string;
  /** Its tooltip. */ readonly title: string;
  /** aria-pressed: a replay is running. */ readonly pressed: boolean;
}

/** The replay button for the view's state. */
export function replayButtonState(s: ReplayInputs): ReplayButtonState {
  const usable = !s.reducedMotion && !s.playing && s.day > 0;
  const text = s.replaying ? 'Pause replay' : s.progress < 1 && !s.playing && s.day > 0 ? 'Resume day' : 'Replay day';
  const title = s.reducedMotion ? 'Replay is off while reduced motion is on'
    : s.playing ? 'The day is playing'
    : s.day <= 0 ? 'No day simulated yet'
    : "Replay the last day's movement";
  return { usable, text, title, pressed: s.replaying };
}
