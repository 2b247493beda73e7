/**
 * The moving consignments: one Particle per sampled consignment in a single ParticleContainer
 * (one draw call), pooled by consignment id and reused between days; positions come from the
 * day plan every frame (the only dynamic particle property); glyph and colour (one atlas frame)
 * are static and uploaded once per day. Consignments folded out of a full exit cluster are counted
 * in a badge on its corner.
 */
import { Container, Graphics, Particle, ParticleContainer } from 'pixi.js';
import type { ConsignmentView } from '../../sim';
import type { AdministrationLayout } from './officeLayout';
import type { GlyphAtlas } from './glyphAtlas';
import { glyphTextureIndex } from './consignmentGlyph';
import type { TextStyles } from './textStyles';
import { createDayPlan, evaluateDayPlan, planDay, WAYPOINT_STRIDE, type DayPlan, type PlanContext } from './dayPlan';
import { KeyedPool } from './keyedPool';
import { INK } from './palette';
import { CountBadge } from './countBadge';

/** Hidden particles are parked here (position is the only property uploaded every frame). */
const PARKED = -1e6;
/** Fold counts are refreshed at most this often while animating, ms (each change re-rasterises a text). */
const LABEL_INTERVAL_MS = 400;

/** Particles, selection and hover rings, and fold counts. */
export class ConsignmentLayer {
  /** Everything of this layer, in world coordinates. */ public readonly root = new Container();
  /** Positions of the last frame (world units), for picking; valid up to `plan.count`. */ public xs = new Float32Array(0);
  /** See `xs`. */ public ys = new Float32Array(0);
  /** 1 where the consignment was drawn in the last frame. */ public visible = new Uint8Array(0);
  /** The day plan. */ public readonly plan: DayPlan = createDayPlan();
  private readonly _atlas: GlyphAtlas;
  private readonly _particles: ParticleContainer<Particle>;
  private readonly _pool: KeyedPool<Particle>;
  private readonly _selection = new Graphics();
  private readonly _hover = new Graphics();
  private _folded = new Int32Array(0);
  private _badges: CountBadge[] = [];
  private _selected = -1;
  private _hovered = -1;
  private _lastLabelMs = -Infinity;
  private _ids = new Float64Array(0);

  /** A layer drawing with the glyph textures of `atlas`. */
  public constructor(atlas: GlyphAtlas) {
    this._atlas = atlas;
    // Colour is dynamic for the alpha: a consignment not drawn in a frame is transparent, and Pixi's
    // canvas renderer skips transparent particles instead of drawing them off-screen.
    this._particles = new ParticleContainer<Particle>({ dynamicProperties: { position: true, vertex: false, rotation: false, uvs: false, color: true } });
    this._pool = new KeyedPool(() => new Particle({ texture: atlas.textures[0], anchorX: 0.5, anchorY: 0.5, x: PARKED, y: PARKED }));
    this._selection.circle(0, 0, 8).stroke({ width: 3.5, color: INK.paper }).circle(0, 0, 8).stroke({ width: 2, color: INK.focus });
    this._hover.circle(0, 0, 7).stroke({ width: 1.25, color: INK.text });
    this._selection.visible = this._hover.visible = false;
    this.root.addChild(this._particles, this._hover, this._selection);
  }

  /** Creates the fold-count badges of a new layout (one per office lane, on the exit cluster's corner). */
  public setLayout(layout: AdministrationLayout, styles: TextStyles): void {
    for (const b of this._badges) b.root.destroy({ children: true });
    this._badges = [];
    this._particles.boundsArea = { x: layout.bounds.x, y: layout.bounds.y, width: layout.bounds.width, height: layout.bounds.height } as never;
    for (const office of layout.offices) {
      for (const lane of office.lanes) {
        const badge = new CountBadge(styles.count, lane.exit.x + lane.exit.width + 4, lane.exit.y + lane.exit.height + 4);
        this._badges.push(badge);
        this.root.addChild(badge.root);
      }
    }
    this._folded = new Int32Array(this._badges.length);
  }

  /** Plans a new day and binds its particles (reusing the previous day's). */
  public setDay(sample: readonly ConsignmentView[], ctx: PlanContext): void {
    planDay(this.plan, sample, ctx);
    const n = sample.length;
    if (this.xs.length < n) {
      const cap = Math.max(n, this.xs.length * 2);
      this.xs = new Float32Array(cap); this.ys = new Float32Array(cap); this.visible = new Uint8Array(cap); this._ids = new Float64Array(cap);
    }
    for (let i = 0; i < n; i++) this._ids[i] = sample[i].id;
    const particles = this._particles.particleChildren;
    this._pool.sync(this._ids, n, particles);
    for (let i = 0; i < n; i++) {
      const p = particles[i];
      p.texture = this._atlas.textures[glyphTextureIndex(this.plan.lane[i], this.plan.glyph[i])];
      p.x = p.y = PARKED;
    }
    this._particles.update();
    this._selected = this._hovered = -1;
    this._lastLabelMs = -Infinity;
  }

  /** Places every consignment at `hour` of the day; `force` refreshes the fold counts now. */
  public frame(hour: number, nowMs: number, force: boolean): void {
    const plan = this.plan, particles = this._particles.particleChildren;
    evaluateDayPlan(plan, hour, this.xs, this.ys, this.visible, this._folded);
    const sel = this._selected;
    if (sel >= 0 && this.visible[sel] === 0 && hour >= plan.wp[sel * WAYPOINT_STRIDE]) {
      // A selected consignment folded into a count stays drawn at its slot (its last waypoint).
      const last = sel * WAYPOINT_STRIDE + (plan.wpCount[sel] - 1) * 3;
      this.xs[sel] = plan.wp[last + 1]; this.ys[sel] = plan.wp[last + 2]; this.visible[sel] = 1;
    }
    for (let i = 0; i < plan.count; i++) {
      const p = particles[i];
      const shown = this.visible[i];
      if (shown === 1) { p.x = this.xs[i]; p.y = this.ys[i]; } else { p.x = PARKED; p.y = PARKED; }
      if (p.alpha !== shown) p.alpha = shown;
    }
    this._placeRing(this._selection, sel);
    this._placeRing(this._hover, this._hovered === sel ? -1 : this._hovered);
    if (force || nowMs - this._lastLabelMs >= LABEL_INTERVAL_MS) {
      this._lastLabelMs = nowMs;
      for (let g = 0; g < this._badges.length; g++) this._badges[g].show(g < plan.groups ? this._folded[g] : 0);
    }
  }

  private _placeRing(ring: Graphics, i: number): void {
    ring.visible = i >= 0 && i < this.plan.count && this.visible[i] === 1;
    if (ring.visible) ring.position.set(this.xs[i], this.ys[i]);
  }

  /** Marks sample index `i` as selected (-1: none); takes effect at the next frame. */
  public setSelected(i: number): void {
    this._selected = i;
  }

  /** Marks sample index `i` as hovered (-1: none); takes effect at the next frame. */
  public setHovered(i: number): void {
    this._hovered = i;
  }

  /** Destroys the layer (particles are plain objects; the atlas belongs to the caller). */
  public destroy(): void {
    this.root.destroy({ children: true });
  }
}
