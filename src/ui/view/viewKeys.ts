/**
 * What a key press on the focused canvas does: arrows, Home and End browse the consignments (the
 * details card follows), Shift + arrows pan, + and - zoom, 0 resets the view, Escape clears the
 * selection. Pure, so the key map is tested without a DOM.
 */
import { browseStepOfKey, type BrowseStep } from './browseOrder';
import { ZOOM_STEP } from './camera';

/** Screen pixels moved by one Shift + arrow press. */
export const PAN_STEP_PX = 80;

/** A command of the view. */
export type ViewCommand =
  | { readonly kind: 'browse'; readonly step: BrowseStep }
  | { readonly kind: 'pan'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'resetView' }
  | { readonly kind: 'clearSelection' };

const PAN: Readonly<Record<string, ViewCommand>> = {
  // Panning moves the view over the world: the right arrow shows what lies to the right.
  ArrowRight: { kind: 'pan', dx: -PAN_STEP_PX, dy: 0 },
  ArrowLeft: { kind: 'pan', dx: PAN_STEP_PX, dy: 0 },
  ArrowDown: { kind: 'pan', dx: 0, dy: -PAN_STEP_PX },
  ArrowUp: { kind: 'pan', dx: 0, dy: PAN_STEP_PX },
};
const ZOOM_IN: ViewCommand = { kind: 'zoom', factor: ZOOM_STEP };
const ZOOM_OUT: ViewCommand = { kind: 'zoom', factor: 1 / ZOOM_STEP };
const RESET: ViewCommand = { kind: 'resetView' };
const CLEAR: ViewCommand = { kind: 'clearSelection' };

/** The command of a key (`KeyboardEvent.key`) with or without Shift, or null when the view does not use it. */
export function viewCommandOfKey(key: string, shift: boolean): ViewCommand | null {
  if (shift && key in PAN) return PAN[key];
  switch (key) {
    case '+': case '=': return ZOOM_IN;
    case '-': case '_': return ZOOM_OUT;
    case '0': return RESET;
    case 'Escape': return CLEAR;
  }
  const step = browseStepOfKey(key);
  return step ? { kind: 'browse', step } : null;
}

/** The keyboard help shown under the canvas. */
export const KEYBOARD_HELP = 'Arrow keys: browse consignments (up/down jumps between lanes) · Shift + arrows: pan · + / −: zoom · 0: reset view · Esc: clear selection';
