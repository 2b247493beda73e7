/**
 * The consignment glyphs as one shared texture source (an atlas drawn once on a 2D canvas) with one
 * Texture frame per shape and lane colour, as a ParticleContainer needs: all its particles share one
 * base texture. Colours are baked in rather than tinted: the outline stays dark, and Pixi's canvas
 * fallback renderer (no WebGL) tints atlas frames wrongly (it tints a frame-sized copy, then reads
 * it at the frame's offset in the whole atlas), so untinted frames are the ones that draw everywhere.
 */
import { CanvasSource, ImageSource, Rectangle, Texture } from 'pixi.js';
import { GLYPHS } from './consignmentGlyph';
import { INK, LANE_COLOURS, VIEW_LANES } from './palette';
import { traceGlyph } from './shapeGeometry';

/** Size of one atlas cell, world units (the glyph is drawn centred, with padding for mipmaps). */
export const GLYPH_CELL = 16;
/** Glyph radius, world units. */
export const GLYPH_RADIUS = 4.3;
/** Canvas pixels per world unit in the atlas. */
const ATLAS_RESOLUTION = 4;

/** The atlas: one texture per lane and glyph (see `glyphTextureIndex`), sharing one source. */
export interface GlyphAtlas {
  /** Textures by `glyphTextureIndex` (consignmentGlyph.ts). */ readonly textures: readonly Texture[];
  /** Frees the texture source. */ destroy(): void;
}

/**
 * Draws the atlas. Needs a DOM (document.createElement('canvas')). The drawing is handed to Pixi
 * as an ImageBitmap where the browser has one: every consignment is one drawImage from the atlas
 * on the canvas renderer, and drawing from a canvas makes Chromium snapshot it on each call
 * (a few hundred times a frame), while an ImageBitmap is immutable and is drawn as it is.
 */
export async function createGlyphAtlas(): Promise<GlyphAtlas> {
  const px = GLYPH_CELL * ATLAS_RESOLUTION;
  const canvas = document.createElement('canvas');
  canvas.width = px * GLYPHS.length;
  canvas.height = px * VIEW_LANES.length;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('[ui/view] no 2D canvas context for the glyph atlas');
  const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;
  const outline = css(INK.outline);
  ctx.lineJoin = 'round';
  VIEW_LANES.forEach((lane, row) => {
    const colour = css(LANE_COLOURS[lane]);
    GLYPHS.forEach((glyph, col) => {
      const cx = col * px + px / 2, cy = row * px + px / 2, r = GLYPH_RADIUS * ATLAS_RESOLUTION;
      ctx.beginPath();
      traceGlyph(ctx, glyph, cx, cy, r);
      if (glyph === 'hollowSquare') {
        // A thick ring in the lane colour between two dark edges.
        ctx.lineWidth = 0.55 * r + 4;
        ctx.strokeStyle = outline;
        ctx.stroke();
        ctx.lineWidth = 0.55 * r;
        ctx.strokeStyle = colour;
        ctx.stroke();
      } else {
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.lineWidth = 4;
        ctx.strokeStyle = outline;
        ctx.stroke();
      }
    });
  });
  const options = { resolution: ATLAS_RESOLUTION, autoGenerateMipmaps: true, scaleMode: 'linear' } as const;
  const source = typeof createImageBitmap === 'function'
    ? new ImageSource({ resource: await createImageBitmap(canvas), ...options })
    : new CanvasSource({ resource: canvas, ...options });
  const textures: Texture[] = [];
  for (let row = 0; row < VIEW_LANES.length; row++) {
    for (let col = 0; col < GLYPHS.length; col++) {
      textures.push(new Texture({ source, frame: new Rectangle(col * GLYPH_CELL, row * GLYPH_CELL, GLYPH_CELL, GLYPH_CELL) }));
    }
  }
  return {
    textures,
    destroy: () => {
      for (const t of textures) t.destroy(false);
      source.destroy();
    },
  };
}
