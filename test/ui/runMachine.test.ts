import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, type SnapshotFrom } from 'xstate';
import { runMachine, AUTO_RESTART_DELAY_MS, type SimulateInput } from '../../src/ui/state/runMachine';
import { createSimulationApi } from '../../src/workers/simulationApi';
import { defaultRunSpec, type RunSpec } from '../../src/workers/runSpec';
import type { AdvanceRequest, AdvanceResult, RunResult } from '../../src/workers/runMessages';

/**
 * The run machine with a SimulatedClock (no real timers) and the real worker API called directly,
 * on a small world (2 % of the default traffic) so each day takes a millisecond or so.
 */
const SMALL: RunSpec = { ...defaultRunSpec('default', 7), scale: 0.02, horizon: 20 };

/** Lets pending promise callbacks (the API's answers) run. */
const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

function harness(options: { spec?: RunSpec; day?: number; speed?: number; baseline?: { spec: RunSpec; day: number } } = {}) {
  const api = createSimulationApi();
  const clock = new SimulatedClock();
  const calls = { simulate: 0, advance: 0, restarts: 0 };
  let killNext = false;
  const machine = runMachine.provide({
    actors: {
      simulate: fromPromise<RunResult, SimulateInput>(({ input }) => {
        calls.simulate += 1;
        if (killNext) {
          const e = new Error('the worker died');
          e.name = 'WorkerDiedError';
          return Promise.reject(e);
        }
        return api.simulate({ spec: input.spec, days: input.days });
      }),
      advance: fromPromise<AdvanceResult, AdvanceRequest>(({ input }) => {
        calls.advance += 1;
        return api.advance(input);
      }),
    },
    actions: { restartWorker: () => { calls.restarts += 1; } },
  });
  const actor = createActor(machine, { clock, input: { spec: options.spec ?? SMALL, day: options.day ?? 0, speed: options.speed ?? 10, baseline: options.baseline ?? null } });
  actor.start();
  const snap = (): SnapshotFrom<typeof runMachine> => actor.getSnapshot();
  const day = (): number => snap().context.current?.snapshot.day ?? -1;
  return { actor, clock, calls, snap, day, killNextSimulate: (v: boolean) => { killNext = v; } };
}

