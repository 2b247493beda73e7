import { describe, expect, it } from 'vitest';
import { PAN_STEP_PX, viewCommandOfKey } from '../../../src/ui/view/viewKeys';
import { ZOOM_STEP } from '../../../src/ui/view/camera';

describe('viewCommandOfKey', () => {
  it('browses with the arrows and Home/End, group jumps on up/down', () => {
    expect(viewCommandOfKey('ArrowRight', false)).toEqual({ kind: 'browse', step: 'next' });
    expect(viewCommandOfKey('ArrowUp', false)).toEqual({ kind: 'browse', step: 'previousGroup' });
    expect(viewCommandOfKey('End', false)).toEqual({ kind: 'browse', step: 'last' });
  });
  it('pans with Shift + arrows, showing what lies in the arrow direction', () => {
    expect(viewCommandOfKey('ArrowRight', true)).toEqual({ kind: 'pan', dx: -PAN_STEP_PX, dy: 0 });
    expect(viewCommandOfKey('ArrowUp', true)).toEqual({ kind: 'pan', dx: 0, dy: PAN_STEP_PX });
  });
  it('zooms with + and - (also = and _ on keyboards without a plus key), resets with 0', () => {
    expect(viewCommandOfKey('+', false)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(viewCommandOfKey('=', false)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(viewCommandOfKey('-', true)).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(viewCommandOfKey('0', false)).toEqual({ kind: 'resetView' });
  });
  it('clears the selection with Escape and leaves Tab and letters to the page', () => {
    expect(viewCommandOfKey('Escape', false)).toEqual({ kind: 'clearSelection' });
    expect(viewCommandOfKey('Tab', false)).toBeNull();
    expect(viewCommandOfKey('a', false)).toBeNull();
  });
});
