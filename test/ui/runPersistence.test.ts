import { describe, expect, it } from 'vitest';
import { createRunPersistence, type AddressBar } from '../../src/ui/runPersistence';
import type { Autosave } from '../../src/ui/state/autosave';
import type { RunContext } from '../../src/ui/state/runMachine';
import { setIn } from '../../src/ui/panel/policyEdits';
import { defaultRunSpec } from '../../src/workers/runSpec';

const BASE = 'https://lab.example/app/';

/** A persistence over a fake address bar and idle queue; `context` is changed by the test. */
function harness() {
  let context: RunContext = {
    spec: defaultRunSpec('default', 1), day: 10, speed: 5, current: null, baseline: null, pending: false, playing: false,
    error: null, fatal: null, autoRestarts: 0, restore: null, prefetch: null,
  };
  let href = BASE;
  const replaced: string[] = [];
  const links: string[] = [];
  const idle: (() => void)[] = [];
  const kept: string[] = [];
  const address: AddressBar = { href: () => href, replace: (url) => { href = url; replaced.push(url); }, keepForReload: (url) => { kept.push(url); } };
  const autosave: Autosave = { save: () => {}, flush: () => {}, load: () => null };
  const persistence = createRunPersistence({
    context: () => context, reducedMotion: () => null, autosave, showLink: (url) => links.push(url), address,
    idle: (job) => {
      idle.push(job);
      return () => { const k = idle.indexOf(job); if (k >= 0) idle.splice(k, 1); };
    },
  });
  return {
    persistence, replaced, links, idle, kept,
    set: (c: Partial<RunContext>) => { context = { ...context, ...c }; },
    runIdle: () => { for (const job of idle.splice(0)) job(); },
  };
}

describe('run persistence', () => {
  it('shows the link at once and writes the address only when the page is idle, once per change', () => {
    const h = harness();
    h.persistence.update('still');
    expect(h.links).toHaveLength(1);
    expect(h.replaced).toEqual([]);
    expect(h.idle).toHaveLength(1);
    h.persistence.update('still');
    expect(h.idle).toHaveLength(1);
    h.runIdle();
    expect(h.replaced).toEqual([h.links[0]]);
    expect(h.replaced[0]).toContain('seed=1');
    // Nothing changed: no second write is scheduled.
    h.persistence.update('still');
    expect(h.idle).toHaveLength(0);
  });

  it('writes the latest spec when several changes come before the idle moment', () => {
    const h = harness();
    h.persistence.update('still');
    h.set({ spec: setIn(defaultRunSpec('default', 1), ['seed'], 7) });
    h.persistence.update('still');
    h.runIdle();
    expect(h.replaced).toHaveLength(1);
    expect(h.replaced[0]).toContain('seed=7');
  });

  it('drops a pending write when the run starts playing, and writes at once on flush', () => {
    const h = harness();
    h.persistence.update('still');
    h.persistence.update('playing');
    expect(h.idle).toHaveLength(0);
    h.runIdle();
    expect(h.replaced).toEqual([]);
    h.set({ day: 20 });
    h.persistence.flush();
    expect(h.replaced).toHaveLength(1);
    expect(h.replaced[0]).toContain('day=20');
    expect(h.kept).toEqual([]);
  });

  it('keeps the latest address for a reload when the page is left, a change still waiting for its idle write included', () => {
    const h = harness();
    h.persistence.update('still');
    h.runIdle();
    h.set({ spec: setIn(defaultRunSpec('default', 1), ['seed'], 9) });
    h.persistence.update('still');
    h.persistence.leave();
    expect(h.kept).toHaveLength(1);
    expect(h.kept[0]).toContain('seed=9');
    expect(h.replaced[h.replaced.length - 1]).toBe(h.kept[0]);
  });

  it('holds the address while a re-run is computed, and writes it in the first idle moment after the run is shown', () => {
    const h = harness();
    h.persistence.update('still');
    h.runIdle();
    h.set({ spec: setIn(defaultRunSpec('default', 1), ['seed'], 5) });
    h.persistence.update('computing');
    // The link is shown at once; the address waits (the page is idle while the worker computes).
    expect(h.links[h.links.length - 1]).toContain('seed=5');
    expect(h.idle).toHaveLength(0);
    h.runIdle();
    expect(h.replaced).toHaveLength(1);
    h.persistence.update('still');
    h.runIdle();
    expect(h.replaced).toHaveLength(2);
    expect(h.replaced[1]).toContain('seed=5');
  });
});
