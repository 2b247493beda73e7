/**
 * The camera state of the view: the stage size, what is framed (all offices or one), whether the
 * user has moved the view since, and the zoom limits. DOM- and Pixi-free; every change is handed to
 * `apply` so the scene follows. A resize refits the framing unless the user panned or zoomed.
 */
import { fitCamera, panBy, panToShow, zoomAt, zoomLimitsFor, type Camera, type ZoomLimits } from './camera';
import type { AdministrationLayout } from './officeLayout';
import { focusRect, type FocusTarget } from './viewFocus';

/** Camera, framing and size of the stage. */
export class ViewCamera {
  /** The current camera. */ public camera: Camera = { x: 0, y: 0, scale: 1 };
  /** Zoom limits (from the fit of all offices). */ public limits: ZoomLimits = { min: 0.1, max: 6 };
  /** What was last framed: -1 all offices, else an office index. */ public focus: FocusTarget = -1;
  /** The user panned or zoomed since the last framing. */ public moved = false;
  /** Stage width, CSS pixels. */ public width = 1;
  /** Stage height, CSS pixels. */ public height = 1;
  private _layout: AdministrationLayout | null = null;
  private readonly _apply: (cam: Camera) => void;

  /** A camera that hands every new camera to `apply`. */
  public constructor(apply: (cam: Camera) => void) {
    this._apply = apply;
  }

  /** Takes a new layout (framing follows at the next `frame`). */
  public setLayout(layout: AdministrationLayout | null): void {
    this._layout = layout;
  }

  /** Takes a new stage size; returns false when it did not change. Refits unless the user moved the view. */
  public resize(width: number, height: number): boolean {
    const w = Math.max(1, Math.round(width)), h = Math.max(1, Math.round(height));
    if (w === this.width && h === this.height) return false;
    this.width = w; this.height = h;
    if (!this.moved) this.frame(this.focus);
    else if (this._layout) this.limits = zoomLimitsFor(fitCamera(this._layout.bounds, w, h));
    return true;
  }

  /** Frames `target` (-1: all offices) whole and centred. */
  public frame(target: FocusTarget): void {
    this.focus = target;
    this.moved = false;
    if (!this._layout) return;
    this.limits = zoomLimitsFor(fitCamera(this._layout.bounds, this.width, this.height));
    this._set(fitCamera(focusRect(this._layout, target), this.width, this.height));
  }

  /** Moves the view by (dx, dy) screen pixels. */
  public pan(dx: number, dy: number): void {
    this._move(panBy(this.camera, dx, dy));
  }

  /** Zooms by `factor` about screen point (sx, sy), or about the centre of the stage. */
  public zoom(factor: number, sx: number | null, sy: number | null): void {
    this._move(zoomAt(this.camera, factor, sx ?? this.width / 2, sy ?? this.height / 2, this.limits));
  }

  /** Pans just enough to keep screen point (sx, sy) `margin` pixels inside the stage. */
  public keepInView(sx: number, sy: number, margin: number): void {
    const cam = panToShow(this.camera, sx, sy, this.width, this.height, margin);
    if (cam !== this.camera) this._move(cam);
  }

  private _move(cam: Camera): void {
    this.moved = true;
    this._set(cam);
  }

  private _set(cam: Camera): void {
    this.camera = cam;
    this._apply(cam);
  }
}
