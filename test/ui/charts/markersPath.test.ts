import { describe, expect, it } from 'vitest';
import { markerPath, markersPath } from '../../../src/ui/charts/svgKit';

const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;

describe('point shapes of a line as one path', () => {
  it('centred on 0, 0 it is the single shape', () => {
    for (const shape of SHAPES) expect(markersPath(shape, 36, [[0, 0]])).toBe(markerPath(shape, 36));
  });

  it('moves each shape to its centre', () => {
    // A 36 px² square is 6 px wide: from 7 to 13 across, 17 to 23 down around (10, 20).
    expect(markersPath('square', 36, [[10, 20]])).toBe('M7,17h6v6h-6Z');
    const circle = markersPath('circle', 36, [[10, 20]]);
    expect(circle.startsWith(`M${(10 + Math.sqrt(36 / Math.PI)).toFixed(3)},20A`)).toBe(true);
  });

  it('draws every centre, in order, and nothing for no shape', () => {
    for (const shape of SHAPES) {
      const both = markersPath(shape, 36, [[5, 6], [40, 2]]);
      expect(both).toBe(markersPath(shape, 36, [[5, 6]]) + markersPath(shape, 36, [[40, 2]]));
    }
    expect(markersPath('none', 36, [[1, 1]])).toBe('');
    expect(markersPath('circle', 36, [])).toBe('');
  });
});
