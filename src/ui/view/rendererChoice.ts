/**
 * Which Pixi renderer to ask for first. Hardware WebGL is the fastest; software WebGL (SwiftShader,
 * llvmpipe: what Chromium uses without a usable GPU, headless included) is the slowest on a busy
 * page, because the browser reads every WebGL frame back to composite it. Measured on the app page
 * in headless Chromium while playing: 150 ms median frame with SwiftShader WebGL, 16.7 ms with
 * Pixi's canvas 2D renderer. Software WebGL does not always set `failIfMajorPerformanceCaveat`, so
 * the renderer string is checked as well.
 */

/** Renderer strings of software rasterisers (WEBGL_debug_renderer_info). */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** Whether a WebGL renderer string names a software rasteriser. */
export function isSoftwareRenderer(rendererName: string): boolean {
  return SOFTWARE_RENDERERS.test(rendererName);
}

/** Pixi's renderer preference order for a WebGL renderer string (null: WebGL unavailable or unknown). */
export function rendererPreference(rendererName: string | null): ('webgl' | 'canvas')[] {
  return rendererName !== null && isSoftwareRenderer(rendererName) ? ['canvas', 'webgl'] : ['webgl', 'canvas'];
}

/** The WebGL renderer string of this browser, or null when WebGL or the debug extension is unavailable. */
export function probeWebGLRenderer(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}
