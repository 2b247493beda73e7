import { describe, expect, it } from 'vitest';
import { fitCamera, panBy, panToShow, screenToWorld, wheelZoomFactor, worldToScreen, zoomAt, zoomLimitsFor } from '../../../src/ui/view/camera';

describe('camera', () => {
  const bounds = { x: 0, y: 0, width: 200, height: 100 };
  it('fits bounds whole and centred', () => {
    const cam = fitCamera(bounds, 420, 420, 10);
    expect(cam.scale).toBe(2);
    expect(worldToScreen(cam, 0, 0)).toEqual({ x: 10, y: 110 });
    expect(worldToScreen(cam, 200, 100)).toEqual({ x: 410, y: 310 });
  });
  it('zooms about the pointer, keeping the world point under it', () => {
    const cam = fitCamera(bounds, 420, 420, 10);
    const before = screenToWorld(cam, 100, 150);
    const zoomed = zoomAt(cam, 1.5, 100, 150, zoomLimitsFor(cam));
    expect(zoomed.scale).toBe(3);
    const after = screenToWorld(zoomed, 100, 150);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });
  it('clamps the zoom', () => {
    const cam = fitCamera(bounds, 420, 420, 10);
    expect(zoomAt(cam, 0.01, 0, 0, zoomLimitsFor(cam)).scale).toBe(1);
    expect(zoomAt(cam, 100, 0, 0, zoomLimitsFor(cam)).scale).toBe(6);
  });
  it('pans by screen pixels', () => {
    expect(panBy({ x: 1, y: 2, scale: 3 }, 10, -5)).toEqual({ x: 11, y: -3, scale: 3 });
  });
  it('zooms in for a wheel turned away from the user, out towards', () => {
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100)).toBeLessThan(1);
    expect(wheelZoomFactor(-10000)).toBeCloseTo(wheelZoomFactor(-300));
  });
  it('pans just enough to bring a point inside the margins, and not at all when it is inside', () => {
    const cam = { x: 0, y: 0, scale: 1 };
    expect(panToShow(cam, 100, 100, 400, 300, 20)).toBe(cam);
    expect(panToShow(cam, 450, 100, 400, 300, 20)).toEqual({ x: -70, y: 0, scale: 1 });
    expect(panToShow(cam, 100, -50, 400, 300, 20)).toEqual({ x: 0, y: 70, scale: 1 });
  });
});
