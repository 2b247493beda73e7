import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, createAutosave, type KeyValueStore, type Timers } from '../../../src/ui/state/autosave';
import { setIn } from '../../../src/ui/panel/policyEdits';
import { defaultRunSpec } from '../../../src/workers/runSpec';

/** A store in a Map that counts writes, and timers that fire only when told. */
function fakes(failWrites = false) {
  const data = new Map<string, string>();
  let writes = 0;
  const store: KeyValueStore = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (failWrites) throw new Error('QuotaExceededError');
      writes += 1;
      data.set(k, v);
    },
  };
  const queue = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    setTimeout: (fn) => {
      queue.set(++next, fn);
      return next;
    },
    clearTimeout: (h) => queue.delete(h as number),
  };
  const fire = (): void => {
    for (const [h, fn] of [...queue]) {
      queue.delete(h);
      fn();
    }
  };
  return { data, store, timers, fire, writes: () => writes };
}

const spec = setIn(defaultRunSpec('default', 5), ['policy', 'policy', 'randomRate'], 0.02);

describe('autosave', () => {
  it('writes once after a burst of changes, and a reload gets the last one back', () => {
    const f = fakes();
    const a = createAutosave(f.store, 400, f.timers);
    a.save({ spec, day: 1 }, { speed: 5, reducedMotion: null });
    a.save({ spec, day: 2 }, { speed: 5, reducedMotion: null });
    a.save({ spec, day: 3 }, { speed: 10, reducedMotion: true });
    expect(f.writes()).toBe(0);
    f.fire();
    expect(f.writes()).toBe(1);
    const loaded = createAutosave(f.store, 400, f.timers).load();
    expect(loaded?.link.state).toEqual({ spec, day: 3 });
    expect(loaded?.link.problems).toEqual([]);
    expect(loaded?.prefs).toEqual({ speed: 10, reducedMotion: true });
  });

  it('keeps the baseline beside the run; one that no longer validates is dropped', () => {
    const f = fakes();
    const a = createAutosave(f.store, 400, f.timers);
    const baseline = { spec: defaultRunSpec('default', 5), day: 2 };
    a.save({ spec, day: 3 }, { speed: 5, reducedMotion: null }, baseline);
    a.flush();
    expect(a.load()?.baseline).toEqual(baseline);
    const raw = JSON.parse(f.data.get(AUTOSAVE_KEY)!) as Record<string, unknown>;
    f.data.set(AUTOSAVE_KEY, JSON.stringify({ ...raw, baseline: 'v=1&seed=-3' }));
    expect(a.load()?.baseline).toBeNull();
    expect(a.load()?.link.state.day).toBe(3);
  });

  it('flush writes a pending save at once', () => {
    const f = fakes();
    const a = createAutosave(f.store, 400, f.timers);
    a.save({ spec, day: 7 }, { speed: 5, reducedMotion: null });
    a.flush();
    expect(f.writes()).toBe(1);
    expect(a.load()?.link.state.day).toBe(7);
  });

  it('unreadable, foreign or missing records load as nothing; refused writes are swallowed', () => {
    const f = fakes();
    const a = createAutosave(f.store, 400, f.timers);
    expect(a.load()).toBeNull();
    f.data.set(AUTOSAVE_KEY, '{not json');
    expect(a.load()).toBeNull();
    f.data.set(AUTOSAVE_KEY, JSON.stringify({ version: 99, link: 'seed=1' }));
    expect(a.load()).toBeNull();
    const full = fakes(true);
    const b = createAutosave(full.store, 400, full.timers);
    b.save({ spec, day: 1 }, { speed: 5, reducedMotion: null });
    expect(() => full.fire()).not.toThrow();
    expect(createAutosave(null).load()).toBeNull();
  });

  it('a saved speed outside the allowed range is clamped', () => {
    const f = fakes();
    f.data.set(AUTOSAVE_KEY, JSON.stringify({ version: 1, link: 'v=1&seed=3', prefs: { speed: 1e9, reducedMotion: 'yes' } }));
    const loaded = createAutosave(f.store, 400, f.timers).load();
    expect(loaded?.prefs).toEqual({ speed: 60, reducedMotion: null });
    expect(loaded?.link.state.spec.seed).toBe(3);
  });
});
