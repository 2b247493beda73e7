/**
 * The controller of the administration view: takes snapshots from the page, plans each day's
 * consignment paths, runs the day clock, camera, hover, selection and keyboard browsing, and asks
 * the Pixi scene for frames only while something changes (a paused view draws nothing).
 */
import type { ConsignmentView, OfficeView, SimulationSnapshot } from '../../sim';
import type { AdministrationViewLike, ViewMountOptions } from '../integrations';
import type { AdministrationScene } from './administrationScene';
import { browseOrder, stepBrowse, type BrowseOrder } from './browseOrder';
import { screenToWorld, worldToScreen } from './camera';
import { consignmentSummary, describeConsignment, selectionAnnouncement } from './consignmentDetails';
import { advanceDayClock, clockIsAnimating, clockLabel, createDayClock, pauseDay, restartDay, rewindDay, sanitiseSpeed, type DayClock } from './dayClock';
import { finalPosition } from './dayPlan';
import { renderDetailsCard } from './detailsCard';
import { flowTimingOf } from './flowTiming';
import { createFrameLoop, type FrameLoop } from './frameLoop';
import { GLYPH_RADIUS } from './glyphAtlas';
import { pickNearest } from './pickNearest';
import { MAX_DRAWN_CONSIGNMENTS, sampleNote, thinEvenly } from './sampleCap';
import { screeningOf, type ScreeningKind } from './screeningKind';
import type { ViewChrome } from './viewChrome';
import { fillFocusMenu } from './viewChrome';
import { ViewCamera } from './viewCamera';
import { initialFocus } from './viewFocus';
import { bindViewInput } from './viewInput';
import type { ViewCommand } from './viewKeys';
import { isEnabled, setEnabled } from '../dom';
import { replayButtonState } from './replayButton';

/** Pick radius around the pointer, CSS pixels. */
const PICK_RADIUS_PX = 9;
/** Keyboard browsing keeps the focused consignment this far inside the stage, CSS pixels. */
const FOLLOW_MARGIN_PX = 48;
/** Stage height below which the legend starts folded, CSS pixels. */
const ROOMY_STAGE_PX = 360;
const NO_CONSIGNMENTS: readonly ConsignmentView[] = [];
/**
 * While the run plays, the offices' labels (counts, staff, queues) of the last day are redrawn one
 * office at a time, one office every this many ms (each office about four times a second):
 * redrawing a label rasterises its text again (about a millisecond each on a software canvas),
 * and redrawing every office for every day (20 a second at full speed) took a tenth of the main
 * thread. Paused or stepped, every office shows its day at once.
 */
const OFFICE_LABEL_SPACING_MS = 60;
/** One frame at 60 frames a second, ms. */
const FRAME_MS = 1000 / 60;

/** The mounted view (implements the page's `AdministrationViewLike`). */
export class AdministrationView implements AdministrationViewLike {
  private readonly _scene: AdministrationScene;
  private readonly _chrome: ViewChrome;
  private readonly _onSelect: ((selection: unknown) => void) | undefined;
  private readonly _loop: FrameLoop;
  private readonly _abort = new AbortController();
  private readonly _resizeObserver: ResizeObserver | null;
  private readonly _visibility: IntersectionObserver | null;
  private _onScreen = true;
  /** A frame must draw even if the day's moment did not move (a new day, a selection, the camera). */
  private _dirty = true;
  private _officeShownAt = Number.NEGATIVE_INFINITY;
  private _drawnAt = Number.NEGATIVE_INFINITY;
  private readonly _clock: DayClock;
  private _shellPlaying = false;
  private _replaying = false;
  private _snapshot: SimulationSnapshot | null = null;
  private _sampleRef: readonly ConsignmentView[] | null = null;
  private _drawn: readonly ConsignmentView[] = NO_CONSIGNMENTS;
  private _browse: BrowseOrder = browseOrder(NO_CONSIGNMENTS);
  private _browsePos = -1;
  private _revealTruth = false;
  private _selected = -1;
  private _hovered = -1;
  private _selectedView: ConsignmentView | null = null;
  private _selectedDay = 0;
  private readonly _cam: ViewCamera;
  private _clockKey = -1;
  private _reportedKey = '';
  /** Bumped when the selected consignment is drawn again from a new snapshot (a re-run of its day: its lane and outcome may differ). */
  private _selectionVersion = 0;
  private _replayKey = '';

