/**
 * Frames on demand: `request()` asks for one animation frame (several requests before it runs make
 * one frame); the frame callback returns whether it wants another. When nothing moves the loop
 * stops, so a paused or reduced-motion view costs no frames at all. The frame scheduler is passed
 * in (requestAnimationFrame in the page, a fake in tests).
 */

/** The scheduler a loop runs on (the shape of requestAnimationFrame / cancelAnimationFrame). */
export interface FrameScheduler {
  request(callback: (nowMs: number) => void): number;
  cancel(handle: number): void;
}

/** A running loop. */
export interface FrameLoop {
  /** Asks for a frame (no-op when one is already pending). */ request(): void;
  /** Cancels the pending frame and refuses further requests. */ stop(): void;
  /** Whether a frame is pending. */ readonly pending: boolean;
}

/** A loop calling `onFrame(nowMs, elapsedMs)` once per requested frame; it continues while `onFrame` returns true. */
export function createFrameLoop(scheduler: FrameScheduler, onFrame: (nowMs: number, elapsedMs: number) => boolean): FrameLoop {
  let handle = -1, lastMs = -1, stopped = false;
  const run = (nowMs: number): void => {
    handle = -1;
    // The first frame after an idle spell has no meaningful elapsed time: count it as zero.
    const elapsed = lastMs < 0 ? 0 : Math.max(0, nowMs - lastMs);
    const again = onFrame(nowMs, elapsed);
    lastMs = again ? nowMs : -1;
    if (again && !stopped) handle = scheduler.request(run);
  };
  return {
    request() {
      if (!stopped && handle < 0) handle = scheduler.request(run);
    },
    stop() {
      stopped = true;
      if (handle >= 0) scheduler.cancel(handle);
      handle = -1;
    },
    get pending() {
      return handle >= 0;
    },
  };
}
