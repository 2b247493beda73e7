/**
 * The Pixi view of the administration, as the page loads it (`integrations.ts`):
 * `mountAdministrationView(container, options)` builds the view's HTML, starts a renderer and
 * resolves to the mounted view. With `options.onSelect` the page shows the selected consignment's
 * details (a `ConsignmentDetails`, or null) itself; without it the view has its own card. When no renderer can start (no WebGL, WebGPU or 2D canvas), the
 * container shows why and the promise resolves to a view whose methods do nothing, so the rest of
 * the page keeps working.
 */
import './view.css';
import type { AdministrationViewLike, ViewMountOptions } from '../integrations';
import { AdministrationScene } from './administrationScene';
import { AdministrationView } from './administrationView';
import { createViewChrome, showViewUnavailable } from './viewChrome';

/** A view that draws nothing: what the page gets when the renderer could not start. */
const INERT_VIEW: AdministrationViewLike = {
  update() {}, setPlaying() {}, setSpeed() {}, setReducedMotion() {}, resize() {}, destroy() {},
};

/** Mounts the administration view in `container`; never rejects (see the module comment). */
export async function mountAdministrationView(container: HTMLElement, options: ViewMountOptions): Promise<AdministrationViewLike> {
  const chrome = createViewChrome(container, options.onSelect === undefined);
  let scene: AdministrationScene;
  try {
    scene = await AdministrationScene.create(chrome.stage, chrome.stage.clientWidth, chrome.stage.clientHeight);
  } catch (error) {
    console.error('[ui/view] renderer failed to start', error);
    showViewUnavailable(container, `The renderer could not start (${error instanceof Error ? error.message : String(error)}).`);
    return INERT_VIEW;
  }
  return new AdministrationView(scene, chrome, options);
}
