/**
 * The consignment glyphs as one shared texture source (an atlas drawn once on a 2D canvas) with one
 * Texture frame per shape, as a ParticleContainer needs: all its particles share one base texture.
 * Glyphs are white with a dark outline so a particle's tint gives the lane colour and the outline
 * stays dark (tinting multiplies).
 */
import { CanvasSource, Rectangle, Texture } from 'pixi.js';
import { GLYPHS } from './consignmentGlyph';
import { INK } from './palette';
import { traceGlyph } from './shapeGeometry';

/** Size of one atlas cell, world units (the glyph is drawn centred, with padding for mipmaps). */
export const GLYPH_CELL = 16;
/** Glyph radius, world units. */
export const GLYPH_RADIUS = 4.3;
/** Canvas pixels per world unit in the atlas. */
const ATLAS_RESOLUTION = 4;

/** The atlas: one texture per glyph, in `GLYPHS` order, sharing one source. */
export interface GlyphAtlas {
  /** Textures by glyph index. */ readonly textures: readonly Texture[];
  /** Frees the texture source. */ destroy(): void;
}

/** Draws the atlas. Needs a DOM (document.createElement('canvas')). */
export function createGlyphAtlas(): GlyphAtlas {
  const px = GLYPH_CELL * ATLAS_RESOLUTION;
  const canvas = document.createElement('canvas');
  canvas.width = 512;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('[ui/view] no 2D canvas context for the glyph atlas');
  const outline = `#${INK.outline.toString(16).padStart(6, '0')}`;
  GLYPHS.forEach((glyph, i) => {
    const cx = i * px + px / 2, cy = px / 2, r = GLYPH_RADIUS * ATLAS_RESOLUTION;
    ctx.beginPath();
    traceGlyph(ctx, glyph, cx, cy, r);
    ctx.lineJoin = 'round';
    if (glyph === 'hollowSquare') {
      // A thick white ring (tinted to the lane colour) between two dark edges.
      ctx.lineWidth = 0.55 * r + 4;
      ctx.strokeStyle = outline;
      ctx.stroke();
      ctx.lineWidth = 0.55 * r;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
    } else {
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.lineWidth = 4;
      ctx.strokeStyle = outline;
      ctx.stroke();
    }
  });
  const source = new CanvasSource({ resource: canvas, resolution: ATLAS_RESOLUTION, autoGenerateMipmaps: true, scaleMode: 'linear' });
  const textures = GLYPHS.map((_, i) => new Texture({ source, frame: new Rectangle(i * GLYPH_CELL, 0, GLYPH_CELL, GLYPH_CELL) }));
  return {
    textures,
    destroy: () => {
      for (const t of textures) t.destroy(false);
      source.destroy();
    },
  };
}
