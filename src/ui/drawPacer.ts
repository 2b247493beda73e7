import { throttle, type Timers } from './rateLimit';

/** Limits how often an expensive drawing runs while the run plays. */
export interface DrawPacer {
  /**
   * Asks for a drawing: at once when `urgent` (a new run, a pause, a change the user waits for) or
   * when the last drawing is at least the interval old; otherwise once, at the end of the interval.
   */
  request(urgent: boolean): void;
  /** Drops a drawing scheduled for later. */ cancel(): void;
}

/**
 * Creates a pacer around `draw`, which must draw the latest state (it is called later than the
 * request that caused it). The charts take tens of milliseconds to redraw: at 60 days a second,
 * redrawing every day would hold the main thread most of the time, so while playing they are
 * redrawn at most every `intervalMs`, and always for the last day: a throttle that urgent
 * requests go through at once.
 */
export function createDrawPacer(draw: () => void, intervalMs: number, timers?: Timers): DrawPacer {
  const limited = throttle(draw, intervalMs, timers);
  return {
    request: (urgent) => (urgent ? limited.force() : limited()),
    cancel: () => limited.cancel(),
  };
}
