/**
 * The Pixi side of the view: the renderer (hardware WebGL, else Pixi's canvas 2D renderer),
 * a world container moved by the camera, one `OfficeScene` per office and the consignment layer.
 * It draws only when asked (`render`); the controller decides when frames are needed.
 */
import { autoDetectRenderer, Container, Sprite, Ticker, type Renderer } from 'pixi.js';
import type { OfficeView } from '../../sim';
import type { Camera } from './camera';
import { ConsignmentLayer } from './consignmentLayer';
import { createGlyphAtlas, type GlyphAtlas } from './glyphAtlas';
import { layoutAdministration, officesSignature, type AdministrationLayout } from './officeLayout';
import { OfficeScene } from './officeScene';
import { INK } from './palette';
import type { ScreeningKind } from './screeningKind';
import { probeWebGLRenderer, rendererPreference } from './rendererChoice';
import { createTextStyles, TEXT_RESOLUTION, type TextStyles } from './textStyles';

/** Device pixels per CSS pixel, capped at 2 (more costs fill rate for no visible gain). */
function pixelRatio(): number {
  return Math.min(2, Math.max(1, window.devicePixelRatio || 1));
}

/** The renderer and scene graph of the administration. */
export class AdministrationScene {
  /** The consignments. */ public readonly layer: ConsignmentLayer;
  /** Current layout (null before the first snapshot with offices). */ public layout: AdministrationLayout | null = null;
  private readonly _renderer: Renderer;
  private readonly _stage = new Container();
  private readonly _world = new Container();
  private readonly _officeRoot = new Container();
  private readonly _atlas: GlyphAtlas;
  private readonly _styles: TextStyles;
  private _offices: OfficeScene[] = [];
  private _signature = '';
  private _queued: { offices: readonly OfficeView[]; screening: readonly ScreeningKind[] } | null = null;
  /** 1 for each office whose queued counts are not shown yet. */
  private _stale = new Uint8Array(0);
  private _nextOffice = 0;

  private constructor(renderer: Renderer, atlas: GlyphAtlas) {
    this._renderer = renderer;
    this._atlas = atlas;
    this._styles = createTextStyles();
    this.layer = new ConsignmentLayer(this._atlas);
    this._world.addChild(this._officeRoot, this.layer.root);
    this._stage.addChild(this._world);
  }

  /** Starts a renderer of `width` x `height` CSS pixels and puts its canvas in `host`; rejects when no renderer can start. */
  public static async create(host: HTMLElement, width: number, height: number): Promise<AdministrationScene> {
    const renderer = await autoDetectRenderer({
      width: Math.max(1, width), height: Math.max(1, height), resolution: pixelRatio(), autoDensity: true,
      antialias: true, background: INK.panel,
      // Hardware WebGL first; software WebGL after the canvas renderer (see rendererChoice.ts).
      preference: rendererPreference(probeWebGLRenderer()), failIfMajorPerformanceCaveat: true,
    });
    stopPixiFrameLoop(renderer);
    const canvas = renderer.canvas as HTMLCanvasElement;
    canvas.setAttribute('aria-hidden', 'true');
    canvas.classList.add('admin-canvas');
    host.append(canvas);
    return new AdministrationScene(renderer, await createGlyphAtlas());
  }

  /** Renderer name, for diagnostics: "webgl", "webgpu" or "canvas". */
  public get rendererName(): string {
    return this._renderer.name;
  }

  /** Rebuilds the office drawings when the set of offices changed; returns whether it did. */
  public setOffices(offices: readonly OfficeView[]): boolean {
    const signature = officesSignature(offices);
    if (signature === this._signature && this.layout) return false;
    this._signature = signature;
    for (const o of this._offices) o.destroy();
    this._offices = [];
    const layout = layoutAdministration(offices.length);
    layout.offices.forEach((l, i) => {
      const scene = new OfficeScene(l, offices[i], this._styles, (still) => this._bake(still));
      // Each office its own render group: a label that changes rebuilds that office's draw list only.
      scene.root.isRenderGroup = true;
      this._offices.push(scene);
      this._officeRoot.addChild(scene.root);
    });
    this.layer.setLayout(layout, this._styles);
    this.layout = layout;
    this._stale = new Uint8Array(this._offices.length);
    this._nextOffice = 0;
    return true;
  }

