import { describe, expect, it } from 'vitest';
import { GLYPHS, glyphIndexOf, glyphOf, glyphTextureIndex, legendEntries } from '../../../src/ui/view/consignmentGlyph';
import { VIEW_LANES } from '../../../src/ui/view/palette';

describe('glyphOf', () => {
  it('maps outcomes to shapes', () => {
    expect(glyphOf({ outcome: 'released', truthOffence: 'undervaluation' })).toBe('circle');
    expect(glyphOf({ outcome: 'clean', truthOffence: 'none' })).toBe('square');
    expect(glyphOf({ outcome: 'pending', truthOffence: 'none' })).toBe('hollowSquare');
    expect(glyphOf({ outcome: 'hit', truthOffence: 'undervaluation' })).toBe('triangle');
  });
  it('draws seizures (drugs, counterfeits, excise) as stars', () => {
    for (const off of ['prohibited goods or drugs', 'IPR counterfeit', 'undeclared excise goods']) {
      expect(glyphOf({ outcome: 'hit', truthOffence: off })).toBe('star');
    }
  });
  it('gives the index in the texture order', () => {
    expect(glyphIndexOf({ outcome: 'hit', truthOffence: 'IPR counterfeit' })).toBe(GLYPHS.indexOf('star'));
  });
});

describe('legendEntries', () => {
  it('lists the four lanes with colours and every outcome shape without colour', () => {
    const { lanes, outcomes } = legendEntries();
    expect(lanes.map((l) => l.label)).toEqual(['Green', 'Yellow', 'Red', 'Blue']);
    expect(lanes.every((l) => l.colour !== null)).toBe(true);
    expect(outcomes.map((o) => o.glyph)).toEqual([...GLYPHS]);
    expect(outcomes.every((o) => o.colour === null)).toBe(true);
    expect(outcomes.find((o) => o.glyph === 'hollowSquare')?.meaning).toBe('inspection pending');
  });
});

describe('glyphTextureIndex', () => {
  it('gives every lane and glyph its own atlas frame', () => {
    const seen = new Set<number>();
    for (let lane = 0; lane < VIEW_LANES.length; lane++) for (let g = 0; g < GLYPHS.length; g++) seen.add(glyphTextureIndex(lane, g));
    expect(seen.size).toBe(VIEW_LANES.length * GLYPHS.length);
    expect(Math.max(...seen)).toBe(VIEW_LANES.length * GLYPHS.length - 1);
  });
});
