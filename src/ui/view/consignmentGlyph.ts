/**
 * Shape of a consignment by outcome. Colour says the lane; the shape says what happened, so the
 * two never carry the same information and neither is needed alone to read the other.
 */
import type { ConsignmentView, LaneName } from '../../sim';
import { LANE_COLOURS, LANE_MEANINGS, VIEW_LANES } from './palette';

/** Glyph codes, also the frame order of the shared glyph texture. */
export const GLYPHS = ['circle', 'square', 'triangle', 'star', 'hollowSquare'] as const;
/** A glyph name. */
export type GlyphName = (typeof GLYPHS)[number];

/** Offences whose detection is a seizure (goods taken), drawn as a star rather than a triangle. */
export const SEIZURE_OFFENCES: readonly string[] = ['prohibited goods or drugs', 'IPR counterfeit', 'undeclared excise goods'];

/**
 * The glyph of a consignment: released → circle, inspected and clean → square, hit → triangle
 * (star when the goods are seized), inspection not finished → hollow square.
 */
export function glyphOf(c: Pick<ConsignmentView, 'outcome' | 'truthOffence'>): GlyphName {
  switch (c.outcome) {
    case 'released': return 'circle';
    case 'clean': return 'square';
    case 'pending': return 'hollowSquare';
    case 'hit': return SEIZURE_OFFENCES.includes(c.truthOffence) ? 'star' : 'triangle';
  }
}

/** The glyph's index in `GLYPHS`. */
export function glyphIndexOf(c: Pick<ConsignmentView, 'outcome' | 'truthOffence'>): number {
  return GLYPHS.indexOf(glyphOf(c));
}

/** Index of the glyph texture of a glyph (GLYPHS order) in a lane's colour (VIEW_LANES order) in the atlas. */
export function glyphTextureIndex(lane: number, glyph: number): number {
  return lane * GLYPHS.length + glyph;
}

/** Plain-language outcome, as the legend, list and card say it. */
export const OUTCOME_LABELS: Readonly<Record<GlyphName, string>> = {
  circle: 'released without inspection',
  square: 'inspected, nothing found',
  triangle: 'hit: offence found',
  star: 'hit: goods seized',
  hollowSquare: 'inspection pending',
};

/** Shape names for the legend and the card. */
export const GLYPH_NAMES: Readonly<Record<GlyphName, string>> = {
  circle: 'Circle', square: 'Square', triangle: 'Triangle', star: 'Star', hollowSquare: 'Hollow square',
};

/** One legend row: a swatch (lane colour or glyph) and its meaning. */
export interface LegendEntry {
  /** Lane colour of the swatch (0xRRGGBB), or null for a neutral outcome glyph. */ readonly colour: number | null;
  /** Glyph drawn in the swatch. */ readonly glyph: GlyphName;
  /** Short name. */ readonly label: string;
  /** What it means. */ readonly meaning: string;
}

/** The legend: one row per lane (colour, drawn as a circle), then one per outcome (shape, neutral). */
export function legendEntries(): { lanes: LegendEntry[]; outcomes: LegendEntry[] } {
  const lanes = VIEW_LANES.map((lane: LaneName) => ({
    colour: LANE_COLOURS[lane], glyph: 'circle' as GlyphName, label: lane[0].toUpperCase() + lane.slice(1), meaning: LANE_MEANINGS[lane],
  }));
  const outcomes = GLYPHS.map((glyph) => ({ colour: null, glyph, label: GLYPH_NAMES[glyph], meaning: OUTCOME_LABELS[glyph] }));
  return { lanes, outcomes };
}