  /**
   * An image of `still` (rendered once, at the labels' resolution so that zooming in stays sharp),
   * placed where `still` was; `still` itself is destroyed.
   */
  private _bake(still: Container): Container {
    const bounds = still.getLocalBounds();
    const texture = this._renderer.generateTexture({ target: still, resolution: TEXT_RESOLUTION, antialias: true });
    const image = new Sprite(texture);
    image.position.set(bounds.x, bounds.y);
    still.destroy({ children: true });
    return image;
  }

  /** Shows the offices' counts, staff and queues of the last day, all at once. */
  public updateOffices(offices: readonly OfficeView[], screening: readonly ScreeningKind[]): void {
    this.queueOffices(offices, screening);
    while (this.updateNextOffice());
  }

  /**
   * Keeps the offices' counts of the last day to show later, one office at a time with
   * {@link updateNextOffice}: each office redraws about ten labels, and redrawing a label
   * rasterises its text again (about a millisecond each on a software canvas).
   */
  public queueOffices(offices: readonly OfficeView[], screening: readonly ScreeningKind[]): void {
    this._queued = { offices, screening };
    this._stale.fill(1);
  }

  /** Shows the queued counts of the next office not showing them yet (in turn); returns whether there was one. */
  public updateNextOffice(): boolean {
    const q = this._queued, n = Math.min(this._offices.length, q?.offices.length ?? 0);
    for (let k = 0; k < n; k++) {
      const i = (this._nextOffice + k) % n;
      if (this._stale[i] === 0) continue;
      this._stale[i] = 0;
      this._nextOffice = (i + 1) % n;
      this._offices[i].update(q!.offices[i], q!.screening[i] ?? 'none');
      return true;
    }
    return false;
  }

  /** Whether some office does not show the queued counts yet. */
  public get officesQueued(): boolean {
    return this._stale.includes(1);
  }

  /** Places the world under the camera. */
  public setCamera(cam: Camera): void {
    this._world.position.set(cam.x, cam.y);
    this._world.scale.set(cam.scale);
  }

  /** Resizes the drawing buffer to `width` x `height` CSS pixels. */
  public resize(width: number, height: number): void {
    this._renderer.resize(Math.max(1, width), Math.max(1, height), pixelRatio());
  }

  /** Draws one frame (and runs Pixi's own periodic tasks, such as freeing unused textures, which it would run every frame). */
  public render(): void {
    Ticker.system.update();
    this._renderer.render(this._stage);
  }

  /** Frees the renderer, textures and canvas. */
  public destroy(): void {
    for (const o of this._offices) o.destroy();
    this.layer.destroy();
    this._stage.destroy({ children: true });
    this._atlas.destroy();
    for (const style of Object.values(this._styles)) style.destroy();
    this._renderer.destroy({ removeView: true });
  }
}

/**
 * Pixi's system ticker runs an animation frame loop as long as anything listens to it, and its
 * renderer's scheduler (texture collection) and pointer-event system always do: the page woke 60
 * times a second and redrew nothing, 8 % of a core in the renderer and 3 % in the GPU process with
 * the view paused (measured in headless Chromium), and on a two-core machine that was taken from
 * the worker simulating a policy change. The view draws in frames of its own (frameLoop.ts) and
 * runs the ticker's tasks when it draws; it reads the pointer itself (viewInput.ts), so Pixi's
 * event system is detached from the canvas (it listened to every pointer move on the page).
 */
function stopPixiFrameLoop(renderer: Renderer): void {
  renderer.events?.setTargetElement(null as unknown as HTMLElement);
  Ticker.system.autoStart = false;
  Ticker.system.stop();
}
