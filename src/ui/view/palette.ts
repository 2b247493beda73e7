/**
 * Colours and lane order of the administration view. Lanes use the Okabe-Ito palette (distinct under
 * the common colour-vision deficiencies) and are always paired with a text label and, for
 * consignments, with a shape by outcome, so colour is never the only cue (WCAG 1.4.1).
 */
import type { LaneName } from '../../sim';

/** Lanes in the order of the simulation's lane vectors (`OfficeView.lanes`, `LANES`). */
export const VIEW_LANES = ['green', 'yellow', 'red', 'blue'] as const satisfies readonly LaneName[];

/** Lane colours as 0xRRGGBB (Okabe-Ito bluish green, yellow, vermilion, blue). */
export const LANE_COLOURS: Readonly<Record<LaneName, number>> = {
  green: 0x009e73,
  yellow: 0xf0e442,
  red: 0xd55e00,
  blue: 0x0072b2,
};

/** What each lane means, for labels and the legend. */
export const LANE_MEANINGS: Readonly<Record<LaneName, string>> = {
  green: 'release',
  yellow: 'documentary check',
  red: 'physical examination',
  blue: 'post-clearance audit',
};

/** Ink, paper and line colours of the canvas, matching the page's CSS variables. */
export const INK = {
  text: 0x1b1f24,
  muted: 0x505a66,
  line: 0xd0d6dd,
  panel: 0xf4f6f8,
  paper: 0xffffff,
  /** Outline drawn around every consignment glyph so pale yellow stays visible on white. */
  outline: 0x2b2f36,
  /** Highlight of busy units and of the selection ring. */
  focus: 0x0072b2,
} as const;

/** Index 0-3 of a lane name in `VIEW_LANES`; an unknown name counts as green (released). */
export function laneIndexOf(lane: string): number {
  const i = (VIEW_LANES as readonly string[]).indexOf(lane);
  return i < 0 ? 0 : i;
}

/** The lane colour as a CSS hex string (`#009e73`). */
export function laneCss(lane: LaneName): string {
  return `#${LANE_COLOURS[lane].toString(16).padStart(6, '0')}`;
}

/** Text colour with the higher contrast on a lane-coloured fill: white on blue, dark ink otherwise. */
export function laneTextColour(lane: LaneName): number {
  return lane === 'blue' ? INK.paper : INK.text;
}
