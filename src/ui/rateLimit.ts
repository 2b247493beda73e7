/**
 * Rate limiting for work triggered by frequent events: a throttle (the page's redraws and the
 * charts' live text must not run for every day while a run plays at many days a second) and a
 * debounce (resize). Timers are injected so that the behaviour can be tested with fake time.
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
  now: () => performance.now(),
};

/** A rate-limited call that can be cancelled or forced. */
export interface Limited {
  /** Asks for a call. */ (): void;
  /** Cancels a pending call. */ cancel(): void;
  /** Runs now if a call is pending. */ flush(): void;
  /** Runs now whether or not a call is pending, dropping the pending one; the interval restarts. */ force(): void;
}

/** The pending timer of a limited call, shared by the call and its controls. */
interface Slot { handle: unknown }

/** Gives `request` the controls every limited call has: cancel, flush and force. */
function withControls(request: () => void, run: () => void, slot: Slot, timers: Timers): Limited {
  const cancel = (): void => {
    if (slot.handle !== null) timers.clear(slot.handle);
    slot.handle = null;
  };
  return Object.assign(request, {
    cancel,
    flush: (): void => {
      if (slot.handle === null) return;
      cancel();
      run();
    },
    force: (): void => {
      cancel();
      run();
    },
  });
}

/**
 * Calls `fn` at once on the first request, then at most once every `ms`: requests in between
 * are merged into one trailing call at the end of the interval.
 */
export function throttle(fn: () => void, ms: number, timers: Timers = GLOBAL_TIMERS): Limited {
  const slot: Slot = { handle: null };
  let last = -Infinity;
  const run = (): void => {
    slot.handle = null;
    last = timers.now();
    fn();
  };
  return withControls(() => {
    if (slot.handle !== null) return;
    const wait = last + ms - timers.now();
    if (wait <= 0) run();
    else slot.handle = timers.set(run, wait);
  }, run, slot, timers);
}

/** Calls `fn` once `ms` after the last request. */
export function debounce(fn: () => void, ms: number, timers: Timers = GLOBAL_TIMERS): Limited {
  const slot: Slot = { handle: null };
  const run = (): void => {
    slot.handle = null;
    fn();
  };
  return withControls(() => {
    if (slot.handle !== null) timers.clear(slot.handle);
    slot.handle = timers.set(run, ms);
  }, run, slot, timers);
}
