/** Clock and timer of a {@link DrawPacer}, injectable for tests. */
export interface PacerClock {
  /** Milliseconds, monotonic. */ now(): number;
  /** Calls `fn` after `ms` milliseconds. */ setTimeout(fn: () => void, ms: number): unknown;
  /** Cancels a call scheduled with setTimeout. */ clearTimeout(handle: unknown): void;
}

/** Limits how often an expensive drawing runs while the run plays. */
export interface DrawPacer {
  /**
   * Asks for a drawing: at once when `urgent` (a new run, a pause, a change the user waits for) or
   * when the last drawing is at least the interval old; otherwise once, at the end of the interval.
   */
  request(urgent: boolean): void;
  /** Drops a drawing scheduled for later. */ cancel(): void;
}

const realClock: PacerClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Creates a pacer around `draw`, which must draw the latest state (it is called later than the
 * request that caused it). The charts take tens of milliseconds to redraw: at 60 days a second,
 * redrawing every day would hold the main thread most of the time, so while playing they are
 * redrawn at most every `intervalMs`, and always for the last day.
 */
export function createDrawPacer(draw: () => void, intervalMs: number, clock: PacerClock = realClock): DrawPacer {
  let last = Number.NEGATIVE_INFINITY;
  let timer: unknown = null;
  const run = (): void => {
    timer = null;
    last = clock.now();
    draw();
  };
  const cancel = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
  return {
    request(urgent) {
      const wait = last + intervalMs - clock.now();
      if (urgent || wait <= 0) {
        cancel();
        run();
      } else if (timer === null) {
        timer = clock.setTimeout(run, wait);
      }
    },
    cancel,
  };
}
