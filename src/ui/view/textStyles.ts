/**
 * Shared Pixi text styles of the canvas (one TextStyle object per role, reused by every Text), and
 * the resolution texts are rasterised at so they stay legible when zoomed in.
 */
import { TextStyle, type Text } from 'pixi.js';
import { INK } from './palette';

/** Text rasterisation resolution (relative to world units); zooming past it blurs slightly. */
export const TEXT_RESOLUTION = 3;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The text styles by role. */
export interface TextStyles {
  /** Office name. */ readonly title: TextStyle;
  /** Office subtitle. */ readonly subtitle: TextStyle;
  /** Lane name. */ readonly lane: TextStyle;
  /** Small muted label. */ readonly small: TextStyle;
  /** Station title. */ readonly station: TextStyle;
  /** Station status line. */ readonly status: TextStyle;
  /** Bold count, e.g. folded consignments. */ readonly count: TextStyle;
}

/** Creates the styles (call once per view; destroy with the view). */
export function createTextStyles(): TextStyles {
  const s = (fontSize: number, fontWeight: 'normal' | 'bold', fill: number): TextStyle => new TextStyle({ fontFamily: FONT, fontSize, fontWeight, fill });
  return {
    title: s(17, 'bold', INK.text),
    subtitle: s(12, 'normal', INK.muted),
    lane: s(13, 'bold', INK.text),
    small: s(10.5, 'normal', INK.muted),
    station: s(11, 'bold', INK.text),
    status: s(10, 'normal', INK.text),
    count: s(11, 'bold', INK.text),
  };
}

/** Sets a Text's string only when it changed (a change re-rasterises the text). */
export function setText(t: Text, value: string): void {
  if (t.text !== value) t.text = value;
}
