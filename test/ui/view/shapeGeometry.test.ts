import { describe, expect, it } from 'vitest';
import { GLYPHS } from '../../../src/ui/view/consignmentGlyph';
import { glyphGeometry, glyphSvgPath, traceGlyph, type PathSink } from '../../../src/ui/view/shapeGeometry';

function recorder(): PathSink & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    moveTo: (x, y) => calls.push(`M${x},${y}`),
    lineTo: (x, y) => calls.push(`L${x},${y}`),
    arc: (x, y, r) => calls.push(`A${x},${y},${r}`),
    closePath: () => calls.push('Z'),
  };
}

describe('shape geometry', () => {
  it('gives every glyph a distinct outline or fill', () => {
    const keys = GLYPHS.map((g) => JSON.stringify(glyphGeometry(g)));
    expect(new Set(keys).size).toBe(GLYPHS.length);
    expect(glyphGeometry('hollowSquare').hollow).toBe(true);
  });
  it('keeps glyphs within about their radius', () => {
    for (const g of GLYPHS) {
      const geo = glyphGeometry(g);
      if (geo.kind === 'polygon') expect(Math.max(...geo.points.map(Math.abs))).toBeLessThanOrEqual(1.15);
    }
  });
  it('traces a star as ten points, scaled and moved', () => {
    const sink = recorder();
    traceGlyph(sink, 'star', 10, 20, 5);
    expect(sink.calls.filter((c) => c.startsWith('L'))).toHaveLength(9);
    expect(sink.calls[0]).toBe(`M10,${20 - 1.12 * 5}`);
    expect(sink.calls.at(-1)).toBe('Z');
  });
  it('traces a circle as an arc', () => {
    const sink = recorder();
    traceGlyph(sink, 'circle', 0, 0, 3);
    expect(sink.calls).toContain('A0,0,3');
  });
  it('writes SVG paths', () => {
    expect(glyphSvgPath('square', 0, 0, 10)).toBe('M-8.2 -8.2L8.2 -8.2L8.2 8.2L-8.2 8.2Z');
    expect(glyphSvgPath('circle', 5, 5, 2)).toMatch(/^M3 5a2 2 0 1 0 4 0/);
  });
});
