import { describe, expect, it } from 'vitest';
import { searchForLoad } from '../../src/ui/reloadAddress';

const PAGE = 'https://lab.example/app/';

describe('the address a page load reads', () => {
  it('on a reload, takes the address the page kept when it was left', () => {
    expect(searchForLoad('reload', `${PAGE}?v=1&seed=9`, `${PAGE}?v=1&seed=1`)).toBe('?v=1&seed=9');
  });

  it('otherwise reads the address it was loaded with', () => {
    for (const type of ['navigate', 'back_forward', 'prerender', undefined]) {
      expect(searchForLoad(type, `${PAGE}?v=1&seed=9`, `${PAGE}?v=1&seed=1`)).toBe('?v=1&seed=1');
    }
    expect(searchForLoad('reload', null, `${PAGE}?v=1&seed=1`)).toBe('?v=1&seed=1');
  });

  it('ignores a kept value of another page or that is not an address', () => {
    expect(searchForLoad('reload', 'https://elsewhere.example/app/?seed=9', `${PAGE}?seed=1`)).toBe('?seed=1');
    expect(searchForLoad('reload', 'https://lab.example/other/?seed=9', `${PAGE}?seed=1`)).toBe('?seed=1');
    expect(searchForLoad('reload', 'not an address', `${PAGE}?seed=1`)).toBe('?seed=1');
  });

  it('a kept bare address stays bare (the autosave then decides)', () => {
    expect(searchForLoad('reload', PAGE, `${PAGE}?v=1&seed=1`)).toBe('');
  });
});
