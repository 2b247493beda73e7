import { describe, expect, it } from 'vitest';
import type { Camera } from '../../../src/ui/view/camera';
import { fitCamera, worldToScreen } from '../../../src/ui/view/camera';
import { layoutAdministration } from '../../../src/ui/view/officeLayout';
import { ViewCamera } from '../../../src/ui/view/viewCamera';

function rig(): { cam: ViewCamera; applied: Camera[] } {
  const applied: Camera[] = [];
  const cam = new ViewCamera((c) => applied.push(c));
  cam.setLayout(layoutAdministration(4));
  return { cam, applied };
}

describe('ViewCamera', () => {
  it('frames an office whole and hands the camera to the scene', () => {
    const { cam, applied } = rig();
    cam.resize(800, 500);
    cam.frame(1);
    const region = layoutAdministration(4).offices[1].region;
    const tl = worldToScreen(cam.camera, region.x, region.y), br = worldToScreen(cam.camera, region.x + region.width, region.y + region.height);
    expect(tl.x).toBeGreaterThanOrEqual(0);
    expect(br.x).toBeLessThanOrEqual(800);
    expect(br.y).toBeLessThanOrEqual(500);
    expect(applied[applied.length - 1]).toBe(cam.camera);
    expect(cam.moved).toBe(false);
  });
  it('refits the framing on resize until the user pans or zooms, then keeps their view', () => {
    const { cam } = rig();
    cam.resize(800, 500);
    cam.frame(-1);
    cam.resize(1600, 1000);
    expect(cam.camera).toEqual(fitCamera(layoutAdministration(4).bounds, 1600, 1000));
    cam.zoom(1.25, null, null);
    const zoomed = cam.camera;
    expect(cam.moved).toBe(true);
    expect(cam.resize(900, 600)).toBe(true);
    expect(cam.camera).toBe(zoomed);
    cam.frame(-1);
    expect(cam.moved).toBe(false);
  });
  it('ignores a resize to the same size and zooms within the limits', () => {
    const { cam, applied } = rig();
    cam.resize(800, 500);
    const n = applied.length;
    expect(cam.resize(800.2, 499.8)).toBe(false);
    expect(applied.length).toBe(n);
    for (let k = 0; k < 40; k++) cam.zoom(1.25, 10, 10);
    expect(cam.camera.scale).toBe(cam.limits.max);
  });
  it('pans only when a point leaves the margins', () => {
    const { cam, applied } = rig();
    cam.resize(800, 500);
    const n = applied.length;
    cam.keepInView(400, 250, 40);
    expect(applied.length).toBe(n);
    cam.keepInView(790, 250, 40);
    expect(cam.camera.x).toBeCloseTo(applied[n - 1].x - 30, 5);
  });
});
