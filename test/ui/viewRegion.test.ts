import { describe, expect, it } from 'vitest';
import { isViewSelection, viewShownOf } from '../../src/ui/viewRegion';
import type { RunView } from '../../src/ui/state/runView';
import type { RunResult } from '../../src/workers/runMessages';

describe('view selection contract', () => {
  it('accepts the details card the view reports, and nothing else', () => {
    expect(isViewSelection({ title: 'Consignment 1', summary: 'port · red', sections: [{ heading: 'Declaration', rows: [] }] })).toBe(true);
    expect(isViewSelection(null)).toBe(false);
    expect(isViewSelection({ id: 3, lane: 'red' })).toBe(false);
    expect(isViewSelection({ title: 'x', summary: 'y', sections: 'none' })).toBe(false);
  });
});

/** A run view in `phase` showing a run whose snapshot is `snapshot` (only the fields the view reads). */
function runView(phase: RunView['phase'], snapshot: object): RunView {
  return { phase, current: { snapshot } as unknown as RunResult, speed: 5 } as unknown as RunView;
}

describe('what the view shows', () => {
  it('keeps a finished run\'s truth shown while a change re-runs it, and follows the phase otherwise', () => {
    const finished = { day: 90 }, rerun = { day: 90 };
    const shown = viewShownOf(runView('finished', finished), null);
    expect(shown?.reveal).toBe(true);
    // The change: the same run is shown while the worker computes; its truth stays shown (no redraw).
    const during = viewShownOf(runView('recomputing', finished), shown);
    expect(during?.reveal).toBe(true);
    expect(during?.snapshot).toBe(finished);
    expect(viewShownOf(runView('finished', rerun), during)?.reveal).toBe(true);
    // A re-run of a paused run hides nothing it showed, and a paused run shows no truth.
    const paused = viewShownOf(runView('paused', finished), null);
    expect(paused?.reveal).toBe(false);
    expect(viewShownOf(runView('recomputing', finished), paused)?.reveal).toBe(false);
    expect(viewShownOf(runView('paused', rerun), during)?.reveal).toBe(false);
    expect(viewShownOf({ phase: 'loading', current: null, speed: 5 } as unknown as RunView, null)).toBeNull();
  });
});