describe('run machine', () => {
  it('loads the run at the requested day, then pauses', async () => {
    const h = harness({ day: 3 });
    expect(h.snap().matches('recomputing')).toBe(true);
    await flush();
    expect(h.snap().matches('paused')).toBe(true);
    expect(h.day()).toBe(3);
    expect(h.snap().context.current?.daily).toHaveLength(3);
  });

  it('plays one day per 1/speed seconds of the clock, and pause stops it', async () => {
    const h = harness({ speed: 10 });
    await flush();
    h.actor.send({ type: 'PLAY' });
    expect(h.snap().matches({ playing: 'waiting' })).toBe(true);
    h.clock.increment(99);
    await flush();
    expect(h.day()).toBe(0);
    h.clock.increment(1);
    await flush();
    expect(h.day()).toBe(1);
    for (let i = 0; i < 4; i++) {
      h.clock.increment(100);
      await flush();
    }
    expect(h.day()).toBe(5);
    h.actor.send({ type: 'PAUSE' });
    h.clock.increment(10_000);
    await flush();
    expect(h.day()).toBe(5);
    expect(h.snap().matches('paused')).toBe(true);
    expect(h.snap().context.current?.daily.map((d) => d.day)).toEqual([0, 1, 2, 3, 4]);
  });

  it('computes the next day while the current one is shown, and shows it on time', async () => {
    const h = harness({ speed: 10 });
    await flush();
    h.actor.send({ type: 'PLAY' });
    await flush();
    expect(h.calls.advance).toBe(1);
    expect(h.day()).toBe(0);
    expect(h.snap().context.prefetch?.snapshot.day).toBe(1);
    h.clock.increment(100);
    expect(h.day()).toBe(1);
    await flush();
    expect(h.calls.advance).toBe(2);
    expect(h.snap().context.prefetch?.snapshot.day).toBe(2);
  });

  it('a pause drops the computed day; the next step gets the same day, none lost or doubled', async () => {
    const h = harness({ speed: 10 });
    await flush();
    h.actor.send({ type: 'PLAY' });
    await flush();
    h.clock.increment(100);
    await flush();
    h.actor.send({ type: 'PAUSE' });
    expect(h.day()).toBe(1);
    h.actor.send({ type: 'STEP' });
    await flush();
    h.actor.send({ type: 'STEP' });
    await flush();
    expect(h.day()).toBe(3);
    expect(h.snap().context.current?.daily.map((d) => d.day)).toEqual([0, 1, 2]);
  });

  it('a new speed takes effect at once', async () => {
    const h = harness({ speed: 1 });
    await flush();
    h.actor.send({ type: 'PLAY' });
    h.clock.increment(500);
    h.actor.send({ type: 'SET_SPEED', daysPerSecond: 20 });
    h.clock.increment(50);
    await flush();
    expect(h.day()).toBe(1);
    expect(h.snap().context.speed).toBe(20);
  });

  it('stops at the horizon; play and step are refused there', async () => {
    const h = harness({ day: 18 });
    await flush();
    h.actor.send({ type: 'PLAY' });
    for (let i = 0; i < 5; i++) {
      h.clock.increment(100);
      await flush();
    }
    expect(h.day()).toBe(20);
    expect(h.snap().matches('paused')).toBe(true);
    h.actor.send({ type: 'STEP' });
    h.actor.send({ type: 'PLAY' });
    expect(h.snap().matches('paused')).toBe(true);
  });

  it('step advances exactly one day', async () => {
    const h = harness();
    await flush();
    h.actor.send({ type: 'STEP' });
    await flush();
    h.actor.send({ type: 'STEP' });
    await flush();
    expect(h.day()).toBe(2);
    expect(h.calls.advance).toBe(2);
  });

  it('a saved baseline is simulated first, then the run; a baseline of another world is dropped', async () => {
    const older = { ...SMALL, policy: { ...SMALL.policy, policy: { ...SMALL.policy.policy, randomRate: 0.2 } } };
    const h = harness({ day: 4, baseline: { spec: older, day: 3 } });
    expect(h.snap().matches('restoringBaseline')).toBe(true);
    await flush();
    expect(h.snap().matches('paused')).toBe(true);
    expect(h.calls.simulate).toBe(2);
    expect(h.snap().context.baseline?.snapshot.day).toBe(3);
    expect(h.snap().context.baseline?.spec.policy.policy.randomRate).toBe(0.2);
    expect(h.day()).toBe(4);
    const other = harness({ day: 2, baseline: { spec: { ...older, scale: 0.03 }, day: 3 } });
    await flush();
    expect(other.calls.simulate).toBe(1);
    expect(other.snap().context.baseline).toBeNull();
  });

  it('a policy change re-simulates to the same day and keeps the previous run as baseline', async () => {
    const h = harness({ day: 5 });
    await flush();
    const before = h.snap().context.current!;
    const spec = { ...SMALL, policy: { ...SMALL.policy, policy: { ...SMALL.policy.policy, randomRate: 0.2 } } };
    h.actor.send({ type: 'CHANGE', spec });
    expect(h.snap().matches('recomputing')).toBe(true);
    await flush();
    const c = h.snap().context;
    expect(c.current?.snapshot.day).toBe(5);
    expect(c.current?.spec.policy.policy.randomRate).toBe(0.2);
    expect(c.baseline).toBe(before);
    expect(c.current!.snapshot.kpis.randomInspections).toBeGreaterThan(before.snapshot.kpis.randomInspections);
    // The same spec again changes nothing.
    h.actor.send({ type: 'CHANGE', spec });
    expect(h.snap().matches('paused')).toBe(true);
  });

  it('a change while playing recomputes, then play resumes', async () => {
    const h = harness({ speed: 10 });
    await flush();
    h.actor.send({ type: 'PLAY' });
    for (let i = 0; i < 3; i++) {
      h.clock.increment(100);
      await flush();
    }
    h.actor.send({ type: 'CHANGE', spec: { ...SMALL, seed: 8 } });
    await flush();
    expect(h.snap().matches('playing')).toBe(true);
    expect(h.snap().context.current?.spec.seed).toBe(8);
    expect(h.snap().context.baseline?.spec.seed).toBe(7);
    h.clock.increment(100);
    await flush();
    expect(h.day()).toBe(4);
  });

  it('changes that arrive while recomputing are coalesced into one more run', async () => {
    const h = harness({ day: 2 });
    for (const seed of [1, 2, 3]) h.actor.send({ type: 'CHANGE', spec: { ...SMALL, seed } });
    await flush();
    expect(h.snap().matches('paused')).toBe(true);
    expect(h.snap().context.current?.spec.seed).toBe(3);
    expect(h.calls.simulate).toBe(2);
  });

  it('reset goes back to day 0 with the same spec', async () => {
    const h = harness({ day: 4 });
    await flush();
    h.actor.send({ type: 'RESET' });
    await flush();
    expect(h.day()).toBe(0);
    expect(h.snap().context.current?.daily).toHaveLength(0);
  });

  it('a dead worker is restarted automatically once with the same spec and day', async () => {
    const h = harness({ day: 3 });
    await flush();
    h.actor.send({ type: 'WORKER_DIED', message: 'boom' });
    expect(h.snap().matches('failed')).toBe(true);
    expect(h.snap().context.fatal).toBe('boom');
    h.clock.increment(AUTO_RESTART_DELAY_MS);
    await flush();
    expect(h.calls.restarts).toBe(1);
    expect(h.snap().matches('paused')).toBe(true);
    expect(h.day()).toBe(3);
    expect(h.snap().context.fatal).toBeNull();
  });

  it('after a failed automatic restart it waits for the user', async () => {
    const h = harness({ day: 1 });
    await flush();
    h.killNextSimulate(true);
    h.actor.send({ type: 'WORKER_DIED', message: 'boom' });
    h.clock.increment(AUTO_RESTART_DELAY_MS);
    await flush();
    expect(h.snap().matches('failed')).toBe(true);
    h.clock.increment(60_000);
    await flush();
    expect(h.calls.restarts).toBe(1);
    h.killNextSimulate(false);
    h.actor.send({ type: 'RESTART' });
    await flush();
    expect(h.calls.restarts).toBe(2);
    expect(h.snap().matches('paused')).toBe(true);
    expect(h.day()).toBe(1);
  });

  it('a refused request is reported without stopping the run', async () => {
    const h = harness();
    await flush();
    h.actor.send({ type: 'CHANGE', spec: { ...SMALL, scenarioId: 'nowhere' } });
    await flush();
    expect(h.snap().matches('paused')).toBe(true);
    expect(h.snap().context.error).toMatch(/scenarioId: "nowhere" is not built in/);
    h.actor.send({ type: 'DISMISS_ERROR' });
    expect(h.snap().context.error).toBeNull();
  });
});
