/**
 * Pan and zoom of the world container: screen = world x scale + offset. Pure functions returning
 * new cameras; the renderer copies the result onto the Pixi container.
 */
import type { Point, Rect } from './geometry';

/** A camera: world point (wx, wy) is drawn at screen (wx x scale + x, wy x scale + y), CSS pixels. */
export interface Camera {
  /** Screen x of world x = 0. */ readonly x: number;
  /** Screen y of world y = 0. */ readonly y: number;
  /** CSS pixels per world unit. */ readonly scale: number;
}

/** Zoom limits relative to the fitted scale and absolute. */
export interface ZoomLimits {
  /** Smallest scale. */ readonly min: number;
  /** Largest scale. */ readonly max: number;
}

/** Zoom factor of one +/- key press or button click. */
export const ZOOM_STEP = 1.25;

/** The camera that shows `bounds` whole and centred in a `width` x `height` viewport with `margin` pixels around. */
export function fitCamera(bounds: Rect, width: number, height: number, margin = 12): Camera {
  const w = Math.max(1, width - 2 * margin), h = Math.max(1, height - 2 * margin);
  const scale = bounds.width > 0 && bounds.height > 0 ? Math.min(w / bounds.width, h / bounds.height) : 1;
  return {
    x: (width - bounds.width * scale) / 2 - bounds.x * scale,
    y: (height - bounds.height * scale) / 2 - bounds.y * scale,
    scale,
  };
}

/** Zoom limits for a layout: from half the fitted scale to 6 CSS pixels per world unit (or the fitted scale if larger). */
export function zoomLimitsFor(fitted: Camera): ZoomLimits {
  return { min: fitted.scale * 0.5, max: Math.max(6, fitted.scale) };
}

/** Zooms by `factor` about the screen point (sx, sy), which keeps showing the same world point. */
export function zoomAt(cam: Camera, factor: number, sx: number, sy: number, limits: ZoomLimits): Camera {
  const scale = Math.min(limits.max, Math.max(limits.min, cam.scale * factor));
  const k = scale / cam.scale;
  return { x: sx - (sx - cam.x) * k, y: sy - (sy - cam.y) * k, scale };
}

/** Moves the view by (dx, dy) screen pixels. */
export function panBy(cam: Camera, dx: number, dy: number): Camera {
  return { x: cam.x + dx, y: cam.y + dy, scale: cam.scale };
}

/** The world point under screen point (sx, sy). */
export function screenToWorld(cam: Camera, sx: number, sy: number): Point {
  return { x: (sx - cam.x) / cam.scale, y: (sy - cam.y) / cam.scale };
}

/** The screen point of world point (wx, wy). */
export function worldToScreen(cam: Camera, wx: number, wy: number): Point {
  return { x: wx * cam.scale + cam.x, y: wy * cam.scale + cam.y };
}

/** Zoom factor of a wheel event's vertical delta in pixels (smooth for trackpads, one step per notch). */
export function wheelZoomFactor(deltaY: number): number {
  return Math.pow(ZOOM_STEP, -Math.max(-3, Math.min(3, deltaY / 100)));
}

/**
 * The camera moved just enough that screen point (sx, sy) lies at least `margin` pixels inside a
 * `width` x `height` viewport (the same camera when it already does), so keyboard browsing keeps
 * the focused consignment on screen without jumping the view around.
 */
export function panToShow(cam: Camera, sx: number, sy: number, width: number, height: number, margin: number): Camera {
  const m = Math.max(0, Math.min(margin, width / 2, height / 2));
  const dx = sx < m ? m - sx : sx > width - m ? width - m - sx : 0;
  const dy = sy < m ? m - sy : sy > height - m ? height - m - sy : 0;
  return dx === 0 && dy === 0 ? cam : panBy(cam, dx, dy);
}
