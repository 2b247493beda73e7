/**
 * Export of one chart as a standalone SVG document or a PNG. The chart is drawn afresh, without
 * animation, into a detached SVG with a white background, a header (title and runs) and the
 * summary as `<desc>`; every style is a presentation attribute, so the markup renders the same
 * anywhere. The PNG is that SVG drawn on an offscreen canvas.
 */
import { select } from 'd3';
import { SVG_NS } from './chartFigure';
import type { PreparedChart } from './chartRegistry';
import { COLORS, FONT, FONT_FAMILY } from './palette';
import { textAttrs } from './svgKit';

/** What the exported header says. */
export interface ExportMeta {
  /** Chart title. */ readonly title: string;
  /** Second line, e.g. runs and day. */ readonly subtitle: string;
  /** Width to draw at, px. */ readonly width: number;
}

const PAD = 16;
const HEADER = 52;

/** A detached, fully drawn SVG element of `chart`, with its size. */
export function exportSvgElement(chart: PreparedChart, meta: ExportMeta): { svg: SVGSVGElement; width: number; height: number } {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('role', 'img');
  const root = select(svg);
  root.append('title').text(meta.title);
  root.append('desc').text(chart.summary);
  const background = root.append('rect').attr('fill', COLORS.paper);
  textAttrs(root.append('text'), 16, COLORS.ink).attr('font-weight', 700).attr('x', PAD).attr('y', PAD + 14).text(meta.title);
  textAttrs(root.append('text'), FONT.small, COLORS.inkMuted).attr('x', PAD).attr('y', PAD + 32).text(meta.subtitle);
  const body = root.append('g').attr('transform', `translate(${PAD},${PAD + HEADER})`);
  const bodyHeight = chart.draw(body, { width: meta.width, animate: false });
  const width = meta.width + 2 * PAD;
  const height = Math.ceil(bodyHeight + HEADER + 2 * PAD);
  background.attr('width', width).attr('height', height);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg, width, height };
}

/** Standalone SVG markup of `chart`. */
export function exportSvgMarkup(chart: PreparedChart, meta: ExportMeta): string {
  const { svg } = exportSvgElement(chart, meta);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Loads SVG markup into an image. */
function loadImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('[ui/charts] the chart SVG could not be loaded as an image'));
    };
    img.src = url;
  });
}

/** A PNG of `chart` at `scale` device pixels per CSS pixel. */
export async function exportPngBlob(chart: PreparedChart, meta: ExportMeta, scale = 2): Promise<Blob> {
  const { svg, width, height } = exportSvgElement(chart, meta);
  const img = await loadImage(new XMLSerializer().serializeToString(svg));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('[ui/charts] no 2D canvas context for the PNG export');
    ctx.drawImage(img, 0, 0, w, h);
    return canvas.convertToBlob({ type: 'image/png' });
  }
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('[ui/charts] no 2D canvas context for the PNG export');
  ctx.drawImage(img, 0, 0, w, h);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('[ui/charts] the PNG could not be encoded'))), 'image/png');
  });
}
