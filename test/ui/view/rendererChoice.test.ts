import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer, rendererPreference } from '../../../src/ui/view/rendererChoice';

describe('rendererChoice', () => {
  it('recognises software rasterisers by their renderer string', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
    expect(isSoftwareRenderer('Apple M1')).toBe(false);
  });
  it('puts the canvas renderer first only for software WebGL', () => {
    expect(rendererPreference('Google SwiftShader')).toEqual(['canvas', 'webgl']);
    expect(rendererPreference('Mesa Intel(R) UHD Graphics 620')).toEqual(['webgl', 'canvas']);
    expect(rendererPreference(null)).toEqual(['webgl', 'canvas']);
  });
});
