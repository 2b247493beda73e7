/**
 * The view's legend as HTML with inline SVG swatches: lane colours (drawn as circles) and outcome
 * shapes (neutral grey), using the same glyph geometry as the canvas texture.
 */
import { el } from '../dom';
import { legendEntries, type LegendEntry } from './consignmentGlyph';
import { INK } from './palette';
import { glyphSvgPath } from './shapeGeometry';

const SVG_NS = 'http://www.w3.org/2000/svg';

function hex(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

/** A 16 x 16 swatch of a legend entry; hollow glyphs are drawn as a ring. */
function swatch(entry: LegendEntry): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', glyphSvgPath(entry.glyph, 8, 8, 5.5));
  const fill = entry.colour === null ? '#b9c0c8' : hex(entry.colour);
  if (entry.glyph === 'hollowSquare') {
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', hex(INK.outline));
    path.setAttribute('stroke-width', '2.5');
  } else {
    path.setAttribute('fill', fill);
    path.setAttribute('stroke', hex(INK.outline));
    path.setAttribute('stroke-width', '1');
  }
  svg.append(path);
  return svg;
}

function group(title: string, entries: readonly LegendEntry[], text: (e: LegendEntry) => string): HTMLElement {
  return el('div', { class: 'admin-legend-group' }, [
    el('span', { class: 'admin-legend-title', text: title }),
    el('ul', { class: 'admin-legend-list' }, entries.map((e) => el('li', {}, [swatch(e), el('span', { text: text(e) })]))),
  ]);
}

/** The legend element: "Colour = lane" and "Shape = outcome". */
export function createLegend(): HTMLElement {
  const { lanes, outcomes } = legendEntries();
  return el('div', { class: 'admin-legend' }, [
    group('Colour = lane', lanes, (e) => `${e.label} ${e.meaning}`),
    group('Shape = outcome', outcomes, (e) => e.meaning),
  ]);
}
