/**
 * Pointer, wheel, keyboard and button input of the view, turned into calls on a handler: a drag
 * pans, a press without movement is a click, the wheel zooms about the pointer, keys map through
 * `viewCommandOfKey`. Every listener is removed when `signal` aborts.
 */
import { ZOOM_STEP, wheelZoomFactor } from './camera';
import type { ViewChrome } from './viewChrome';
import { viewCommandOfKey, type ViewCommand } from './viewKeys';

/** Pointer travel below which a press counts as a click, CSS pixels. */
const CLICK_SLOP_PX = 4;

/** What the input does; coordinates are CSS pixels relative to the stage's top-left corner. */
export interface ViewInputHandlers {
  /** Moves the view by (dx, dy) pixels. */ pan(dx: number, dy: number): void;
  /** Zooms by `factor` about (sx, sy); null point: about the centre. */ zoom(factor: number, sx: number | null, sy: number | null): void;
  /** The pointer is over (sx, sy). */ hover(sx: number, sy: number): void;
  /** The pointer left the stage or started a drag. */ leave(): void;
  /** A click at (sx, sy). */ click(sx: number, sy: number): void;
  /** A keyboard or button command. */ command(cmd: ViewCommand): void;
  /** Start or stop replaying the day. */ toggleReplay(): void;
  /** Frame all offices (-1) or one. */ focus(target: number): void;
}

/** Wires the input of `chrome` to `h` until `signal` aborts. */
export function bindViewInput(chrome: ViewChrome, h: ViewInputHandlers, signal: AbortSignal): void {
  const stage = chrome.stage;
  const opts = { signal } as const;
  let down = false, dragging = false, startX = 0, startY = 0, lastX = 0, lastY = 0;
  const local = (e: PointerEvent | WheelEvent): [number, number] => {
    const r = stage.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };

  stage.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    down = true; dragging = false;
    [startX, startY] = local(e);
    lastX = startX; lastY = startY;
    stage.setPointerCapture(e.pointerId);
  }, opts);
  stage.addEventListener('pointermove', (e) => {
    const [x, y] = local(e);
    if (down) {
      if (!dragging && Math.hypot(x - startX, y - startY) > CLICK_SLOP_PX) { dragging = true; h.leave(); stage.classList.add('is-dragging'); }
      if (dragging) { h.pan(x - lastX, y - lastY); lastX = x; lastY = y; return; }
    }
    h.hover(x, y);
  }, opts);
  const end = (e: PointerEvent, cancelled: boolean): void => {
    if (!down) return;
    down = false;
    stage.classList.remove('is-dragging');
    if (stage.hasPointerCapture(e.pointerId)) stage.releasePointerCapture(e.pointerId);
    if (!dragging && !cancelled) { const [x, y] = local(e); h.click(x, y); }
    dragging = false;
  };
  stage.addEventListener('pointerup', (e) => end(e, false), opts);
  stage.addEventListener('pointercancel', (e) => end(e, true), opts);
  stage.addEventListener('pointerleave', () => { if (!down) h.leave(); }, opts);
  stage.addEventListener('wheel', (e) => {
    e.preventDefault();
    const [x, y] = local(e);
    // Line-mode wheels (Firefox) report lines, not pixels.
    h.zoom(wheelZoomFactor(e.deltaMode === 1 ? e.deltaY * 33 : e.deltaY), x, y);
  }, { signal, passive: false });
  stage.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const cmd = viewCommandOfKey(e.key, e.shiftKey);
    if (!cmd) return;
    e.preventDefault();
    h.command(cmd);
  }, opts);

  chrome.zoomIn.addEventListener('click', () => h.zoom(ZOOM_STEP, null, null), opts);
  chrome.zoomOut.addEventListener('click', () => h.zoom(1 / ZOOM_STEP, null, null), opts);
  chrome.resetView.addEventListener('click', () => h.command({ kind: 'resetView' }), opts);
  chrome.replay.addEventListener('click', () => h.toggleReplay(), opts);
  chrome.focusMenu.addEventListener('change', () => h.focus(Number(chrome.focusMenu.value)), opts);
}
