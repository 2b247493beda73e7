import { describe, expect, it } from 'vitest';
import { contentParts } from '../../src/ui/runContent';
import type { RunResult } from '../../src/workers/runMessages';

// contentParts compares runs by identity only: stand-ins are enough.
const runA = { spec: { seed: 1 } } as unknown as RunResult;
const runB = { spec: { seed: 2 } } as unknown as RunResult;

describe('run content: what a new view redraws', () => {
  it('draws everything the first time, even with nothing to show', () => {
    expect(contentParts(undefined, { current: null, baseline: null })).toEqual({ comparison: true, run: true });
  });

  it('redraws nothing while a policy change re-runs (the baseline is the run shown)', () => {
    expect(contentParts({ current: runA, baseline: null }, { current: runA, baseline: runA })).toEqual({ comparison: false, run: false });
  });

  it('draws the re-run beside its baseline when it arrives', () => {
    expect(contentParts({ current: runA, baseline: null }, { current: runB, baseline: runA })).toEqual({ comparison: true, run: true });
  });

  it('redraws tiles and charts, not the table, when only the baseline changes', () => {
    expect(contentParts({ current: runB, baseline: runA }, { current: runB, baseline: null })).toEqual({ comparison: true, run: false });
    expect(contentParts({ current: runB, baseline: runA }, { current: runB, baseline: runA })).toEqual({ comparison: false, run: false });
  });
});
