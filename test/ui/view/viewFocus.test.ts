import { describe, expect, it } from 'vitest';
import { layoutAdministration, OFFICE_HEIGHT, OFFICE_WIDTH } from '../../../src/ui/view/officeLayout';
import { focusRect, initialFocus } from '../../../src/ui/view/viewFocus';

describe('viewFocus', () => {
  const four = layoutAdministration(4);
  it('frames all offices on a stage where they stay readable', () => {
    expect(initialFocus(four, 1400, 860)).toBe(-1);
  });
  it('frames the first office when all four would be too small to read', () => {
    expect(initialFocus(four, 640, 400)).toBe(0);
  });
  it('always frames a single office whole', () => {
    expect(initialFocus(layoutAdministration(1), 200, 120)).toBe(-1);
  });
  it('gives an office its region and anything else the whole layout', () => {
    expect(focusRect(four, 3)).toEqual(four.offices[3].region);
    expect(focusRect(four, 3).width).toBe(OFFICE_WIDTH);
    expect(focusRect(four, -1)).toEqual(four.bounds);
    expect(focusRect(four, 9).height).toBeGreaterThan(OFFICE_HEIGHT);
  });
});
