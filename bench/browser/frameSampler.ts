import type { Page } from 'playwright-core';

/**
 * Samples the page's frame times (intervals between `requestAnimationFrame` callbacks) and its
 * main-thread long tasks (the Long Tasks API: tasks over 50 ms) for a while, inside the page.
 */

/** What one sampling window saw. */
export interface FrameSample {
  /** Intervals between consecutive frames, ms. */ readonly frameMs: readonly number[];
  /** Durations of the long tasks that started in the window, ms. */ readonly longTaskMs: readonly number[];
  /** Length of the window, ms. */ readonly windowMs: number;
}

/** Records frames and long tasks on `page` for `windowMs` milliseconds. */
export async function sampleFrames(page: Page, windowMs: number): Promise<FrameSample> {
  return page.evaluate(async (ms) => {
    const frameMs: number[] = [];
    const longTaskMs: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTaskMs.push(entry.duration);
    });
    try {
      observer.observe({ type: 'longtask', buffered: false });
    } catch {
      // No Long Tasks API: the window reports none, and the caller prints the frame times only.
    }
    const start = performance.now();
    await new Promise<void>((resolve) => {
      let last = -1;
      const tick = (now: number): void => {
        if (last >= 0) frameMs.push(now - last);
        last = now;
        if (now - start < ms) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    observer.disconnect();
    return { frameMs, longTaskMs, windowMs: performance.now() - start };
  }, windowMs);
}
