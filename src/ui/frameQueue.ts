/**
 * DOM updates spread over animation frames. While a run plays, a day arrives every 90 ms or so and
 * the page has tiles, a table, charts, the policy panel and the share panel to redraw: done in one
 * task they hold the main thread for tens of milliseconds, and the Pixi view drops frames. Each
 * part is queued here as a keyed job instead; every animation frame runs jobs in queue order until
 * the frame's budget is spent, counted from the frame's start (so time the Pixi view's frame callback
 * already took counts), and the rest wait for the next frame. A frame whose budget is gone before
 * the queue's turn runs no job, unless the queue has waited that way for MAX_SKIPPED_FRAMES frames:
 * then it runs one, so the queue always drains. A job queued again before it ran replaces the queued one in its place:
 * only the latest state of each part is drawn. Jobs run inside requestAnimationFrame, so what they
 * write is laid out and painted once, in that frame.
 */

/** Frames a queue with jobs may let pass without running one because they were already full. */
export const MAX_SKIPPED_FRAMES = 3;

/** The frame clock a queue runs on (requestAnimationFrame in the page, a fake in tests). */
export interface FrameClock {
  /** Calls `callback` with the frame's start time (ms, as `now`) before the next frame; returns a handle. */ request(callback: (frameStartMs: number) => void): number;
  /** Cancels a requested callback. */ cancel(handle: number): void;
  /** Current time, ms. */ now(): number;
}

/** A queue of keyed DOM jobs. */
export interface FrameQueue {
  /** Queues `job` under `key`, replacing a queued job of that key (which keeps its place). */ schedule(key: string, job: () => void): void;
  /** Drops the queued job of `key`, if any. */ cancel(key: string): void;
  /**
   * Runs every job queued now, in order, or only those of `keys` (a change the user waits for:
   * other parts wait for the frames); jobs they queue (a chart's text summaries) wait for the
   * frames, so they do not hold back the paint of what was flushed.
   */
  flush(keys?: readonly string[]): void;
  /**
   * While held, frames run no job (they stay queued, and a job queued again still replaces its
   * older one); flush still runs. Released, the queue drains in the next frames. The page holds it
   * while the worker computes a change's re-run: what is queued then is drawn again for the re-run,
   * and drawing it meanwhile took CPU from the worker on a two-core machine.
   */
  hold(held: boolean): void;
  /** Whether a job of `key` is queued. */ has(key: string): boolean;
}

const PAGE_CLOCK: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

/**
 * Creates a queue that spends at most about `budgetMs` of each frame on its jobs (a job is never
 * cut short: the budget decides whether the next one starts in this frame).
 */
export function createFrameQueue(budgetMs: number, clock: FrameClock = PAGE_CLOCK): FrameQueue {
  // A Map keeps insertion order, and replacing a key's value keeps its position.
  const jobs = new Map<string, () => void>();
  let handle = -1;

  const runFirst = (): void => {
    const first = jobs.entries().next();
    if (first.done) return;
    const [key, job] = first.value;
    jobs.delete(key);
    job();
  };
  let running = false;
  let skipped = 0;
  let held = false;
  const frame = (frameStartMs: number): void => {
    handle = -1;
    if (held) return;
    // The frame's start can be a little in the future of `now` on some clocks: never count less than 0 spent.
    const start = Math.min(frameStartMs, clock.now());
    if (clock.now() - start >= budgetMs && skipped < MAX_SKIPPED_FRAMES) {
      skipped += 1;
      handle = clock.request(frame);
      return;
    }
    skipped = 0;
    running = true;
    try {
      do runFirst();
      while (jobs.size > 0 && clock.now() - start < budgetMs);
    } finally {
      running = false;
      if (jobs.size > 0 && handle < 0) handle = clock.request(frame);
    }
  };

  return {
    schedule(key, job) {
      jobs.set(key, job);
      if (handle < 0 && !running && !held) handle = clock.request(frame);
    },
    cancel(key) {
      jobs.delete(key);
    },
    flush(keys) {
      const due = keys === undefined ? [...jobs.keys()] : keys.filter((key) => jobs.has(key));
      if (handle >= 0) clock.cancel(handle);
      handle = -1;
      running = true;
      try {
        for (const key of due) {
          const job = jobs.get(key);
          if (job === undefined) continue;
          jobs.delete(key);
          job();
        }
      } finally {
        running = false;
        if (jobs.size > 0 && !held) handle = clock.request(frame);
      }
    },
    hold(next) {
      held = next;
      if (held && handle >= 0) {
        clock.cancel(handle);
        handle = -1;
      } else if (!held && jobs.size > 0 && handle < 0 && !running) handle = clock.request(frame);
    },
    has: (key) => jobs.has(key),
  };
}