  /** A controller of `scene` inside `chrome`. */
  public constructor(scene: AdministrationScene, chrome: ViewChrome, options: ViewMountOptions) {
    this._scene = scene;
    this._chrome = chrome;
    this._onSelect = options.onSelect;
    this._clock = createDayClock(false, 1, options.reducedMotion);
    this._cam = new ViewCamera((cam) => {
      this._scene.setCamera(cam);
      this._chrome.tooltip.hidden = true;
      // A framing shows in the "Show" menu; a pan or zoom leaves it on what was last framed.
      if (!this._cam.moved) this._chrome.focusMenu.value = String(this._cam.focus);
      this._redraw();
    });
    this._loop = createFrameLoop(
      { request: (cb) => requestAnimationFrame(cb), cancel: (h) => cancelAnimationFrame(h) },
      (now, elapsed) => this._frame(now, elapsed),
    );
    bindViewInput(chrome, {
      pan: (dx, dy) => this._cam.pan(dx, dy),
      zoom: (f, sx, sy) => this._cam.zoom(f, sx, sy),
      hover: (sx, sy) => this._hover(sx, sy),
      leave: () => this._setHovered(-1, 0, 0),
      click: (sx, sy) => this._select(this._pick(sx, sy), false),
      command: (cmd) => this._command(cmd),
      toggleReplay: () => this._toggleReplay(),
      focus: (target) => this._cam.frame(target),
    }, this._abort.signal);
    this._resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.resize()) : null;
    this._resizeObserver?.observe(chrome.stage);
    // Scrolled out of sight, the view draws nothing (the page goes on playing); back in sight, it
    // draws the day where it is.
    this._visibility = typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
        const last = entries[entries.length - 1];
        if (last === undefined) return;
        this._onScreen = last.isIntersecting;
        if (this._onScreen) this._redraw();
      })
      : null;
    this._visibility?.observe(chrome.stage);
    this._syncChrome();
    chrome.note.textContent = sampleNote(0, 0, 0);
    // In a host of fixed height the legend competes with the canvas: fold it when the canvas is short.
    if (chrome.stage.clientHeight < ROOMY_STAGE_PX) chrome.legendBox.open = false;
    this.resize();
  }

  /** Shows a new snapshot: offices, counts and, for a new day, that day's consignments. */
  public update(snapshot: SimulationSnapshot, options: { revealTruth: boolean }): void {
    this._snapshot = snapshot;
    this._revealTruth = options.revealTruth;
    if (this._scene.setOffices(snapshot.offices)) this._layoutChanged(snapshot.offices);
    const screening: ScreeningKind[] = snapshot.offices.map(screeningOf);
    if (this._shellPlaying) this._scene.queueOffices(snapshot.offices, screening);
    else this._scene.updateOffices(snapshot.offices, screening);
    if (snapshot.sample !== this._sampleRef) this._startDay(snapshot, screening);
    this._renderCard();
    this._syncChrome();
    this._redraw();
  }

  private _startDay(snapshot: SimulationSnapshot, screening: readonly ScreeningKind[]): void {
    const layout = this._scene.layout;
    this._sampleRef = snapshot.sample;
    this._drawn = layout ? thinEvenly(snapshot.sample, MAX_DRAWN_CONSIGNMENTS) : NO_CONSIGNMENTS;
    if (layout) {
      this._scene.layer.setDay(this._drawn, { layout, timing: flowTimingOf(snapshot.lastDay), screening, dayStart: (snapshot.day - 1) * 24 });
    }
    this._browse = browseOrder(this._drawn);
    this._replaying = false;
    this._clock.playing = this._shellPlaying;
    restartDay(this._clock);
    // The selection survives a new day only if the same consignment is drawn again (a re-run of the day).
    const id = this._selectedView?.id;
    const again = id === undefined ? -1 : this._drawn.findIndex((c) => c.id === id);
    this._selected = again;
    this._browsePos = again >= 0 ? this._browse.positionOf[again] : -1;
    if (again >= 0) { this._selectedView = this._drawn[again]; this._selectedDay = snapshot.day; this._selectionVersion++; }
    this._scene.layer.setSelected(this._selected);
    this._setHovered(-1, 0, 0);
    const declarations = snapshot.offices.reduce((sum, o) => sum + o.declarations, 0);
    this._chrome.note.textContent = sampleNote(this._drawn.length, declarations, snapshot.day);
  }

  /** Starts or stops animation with the simulation (paused: nothing moves). */
  public setPlaying(playing: boolean): void {
    if (playing === this._shellPlaying) return;
    this._shellPlaying = playing;
    this._replaying = false;
    if (playing) this._clock.playing = true;
    else {
      pauseDay(this._clock);
      while (this._scene.updateNextOffice());
    }
    this._syncChrome();
    this._redraw();
  }

  /** Simulated days per second: one day's movement takes 1 / speed seconds. */
  public setSpeed(daysPerSecond: number): void {
    this._clock.daysPerSecond = sanitiseSpeed(daysPerSecond);
  }

  /** Reduced motion: every day is shown settled, with no movement. */
  public setReducedMotion(reduced: boolean): void {
    this._clock.reducedMotion = reduced;
    if (reduced) { this._replaying = false; this._clock.playing = this._shellPlaying; }
    this._syncChrome();
    this._redraw();
  }

  /** Follows the stage's size (also called by a ResizeObserver). */
  public resize(): void {
    const v = this._cam;
    if (!v.resize(this._chrome.stage.clientWidth, this._chrome.stage.clientHeight)) return;
    this._scene.resize(v.width, v.height);
    this._redraw();
  }

  /** Stops the loop, removes listeners and frees the renderer. */
  public destroy(): void {
    this._loop.stop();
    this._abort.abort();
    this._resizeObserver?.disconnect();
    this._visibility?.disconnect();
    this._scene.destroy();
    this._chrome.root.remove();
  }

  /** Asks for a frame that draws (a frame asked for by the label spacing alone draws only if a label changed). */
  private _redraw(): void {
    this._dirty = true;
    this._loop.request();
  }

  private _frame(nowMs: number, elapsedMs: number): boolean {
    if (!this._onScreen) return false;
    // The first frame of a day's movement shows it one frame in: drawn at its very start, the day
    // has nothing on it yet, and at high speed (a day a frame) the view blinked empty every day.
    const starting = elapsedMs === 0 && this._clock.progress === 0 && this._clock.playing;
    const moved = advanceDayClock(this._clock, starting ? FRAME_MS : elapsedMs);
    const animating = clockIsAnimating(this._clock);
    let draw = this._dirty || moved;
    this._dirty = false;
    // A label goes with a frame that draws anyway; failing that, it draws a frame of its own.
    if (this._scene.officesQueued && nowMs - this._officeShownAt >= OFFICE_LABEL_SPACING_MS && (draw || nowMs - this._drawnAt >= OFFICE_LABEL_SPACING_MS)) {
      this._scene.updateNextOffice();
      this._officeShownAt = nowMs;
      draw = true;
    }
    if (!draw) return animating || this._scene.officesQueued;
    this._drawnAt = nowMs;
    this._scene.layer.frame(this._clock.progress * 24, nowMs, !animating);
    if (this._replaying && !animating) { this._replaying = false; this._clock.playing = this._shellPlaying; this._syncChrome(); }
    // The label changes once a simulated hour: build its text only then (no string per frame).
    const day = this._snapshot?.day ?? 0, progress = this._clock.progress;
    const paused = progress < 1 && !this._clock.playing;
    const key = day * 100 + Math.min(24, Math.floor(progress * 24)) + (progress >= 1 ? 50 : 0) + (paused ? 25 : 0);
    if (key !== this._clockKey) {
      this._clockKey = key;
      this._chrome.clock.textContent = day > 0 ? clockLabel(day, progress) + (paused ? ' (paused)' : '') : 'No day simulated yet';
    }
    this._scene.render();
    return animating || this._scene.officesQueued;
  }

  /**
   * New offices: the stage takes the layout's proportions (so fitting wastes no space), the "Show"
   * menu lists the offices, and the view frames all of them, or the first when they would be unreadable.
   */
  private _layoutChanged(offices: readonly OfficeView[]): void {
    const layout = this._scene.layout;
    if (!layout) return;
    const b = layout.bounds;
    if (b.width > 0 && b.height > 0) this._chrome.stage.style.aspectRatio = `${Math.round(b.width + 24)} / ${Math.round(b.height + 24)}`;
    fillFocusMenu(this._chrome.focusMenu, offices.map((o) => o.name));
    this._cam.setLayout(layout);
    this.resize();
    this._cam.frame(initialFocus(layout, this._cam.width, this._cam.height));
  }

  private _pick(sx: number, sy: number): number {
    const layer = this._scene.layer, cam = this._cam.camera, w = screenToWorld(cam, sx, sy);
    const radius = Math.max(GLYPH_RADIUS, PICK_RADIUS_PX / cam.scale);
    return pickNearest(layer.xs, layer.ys, layer.visible, layer.plan.count, w.x, w.y, radius);
  }

  private _hover(sx: number, sy: number): void {
    this._setHovered(this._pick(sx, sy), sx, sy);
  }

  private _setHovered(i: number, sx: number, sy: number): void {
    const tip = this._chrome.tooltip;
    if (i !== this._hovered) {
      this._hovered = i;
      this._scene.layer.setHovered(i);
      this._chrome.stage.classList.toggle('is-over-consignment', i >= 0);
      if (i >= 0) tip.textContent = `${consignmentSummary(this._drawn[i], this._officeName(this._drawn[i]))} — click for details`;
      this._redraw();
    }
    tip.hidden = i < 0;
    if (i >= 0) {
      // Keep the tooltip inside the stage: flip it to the left of the pointer near the right edge.
      const left = sx + 14 + tip.offsetWidth > this._cam.width ? Math.max(0, sx - 14 - tip.offsetWidth) : sx + 14;
      tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(Math.max(0, sy - 10))}px)`;
    }
  }

  private _command(cmd: ViewCommand): void {
    switch (cmd.kind) {
      case 'pan': this._cam.pan(cmd.dx, cmd.dy); break;
      case 'zoom': this._cam.zoom(cmd.factor, null, null); break;
      case 'resetView': this._cam.frame(-1); break;
      case 'clearSelection': this._select(-1, true); break;
      case 'browse': {
        const pos = stepBrowse(this._browse, this._browsePos, cmd.step);
        this._select(pos < 0 ? -1 : this._browse.order[pos], true);
        break;
      }
    }
  }

  private _select(i: number, fromKeyboard: boolean): void {
    if (i < 0 && this._selected < 0 && !this._selectedView) return;
    this._selected = i;
    this._browsePos = i >= 0 ? this._browse.positionOf[i] : -1;
    this._selectedView = i >= 0 ? this._drawn[i] : null;
    this._selectedDay = this._snapshot?.day ?? 0;
    this._scene.layer.setSelected(i);
    if (i >= 0 && fromKeyboard) this._follow(i);
    this._renderCard();
    this._announce();
    this._redraw();
  }

  /** Pans so that consignment `i` (where it is now, or where it will settle) is on screen. */
  private _follow(i: number): void {
    const layer = this._scene.layer;
    const p = layer.visible[i] === 1 ? { x: layer.xs[i], y: layer.ys[i] } : finalPosition(layer.plan, i);
    const s = worldToScreen(this._cam.camera, p.x, p.y);
    this._cam.keepInView(s.x, s.y, FOLLOW_MARGIN_PX);
  }

  private _officeName(c: ConsignmentView): string {
    return this._snapshot?.offices[c.office]?.name ?? `office ${c.office + 1}`;
  }

  /** Shows the selection in the card and tells the page when what it shows changed (selection or truth). */
  private _renderCard(): void {
    const c = this._selectedView;
    const details = c ? describeConsignment(c, { officeName: this._officeName(c), revealTruth: this._revealTruth }) : null;
    const day = this._snapshot?.day ?? 0;
    const note = c && this._selectedDay !== day ? `From day ${this._selectedDay}; the canvas now shows day ${day}.` : null;
    if (this._chrome.card) renderDetailsCard(this._chrome.card, details, note);
    // The page's details follow the card: a re-run of the day shows the same consignment as it fared under the new policy.
    const key = c ? `${c.id}|${this._selectedDay}|${this._revealTruth}|${this._selectionVersion}` : '';
    if (key !== this._reportedKey) {
      this._reportedKey = key;
      this._onSelect?.(details);
    }
  }

  private _announce(): void {
    const c = this._selectedView;
    this._chrome.live.textContent = c
      ? selectionAnnouncement(c, this._officeName(c), this._browsePos, this._drawn.length, this._revealTruth)
      : 'Selection cleared.';
  }

  private _toggleReplay(): void {
    if (!isEnabled(this._chrome.replay)) return;
    this._replaying = !this._replaying;
    this._clock.playing = this._replaying;
    if (this._replaying && this._clock.progress >= 1) rewindDay(this._clock);
    this._syncChrome();
    this._redraw();
  }

  /** Replay button state; attributes are written only when they change (each write restyles the page). */
  private _syncChrome(): void {
    const state = replayButtonState({
      reducedMotion: this._clock.reducedMotion, playing: this._shellPlaying, replaying: this._replaying,
      progress: this._clock.progress, day: this._snapshot?.day ?? 0,
    });
    const key = `${state.usable}|${state.text}|${state.title}|${state.pressed}`;
    if (key === this._replayKey) return;
    this._replayKey = key;
    const r = this._chrome.replay;
    setEnabled(r, state.usable);
    r.textContent = state.text;
    r.title = state.title;
    r.setAttribute('aria-pressed', String(state.pressed));
  }
}
