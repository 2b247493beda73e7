import { afterEach, describe, expect, it } from 'vitest';
import { expose, wrap } from 'comlink';
import { createSimulationApi, type SimulationApi } from '../../src/workers/simulationApi';
import { WorkerDiedError, type SimulationClient } from '../../src/workers/simulationClient';
import { createSession, type Session, type SessionOptions, type SessionView } from '../../src/ui/session';

/**
 * The page's session logic in Node: the worker is replaced by the real API behind a comlink
 * MessageChannel, and animation frames by setImmediate. Each client can be killed to act out a
 * worker crash.
 */
interface TestClient extends SimulationClient {
  kill(message: string): void;
}

const open: MessageChannel[] = [];
afterEach(() => {
  for (const c of open.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

function channelClient(onError: (message: string) => void): TestClient {
  const channel = new MessageChannel();
  open.push(channel);
  expose(createSimulationApi(), channel.port1);
  let dead = false;
  let reject: (e: Error) => void = () => {};
  const death = new Promise<never>((_, r) => (reject = r));
  death.catch(() => {});
  return {
    api: wrap<SimulationApi>(channel.port2),
    request: (call) => (dead ? Promise.reject(new WorkerDiedError('dead')) : Promise.race([call, death])),
    isDead: () => dead,
    terminate: () => {
      dead = true;
      reject(new WorkerDiedError('stopped'));
    },
    kill(message) {
      dead = true;
      reject(new WorkerDiedError(message));
      onError(message);
    },
  };
}

/** A session with a log of views and a way to wait for one. */
function harness(seed = 42, scenario = 'default') {
  const clients: TestClient[] = [];
  let view: SessionView | null = null;
  const waiters: { test: (v: SessionView) => boolean; resolve: (v: SessionView) => void }[] = [];
  const options: SessionOptions = {
    schedule: (next) => setImmediate(next),
    createClient: (onError) => {
      const c = channelClient(onError);
      clients.push(c);
      return c;
    },
  };
  const session: Session = createSession(scenario, seed, (v) => {
    view = v;
    for (const w of waiters.splice(0)) {
      if (w.test(v)) w.resolve(v);
      else waiters.push(w);
    }
  }, options);
  const until = (test: (v: SessionView) => boolean): Promise<SessionView> =>
    view !== null && test(view) ? Promise.resolve(view) : new Promise((resolve) => waiters.push({ test, resolve }));
  const idle = (phase: SessionView['phase']) => until((v) => v.phase === phase && !v.busy);
  return { session, until, idle, clients, current: () => view! };
}

const dayOf = (v: SessionView): number => v.snapshot?.day ?? -1;

describe('page session', () => {
  it('starts ready at day 0 and steps one day at a time', async () => {
    const h = harness();
    const ready = await h.idle('ready');
    expect(ready.info?.name).toBeTruthy();
    expect(dayOf(ready)).toBe(0);
    h.session.stepOnce();
    h.session.stepOnce();
    const after = await h.until((v) => dayOf(v) === 2 && !v.busy);
    expect(after.recent.map((d) => d.day)).toEqual([0, 1]);
    expect(after.phase).toBe('ready');
  });

  it('plays until paused, and the day stays put once idle', async () => {
    const h = harness();
    await h.idle('ready');
    h.session.play();
    expect(h.current().phase).toBe('playing');
    await h.until((v) => dayOf(v) >= 3);
    h.session.pause();
    const paused = await h.idle('ready');
    await new Promise((r) => setTimeout(r, 100));
    expect(dayOf(h.current())).toBe(dayOf(paused));
    // Pause then play again quickly must not start two loops.
    h.session.play();
    h.session.pause();
    h.session.play();
    const from = dayOf(h.current());
    await h.until((v) => dayOf(v) >= from + 4);
    h.session.pause();
    await h.idle('ready');
  });

  it('stops at the horizon', async () => {
    const h = harness();
    await h.idle('ready');
    h.session.play();
    const done = await h.idle('finished');
    expect(dayOf(done)).toBe(90);
    expect(done.recent).toHaveLength(14);
    h.session.stepOnce();
    h.session.play();
    expect(h.current().phase).toBe('finished');
  }, 60_000);

  it('resets to day 0; the same seed reproduces the run, a new seed starts a new one', async () => {
    const h = harness(9);
    await h.idle('ready');
    h.session.stepOnce();
    const first = (await h.until((v) => dayOf(v) === 1 && !v.busy)).snapshot;
    h.session.reset(9);
    expect(dayOf(await h.until((v) => dayOf(v) === 0 && !v.busy))).toBe(0);
    h.session.stepOnce();
    expect((await h.until((v) => dayOf(v) === 1 && !v.busy)).snapshot).toEqual(first);
    h.session.reset(10);
    const other = await h.until((v) => v.info?.seed === 10 && !v.busy);
    expect(dayOf(other)).toBe(0);
  });

  it('reports a dead worker and recovers on restart', async () => {
    const h = harness();
    await h.idle('ready');
    h.session.play();
    await h.until((v) => dayOf(v) >= 1);
    h.clients[0]!.kill('boom');
    const dead = await h.until((v) => v.phase === 'dead');
    expect(dead.fatal).toBe('boom');
    h.session.stepOnce();
    h.session.play();
    expect(h.current().phase).toBe('dead');
    h.session.restart(5);
    const back = await h.idle('ready');
    expect(back.info?.seed).toBe(5);
    expect(dayOf(back)).toBe(0);
    expect(back.fatal).toBeNull();
    expect(h.clients).toHaveLength(2);
  });

  it('shows a refused call as an error without killing the run', async () => {
    const h = harness(1, 'no-such-scenario');
    const failed = await h.until((v) => v.error !== null && !v.busy);
    expect(failed.error).toMatch(/no-such-scenario/);
    expect(failed.phase).not.toBe('dead');
    expect(failed.info).toBeNull();
    h.session.play();
    expect(h.current().phase).not.toBe('playing');
  });
});
