import { afterEach, describe, expect, it } from 'vitest';
import { expose, proxy, wrap, type Remote } from 'comlink';
import { createSimulationApi, SNAPSHOT_SAMPLE_SIZE, type SimulationApi } from '../../src/workers/simulationApi';
import { defaultRunSpec } from '../../src/workers/runSpec';

/**
 * The worker's API, called directly and round-tripped through comlink over Node's global
 * MessageChannel — the same structured cloning a browser worker uses, without a browser.
 */
const channels: MessageChannel[] = [];

function viaComlink(): Remote<SimulationApi> {
  const channel = new MessageChannel();
  channels.push(channel);
  expose(createSimulationApi(), channel.port1);
  return wrap<SimulationApi>(channel.port2);
}

afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

const variants: [string, () => SimulationApi | Remote<SimulationApi>][] = [
  ['directly', () => createSimulationApi()],
  ['through comlink', viaComlink],
];

describe.each(variants)('simulation API %s', (_name, make) => {
  it('runs the default scenario for 3 days', async () => {
    const api = make();
    const info = await api.init('default', 42);
    expect(info.id).toBe('default');
    expect(info.name.length).toBeGreaterThan(0);
    expect(info.days).toBe(90);
    expect(info.seed).toBe(42);

    const before = await api.snapshot();
    expect(before.day).toBe(0);

    const snap = await api.step(3);
    expect(snap.day).toBe(3);
    expect(snap.kpis.declarations).toBeGreaterThan(0);
    expect(snap.sample.length).toBeLessThanOrEqual(SNAPSHOT_SAMPLE_SIZE);
    expect(snap.lastDay?.day).toBe(2);

    const daily = await api.daily();
    expect(daily.map((d) => d.day)).toEqual([0, 1, 2]);
    expect((await api.daily(2)).map((d) => d.day)).toEqual([1, 2]);
    expect(daily.reduce((sum, d) => sum + d.declarations, 0)).toBe(snap.kpis.declarations);

    const one = await api.step(1);
    expect(one.day).toBe(4);
  });

  it('rejects a bad command with a message naming the field, and keeps working', async () => {
    const api = make();
    await api.init('default', 7);
    await expect(api.apply({ type: 'setRandomRate', rate: 5 })).rejects.toThrow(/rate/);
    await expect(
      api.apply({ type: 'setStaffing', office: 'port', resource: 'physical', units: -3 }),
    ).rejects.toThrow(/units/);
    // The API (and the worker it runs in) survives: the next call works.
    const snap = await api.step(1);
    expect(snap.day).toBe(1);
  });

  it('rejects bad calls with readable messages', async () => {
    const api = make();
    await expect(api.step(1)).rejects.toThrow(/init/);
    await expect(api.init('no-such-scenario', 1)).rejects.toThrow(/no-such-scenario/);
    await expect(api.init('default', -1)).rejects.toThrow(/seed/);
    await expect(api.init('default', 1.5)).rejects.toThrow(/seed/);
    await api.init('default', 1);
    await expect(api.step(0)).rejects.toThrow(/days/);
    await expect(api.step(Number.NaN)).rejects.toThrow(/days/);
    await expect(api.daily(-1)).rejects.toThrow(/last/);
  });

  it('gives identical snapshots for the same seed, and reset starts over', async () => {
    const a = make();
    const b = make();
    await a.init('default', 123);
    await b.init('default', 123);
    const sa = await a.step(2);
    const sb = await b.step(2);
    expect(sb).toEqual(sa);

    const fresh = await a.reset();
    expect(fresh.day).toBe(0);
    expect(await a.daily()).toEqual([]);
    expect(await a.step(2)).toEqual(sa);
  });

  it('gives different runs for different seeds', async () => {
    const a = make();
    const b = make();
    await a.init('default', 1);
    await b.init('default', 2);
    expect((await a.step(1)).kpis).not.toEqual((await b.step(1)).kpis);
  });
});

describe('progress of a long simulate request', () => {
  const spec = { ...defaultRunSpec('default', 3), horizon: 30, scale: 0.05 };
  /** A clock that moves 30 ms each time it is read: reports come after about 9 days, then every 3 or 4. */
  const ticking = (step = 30) => {
    let t = 0;
    return { firstMs: 250, everyMs: 100, now: () => (t += step) };
  };
  const checkReports = (reports: [number, number][]) => {
    expect(reports.length).toBeGreaterThan(3);
    for (const [day, of] of reports) {
      expect(of).toBe(30);
      expect(day).toBeGreaterThan(0);
      expect(day).toBeLessThan(30);
    }
    for (let k = 1; k < reports.length; k++) expect(reports[k]![0]).toBeGreaterThan(reports[k - 1]![0]);
  };

  it('reports the days done as it goes, and simulates the same run as without', async () => {
    const reports: [number, number][] = [];
    const withProgress = await createSimulationApi(null, ticking()).simulate({ spec, days: 30 }, (day, of) => void reports.push([day, of]));
    const without = await createSimulationApi(null, ticking()).simulate({ spec, days: 30 });
    checkReports(reports);
    expect(JSON.stringify(withProgress.daily)).toBe(JSON.stringify(without.daily));
    expect(JSON.stringify(withProgress.snapshot.kpis)).toBe(JSON.stringify(without.snapshot.kpis));
  });

  it('reports through comlink to a callback passed by reference', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    expose(createSimulationApi(null, ticking()), channel.port1);
    const reports: [number, number][] = [];
    await wrap<SimulationApi>(channel.port2).simulate({ spec, days: 30 }, proxy((day: number, of: number) => void reports.push([day, of])));
    // The reports travel on the callback's own channel: let them all arrive.
    await new Promise((done) => setTimeout(done, 50));
    checkReports(reports);
  });

  it('says nothing of a run shorter than the first report, and refuses a callback that is not a function', async () => {
    const reports: number[] = [];
    await createSimulationApi(null, ticking(1)).simulate({ spec, days: 30 }, (day) => void reports.push(day));
    expect(reports).toEqual([]);
    await expect(createSimulationApi().simulate({ spec, days: 3 }, 7 as never)).rejects.toThrow(/onProgress: must be a function/);
  });
});
