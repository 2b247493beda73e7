import { describe, expect, it } from 'vitest';
import { createDrawPacer } from '../../src/ui/drawPacer';
import type { Timers } from '../../src/ui/rateLimit';

/** A clock moved by hand, with timers that fire when it passes them. */
function manualClock() {
  let t = 0;
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Timers = {
    now: () => t,
    set: (fn, ms) => {
      timers.set(++id, { at: t + ms, fn });
      return id;
    },
    clear: (h) => timers.delete(h as number),
  };
  const advance = (ms: number): void => {
    t += ms;
    for (const [h, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= t) {
        timers.delete(h);
        timer.fn();
      }
    }
  };
  return { clock, advance, pending: () => timers.size };
}

describe('draw pacer', () => {
  it('draws at once, then at most once per interval, and always the last request', () => {
    const c = manualClock();
    let draws = 0;
    const pacer = createDrawPacer(() => (draws += 1), 300, c.clock);
    pacer.request(false);
    expect(draws).toBe(1);
    for (let i = 0; i < 10; i++) {
      c.advance(20);
      pacer.request(false);
    }
    expect(draws).toBe(1);
    expect(c.pending()).toBe(1);
    c.advance(100);
    expect(draws).toBe(2);
    c.advance(1000);
    expect(draws).toBe(2);
  });

  it('an urgent request draws at once and drops the scheduled one', () => {
    const c = manualClock();
    let draws = 0;
    const pacer = createDrawPacer(() => (draws += 1), 300, c.clock);
    pacer.request(false);
    c.advance(10);
    pacer.request(false);
    pacer.request(true);
    expect(draws).toBe(2);
    expect(c.pending()).toBe(0);
    c.advance(1000);
    expect(draws).toBe(2);
  });

  it('cancel drops a scheduled drawing', () => {
    const c = manualClock();
    let draws = 0;
    const pacer = createDrawPacer(() => (draws += 1), 300, c.clock);
    pacer.request(false);
    pacer.request(false);
    pacer.cancel();
    c.advance(1000);
    expect(draws).toBe(1);
  });
});
