/**
 * The runner's progress line on a terminal: "simulating day 1,200 of 3,650 (33 %)", rewritten in
 * place (carriage return, then erase to the end of the line) while a long run goes, and erased when
 * it ends, so the summary line that follows starts clean. A run shorter than `firstMs` writes
 * nothing, and the line is rewritten at most every `everyMs`: a year of the default world takes
 * about two seconds, ten years twenty. Only for a terminal: on a pipe or in CI nothing is written.
 */

/** A progress line being shown. */
export interface ProgressLine {
  /** `day` of `days` simulated (called after every day; writes only when due). */ update(day: number, days: number): void;
  /** The run is over: erases the line if one was written. */ done(): void;
}

/** Quiet for this long before the first line, ms. */
export const PROGRESS_FIRST_MS = 500;
/** Rewritten at most this often, ms. */
export const PROGRESS_EVERY_MS = 200;

/** A progress line written with `write` (the terminal's stderr), timed on `now` (ms). */
export function createProgressLine(write: (text: string) => void, now: () => number, firstMs = PROGRESS_FIRST_MS, everyMs = PROGRESS_EVERY_MS): ProgressLine {
  let dueAt = now() + firstMs;
  let shown = false;
  return {
    update(day, days) {
      const t = now();
      if (t < dueAt) return;
      dueAt = t + everyMs;
      shown = true;
      const percent = days > 0 ? Math.floor((100 * day) / days) : 100;
      write(`\rsimulating day ${day.toLocaleString('en-US')} of ${days.toLocaleString('en-US')} (${percent} %)\x1b[K`);
    },
    done() {
      if (shown) write('\r\x1b[K');
      shown = false;
    },
  };
}
