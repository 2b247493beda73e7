/**
 * Rate limiting for work triggered by frequent events: a throttle (live text regions must not
 * chatter while a run plays at many days a second) and a debounce (resize). Timers are injected
 * so that the behaviour can be tested with fake time.
 */

/** The timer functions used (the global ones by default). */
export interface Timers {
  /** Schedules `fn` after `ms`. */ readonly set: (fn: () => void, ms: number) => unknown;
  /** Cancels a scheduled call. */ readonly clear: (handle: unknown) => void;
  /** Current time, ms. */ readonly now: () => number;
}

const GLOBAL_TIMERS: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** A rate-limited call that can be cancelled or forced. */
export interface Limited {
  /** Asks for a call. */ (): void;
  /** Cancels a pending call. */ cancel(): void;
  /** Runs now if a call is pending. */ flush(): void;
}

/**
 * Calls `fn` at once on the first request, then at most once every `ms`: requests in between
 * are merged into one trailing call at the end of the interval.
 */
export function throttle(fn: () => void, ms: number, timers: Timers = GLOBAL_TIMERS): Limited {
  let last = -Infinity;
  let handle: unknown = null;
  const run = (): void => {
    handle = null;
    last = timers.now();
    fn();
  };
  const limited = (): void => {
    if (handle !== null) return;
    const wait = last + ms - timers.now();
    if (wait <= 0) run();
    else handle = timers.set(run, wait);
  };
  limited.cancel = (): void => {
    if (handle !== null) timers.clear(handle);
    handle = null;
  };
  limited.flush = (): void => {
    if (handle === null) return;
    timers.clear(handle);
    run();
  };
  return limited;
}

/** Calls `fn` once `ms` after the last request. */
export function debounce(fn: () => void, ms: number, timers: Timers = GLOBAL_TIMERS): Limited {
  let handle: unknown = null;
  const run = (): void => {
    handle = null;
    fn();
  };
  const limited = (): void => {
    if (handle !== null) timers.clear(handle);
    handle = timers.set(run, ms);
  };
  limited.cancel = (): void => {
    if (handle !== null) timers.clear(handle);
    handle = null;
  };
  limited.flush = (): void => {
    if (handle === null) return;
    timers.clear(handle);
    run();
  };
  return limited;
}
