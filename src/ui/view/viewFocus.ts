/**
 * What the view frames: all offices, or one office when the stage is too small to read the whole
 * administration (labels are drawn at 10-17 world units, so below about 0.7 CSS pixels per world
 * unit they fall under 8 px). The "Show" menu switches the framing; pan and zoom go on from there.
 */
import type { Rect } from './geometry';
import type { AdministrationLayout } from './officeLayout';
import { fitCamera } from './camera';

/** Scale below which the office labels are too small to read, CSS pixels per world unit. */
export const READABLE_SCALE = 0.7;

/** A framing target: -1 for all offices, else an office index. */
export type FocusTarget = number;

/** The world rectangle of a target (all offices for -1 or an index out of range). */
export function focusRect(layout: AdministrationLayout, target: FocusTarget): Rect {
  return target >= 0 && target < layout.offices.length ? layout.offices[target].region : layout.bounds;
}

/** The first framing of a `width` x `height` stage: all offices when they are readable, else the first office. */
export function initialFocus(layout: AdministrationLayout, width: number, height: number): FocusTarget {
  if (layout.offices.length <= 1) return -1;
  return fitCamera(layout.bounds, width, height).scale >= READABLE_SCALE ? -1 : 0;
}
