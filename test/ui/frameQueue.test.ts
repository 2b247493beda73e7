import { describe, expect, it } from 'vitest';
import { createFrameQueue, MAX_SKIPPED_FRAMES, type FrameClock } from '../../src/ui/frameQueue';

/** Frames run by hand; each job "takes" the time it adds to the clock. */
function manualFrames() {
  let t = 0;
  let next = 1;
  const callbacks = new Map<number, (frameStartMs: number) => void>();
  const clock: FrameClock = {
    request: (cb) => {
      callbacks.set(next, cb);
      return next++;
    },
    cancel: (h) => void callbacks.delete(h),
    now: () => t,
  };
  /** Runs a frame; `busyMs` is what other frame callbacks took before the queue's turn. */
  const frame = (busyMs = 0): void => {
    const due = [...callbacks.values()];
    callbacks.clear();
    const start = t;
    t += busyMs;
    for (const cb of due) cb(start);
  };
  return { clock, frame, spend: (ms: number) => void (t += ms), requested: () => callbacks.size };
}

describe('frame queue', () => {
  it('runs jobs in a frame until the budget is spent, the rest in the next frames', () => {
    const f = manualFrames();
    const q = createFrameQueue(6, f.clock);
    const ran: string[] = [];
    for (const key of ['tiles', 'table', 'charts', 'panel']) q.schedule(key, () => { ran.push(key); f.spend(4); });
    expect(ran).toEqual([]);
    expect(f.requested()).toBe(1);
    f.frame();
    expect(ran).toEqual(['tiles', 'table']);
    f.frame();
    expect(ran).toEqual(['tiles', 'table', 'charts', 'panel']);
    expect(f.requested()).toBe(0);
  });

  it('runs at least one job a frame, however long it takes', () => {
    const f = manualFrames();
    const q = createFrameQueue(6, f.clock);
    const ran: string[] = [];
    q.schedule('slow', () => { ran.push('slow'); f.spend(40); });
    q.schedule('next', () => ran.push('next'));
    f.frame();
    expect(ran).toEqual(['slow']);
    f.frame();
    expect(ran).toEqual(['slow', 'next']);
  });

  it('leaves a frame that is already full to the others, but never more than a few in a row', () => {
    const f = manualFrames();
    const q = createFrameQueue(6, f.clock);
    const ran: string[] = [];
    q.schedule('tiles', () => ran.push('tiles'));
    q.schedule('table', () => ran.push('table'));
    for (let k = 0; k < MAX_SKIPPED_FRAMES; k++) {
      f.frame(10);
      expect(ran).toEqual([]);
    }
    f.frame(10);
    expect(ran).toEqual(['tiles']);
    f.frame(2);
    expect(ran).toEqual(['tiles', 'table']);
  });

  it('keeps only the latest job of a key, in the place of the first', () => {
    const f = manualFrames();
    const q = createFrameQueue(100, f.clock);
    const ran: string[] = [];
    q.schedule('tiles', () => ran.push('tiles day 1'));
    q.schedule('table', () => ran.push('table day 1'));
    q.schedule('tiles', () => ran.push('tiles day 2'));
    expect(f.requested()).toBe(1);
    f.frame();
    expect(ran).toEqual(['tiles day 2', 'table day 1']);
  });

  it('flush runs everything at once and cancels the frame; cancel drops a job', () => {
    const f = manualFrames();
    const q = createFrameQueue(1, f.clock);
    const ran: string[] = [];
    q.schedule('a', () => { ran.push('a'); f.spend(5); });
    q.schedule('b', () => ran.push('b'));
    q.schedule('c', () => ran.push('c'));
    q.cancel('b');
    expect(q.has('b')).toBe(false);
    q.flush();
    expect(ran).toEqual(['a', 'c']);
    expect(f.requested()).toBe(0);
  });

  it('flush leaves the jobs that flushed jobs queue to the next frame', () => {
    const f = manualFrames();
    const q = createFrameQueue(100, f.clock);
    const ran: string[] = [];
    q.schedule('charts', () => { ran.push('charts'); q.schedule('chart-text', () => ran.push('chart-text')); });
    q.schedule('tiles', () => { ran.push('tiles'); q.schedule('tiles', () => ran.push('tiles again')); });
    q.flush();
    expect(ran).toEqual(['charts', 'tiles']);
    expect(f.requested()).toBe(1);
    f.frame();
    expect(ran).toEqual(['charts', 'tiles', 'chart-text', 'tiles again']);
    expect(f.requested()).toBe(0);
  });

  it('a job may queue another, which runs in the same frame when the budget allows', () => {
    const f = manualFrames();
    const q = createFrameQueue(100, f.clock);
    const ran: string[] = [];
    q.schedule('charts', () => { ran.push('charts'); q.schedule('chart:daily', () => ran.push('daily')); });
    f.frame();
    expect(ran).toEqual(['charts', 'daily']);
    expect(f.requested()).toBe(0);
  });

  it('flush with keys runs only those jobs now; the others wait for the frames', () => {
    const f = manualFrames();
    const q = createFrameQueue(100, f.clock);
    const ran: string[] = [];
    for (const key of ['chart-text:a', 'tiles', 'table', 'charts']) q.schedule(key, () => { ran.push(key); });
    q.flush(['tiles', 'charts', 'exports']);
    expect(ran).toEqual(['tiles', 'charts']);
    expect(f.requested()).toBe(1);
    f.frame();
    expect(ran).toEqual(['tiles', 'charts', 'chart-text:a', 'table']);
  });

  it('holds its jobs while held (replacing as usual), runs a flush meanwhile, and drains when released', () => {
    const f = manualFrames();
    const q = createFrameQueue(100, f.clock);
    const ran: string[] = [];
    q.schedule('table', () => { ran.push('table 1'); });
    q.hold(true);
    expect(f.requested()).toBe(0);
    q.schedule('table', () => { ran.push('table 2'); });
    q.schedule('tiles', () => { ran.push('tiles'); });
    f.frame();
    expect(ran).toEqual([]);
    q.flush(['tiles']);
    expect(ran).toEqual(['tiles']);
    expect(f.requested()).toBe(0);
    q.hold(false);
    expect(f.requested()).toBe(1);
    f.frame();
    expect(ran).toEqual(['tiles', 'table 2']);
  });
});
