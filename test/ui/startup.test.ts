import { describe, expect, it } from 'vitest';
import { chooseStartup, DEFAULT_PREFERENCES } from '../../src/ui/startup';
import { decodeRunLink } from '../../src/ui/state/runLink';

const savedBaseline = decodeRunLink(new URLSearchParams('v=1&seed=11&day=4&p=eyJwb2xpY3kiOnsicmFuZG9tUmF0ZSI6MC4xfX0')).state;
const saved = { link: decodeRunLink(new URLSearchParams('v=1&seed=11&day=4')), prefs: { speed: 20, reducedMotion: true }, baseline: savedBaseline };

describe('startup', () => {
  it('a link in the address wins over the saved session, keeping the saved preferences', () => {
    const s = chooseStartup('?v=1&seed=3&day=2', saved);
    expect(s.source).toBe('link');
    expect(s.state.spec.seed).toBe(3);
    expect(s.state.day).toBe(2);
    expect(s.prefs).toEqual(saved.prefs);
    expect(s.baseline).toBeNull();
  });

  it('a reload (the address is the saved run) brings its baseline back', () => {
    const s = chooseStartup(`?${new URLSearchParams('v=1&seed=11&day=4').toString()}&scenario=default&horizon=90`, saved);
    expect(s.source).toBe('link');
    expect(s.baseline).toEqual(savedBaseline);
  });

  it('the bare address restores the saved session', () => {
    const s = chooseStartup('', saved);
    expect(s.source).toBe('autosave');
    expect(s.state).toEqual(saved.link.state);
    expect(s.baseline).toEqual(savedBaseline);
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
