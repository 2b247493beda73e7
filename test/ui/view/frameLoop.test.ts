import { describe, expect, it } from 'vitest';
import { createFrameLoop, type FrameScheduler } from '../../../src/ui/view/frameLoop';

/** A scheduler run by hand: `tick(ms)` runs the pending callbacks at that time. */
function fakeScheduler(): FrameScheduler & { tick(nowMs: number): void; pending(): number } {
  let next = 1;
  const queue = new Map<number, (now: number) => void>();
  return {
    request(cb) { const h = next++; queue.set(h, cb); return h; },
    cancel(h) { queue.delete(h); },
    tick(now) { const due = [...queue.values()]; queue.clear(); for (const cb of due) cb(now); },
    pending: () => queue.size,
  };
}

describe('createFrameLoop', () => {
  it('merges requests into one frame and stops when nothing moves', () => {
    const s = fakeScheduler();
    const calls: number[] = [];
    const loop = createFrameLoop(s, (now) => { calls.push(now); return false; });
    loop.request(); loop.request(); loop.request();
    expect(s.pending()).toBe(1);
    s.tick(16);
    expect(calls).toEqual([16]);
    expect(loop.pending).toBe(false);
  });
  it('keeps running while the frame asks, with elapsed time from the previous frame (zero after idling)', () => {
    const s = fakeScheduler();
    const elapsed: number[] = [];
    let frames = 3;
    const loop = createFrameLoop(s, (_now, dt) => { elapsed.push(dt); return --frames > 0; });
    loop.request();
    s.tick(100); s.tick(116); s.tick(140); s.tick(200);
    expect(elapsed).toEqual([0, 16, 24]);
    frames = 1;
    loop.request();
    s.tick(900);
    expect(elapsed[3]).toBe(0);
  });
  it('cancels the pending frame and ignores requests after stop', () => {
    const s = fakeScheduler();
    let calls = 0;
    const loop = createFrameLoop(s, () => { calls++; return true; });
    loop.request();
    loop.stop();
    loop.request();
    s.tick(16);
    expect(calls).toBe(0);
    expect(s.pending()).toBe(0);
  });
});
