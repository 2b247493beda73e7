import { describe, expect, it } from 'vitest';
import { createJitWarmUp, type WarmUpClock } from '../../src/workers/jitWarmUp';
import { createSimulationApi } from '../../src/workers/simulationApi';
import { defaultRunSpec } from '../../src/workers/runSpec';

/** A clock the test moves by hand: tasks run in time order when it is advanced. */
function manualClock() {
  let now = 0, next = 0;
  const tasks = new Map<number, { at: number; fn: () => void }>();
  const clock: WarmUpClock = {
    later: (fn, ms) => { tasks.set(next, { at: now + ms, fn }); return next++; },
    cancel: (handle) => { tasks.delete(handle as number); },
  };
  /** Runs the tasks due within `ms` (at most `limit`), including those they schedule; returns how many ran. */
  const advance = (ms: number, limit = Infinity): number => {
    const until = now + ms;
    let ran = 0;
    while (ran < limit) {
      const due = [...tasks.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (due === undefined) break;
      tasks.delete(due[0]);
      now = Math.max(now, due[1].at);
      due[1].fn();
      ran++;
    }
    now = until;
    return ran;
  };
  return { clock, advance, pending: () => tasks.size };
}

const spec = { ...defaultRunSpec('default', 11), horizon: 40, scale: 0.1 };

describe('the JIT warm-up of the worker', () => {
  it('waits for a quiet moment and a run far enough in, then re-runs that far one day per task, once', async () => {
    const { clock, advance, pending } = manualClock();
    const warm = createJitWarmUp(clock, { idleMs: 300, minDays: 20, runs: 1 });
    const api = createSimulationApi(warm);
    await api.simulate({ spec, days: 10 });
    expect(advance(1000)).toBe(0);
    await api.advance({ toDay: 25, since: 10 });
    expect(advance(299)).toBe(0);
    // The start, then one task a day to day 25.
    expect(advance(1)).toBe(1 + 24);
    expect(warm.done()).toBe(true);
    await api.advance({ toDay: 30, since: 25 });
    expect(pending()).toBe(0);
  });

  it('stops when a request comes and starts again at the next quiet moment', async () => {
    const { clock, advance } = manualClock();
    const warm = createJitWarmUp(clock, { idleMs: 300, minDays: 20, runs: 1 });
    const api = createSimulationApi(warm);
    await api.simulate({ spec, days: 22 });
    // The start and four days, then a request.
    expect(advance(300, 5)).toBe(5);
    await api.snapshot();
    expect(advance(200)).toBe(0);
    expect(warm.done()).toBe(false);
    expect(advance(100)).toBe(1 + 21);
    expect(warm.done()).toBe(true);
  });

  it('re-runs at most maxDays, however far the loaded run is', async () => {
    const { clock, advance } = manualClock();
    const warm = createJitWarmUp(clock, { idleMs: 300, minDays: 20, runs: 1, maxDays: 22 });
    const api = createSimulationApi(warm);
    await api.simulate({ spec, days: 30 });
    // The start (with day 1), then one task a day to day 22.
    expect(advance(300)).toBe(1 + 21);
    expect(warm.done()).toBe(true);
  });

  it('makes as many re-runs as asked, one after the other', async () => {
    const { clock, advance } = manualClock();
    const warm = createJitWarmUp(clock, { idleMs: 300, minDays: 20, runs: 2 });
    const api = createSimulationApi(warm);
    await api.simulate({ spec, days: 21 });
    expect(advance(300)).toBe(2 * (1 + 20));
    expect(warm.done()).toBe(true);
  });

  it('hands each finished re-run to `finish` in a task of its own; a request before it runs means that run again', async () => {
    const { clock, advance } = manualClock();
    const finished: number[] = [];
    const warm = createJitWarmUp(clock, { idleMs: 300, minDays: 20, runs: 2 }, (sim) => finished.push(sim.day()));
    const api = createSimulationApi(warm);
    await api.simulate({ spec, days: 21 });
    // The start and 20 days of the first re-run: its finish is queued, not run.
    expect(advance(300, 21)).toBe(21);
    expect(finished).toEqual([]);
    await api.snapshot();
    expect(warm.done()).toBe(false);
    expect(advance(300)).toBe(2 * (1 + 20 + 1));
    expect(finished).toEqual([21, 21]);
    expect(warm.done()).toBe(true);
  });

  it('changes no run: the same requests give the same answers with and without it', async () => {
    const { clock, advance } = manualClock();
    const withWarmUp = createSimulationApi(createJitWarmUp(clock, { idleMs: 300, minDays: 20, runs: 1 }));
    const without = createSimulationApi();
    const answers = async (api: ReturnType<typeof createSimulationApi>, flush: () => void) => {
      const first = await api.simulate({ spec, days: 25 });
      flush();
      const other = { ...spec, policy: { ...spec.policy, policy: { ...spec.policy.policy, randomRate: 0.02 } } };
      const second = await api.simulate({ spec: other, days: 25 });
      flush();
      const more = await api.advance({ toDay: 35, since: 25 });
      return JSON.stringify([first.daily, first.snapshot, second.daily, second.snapshot, more.daily, more.snapshot]);
    };
    const warmed = await answers(withWarmUp, () => advance(10_000));
    const plain = await answers(without, () => undefined);
    expect(warmed).toBe(plain);
  });
});
