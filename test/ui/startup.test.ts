import { describe, expect, it } from 'vitest';
import { chooseStartup, DEFAULT_PREFERENCES } from '../../src/ui/startup';
import { decodeRunLink } from '../../src/ui/state/runLink';

const saved = { link: decodeRunLink(new URLSearchParams('v=1&seed=11&day=4')), prefs: { speed: 20, reducedMotion: true } };

describe('startup', () => {
  it('a link in the address wins over the saved session, keeping the saved preferences', () => {
    const s = chooseStartup('?v=1&seed=3&day=2', saved);
    expect(s.source).toBe('link');
    expect(s.state.spec.seed).toBe(3);
    expect(s.state.day).toBe(2);
    expect(s.prefs).toEqual(saved.prefs);
  });

  it('the bare address restores the saved session', () => {
    const s = chooseStartup('', saved);
    expect(s.source).toBe('autosave');
    expect(s.state).toEqual(saved.link.state);
  });

  it('a first visit gets the default run and preferences', () => {
    const s = chooseStartup('?utm_source=mail', null);
    expect(s.source).toBe('default');
    expect(s.state.spec.seed).toBe(42);
    expect(s.state.day).toBe(0);
    expect(s.prefs).toEqual(DEFAULT_PREFERENCES);
    expect(s.problems).toEqual([]);
  });

  it('a broken link reports its problems and still starts', () => {
    const s = chooseStartup('?seed=-4', null);
    expect(s.source).toBe('link');
    expect(s.problems.map((p) => p.param)).toEqual(['seed']);
    expect(s.state.spec.seed).toBe(42);
  });
});
