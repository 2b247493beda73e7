import { describe, expect, it } from 'vitest';
import { runStatusText, type RunView } from '../../../src/ui/state/runView';
import { defaultRunSpec } from '../../../src/workers/runSpec';

const view = (patch: Partial<RunView>): RunView => ({
  phase: 'paused', spec: defaultRunSpec('default', 7), current: null, baseline: null, day: 0, horizon: 90, speed: 5,
  playing: false, canPlay: true, canStep: true, busy: false, error: null, fatal: null, autoRestartMs: null, ...patch,
});

describe('run status line', () => {
  it('says what the run is doing, with its seed', () => {
    expect(runStatusText(view({}))).toBe('Ready: press Play or Step one day. Seed 7.');
    expect(runStatusText(view({ day: 3 }))).toBe('Paused. Seed 7.');
    expect(runStatusText(view({ phase: 'playing', speed: 1 }))).toBe('Running at 1 day a second… Seed 7.');
    expect(runStatusText(view({ phase: 'recomputing', day: 30 }))).toMatch(/^Re-simulating from day 0/);
    expect(runStatusText(view({ phase: 'finished', day: 90 }))).toMatch(/^Run complete: all 90 days simulated/);
    expect(runStatusText(view({ phase: 'failed' }))).toMatch(/worker is not running/);
    expect(runStatusText(view({ phase: 'failed', autoRestartMs: 1500 }))).toMatch(/restarting the simulation worker/);
    expect(runStatusText(view({ phase: 'loading', day: 12 }))).toBe('Simulating days 1–12…');
  });
});
