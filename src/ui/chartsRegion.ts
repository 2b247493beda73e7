import { mountChartsPanel, type ChartRun, type ChartsPanelLike } from './integrations';
import type { RunResult } from '../workers/runMessages';
import { runLabel } from './state/policySummary';
import { el } from './dom';
import type { FrameQueue } from './frameQueue';

/** Name of the event the charts container dispatches after each update (bubbles to document). */
export const CHARTS_RENDERED_EVENT = 'crl:charts-rendered';

/** Detail of {@link CHARTS_RENDERED_EVENT}. */
export interface ChartsRenderedDetail {
  /** Policy revision of the run drawn (see the page's `data-policy-revision`). */ readonly revision: number;
  /** Days completed in the run drawn. */ readonly day: number;
  /** Whether a baseline is drawn beside it. */ readonly baseline: boolean;
  /** `performance.now()` when the charts finished updating, milliseconds. */ readonly renderedAt: number;
  /** The worker's time for the run drawn (request checked, simulated, snapshot taken), milliseconds. */ readonly computeMs: number;
}

/** The charts region of the page. */
export interface ChartsRegion {
  /**
   * Draws `current` with `baseline` faded beside it; `revision` is the policy revision of
   * `current`. With `spread` (the days of a playing run) the charts are drawn one per frame.
   */
  show(current: RunResult, baseline: RunResult | null, revision: number, spread?: boolean): void;
  /** Turns chart transitions off or on. */ setReducedMotion(reduced: boolean): void;
  /**
   * Shows that the charts show the run before a change that is being re-run (dimmed, a note), with
   * how far the re-run is (`progress`, e.g. "day 120 of 365") when known.
   */
  setUpdating(updating: boolean, progress?: string): void;
  /** Marks the charts busy for assistive technology (at once, while setUpdating's dimming and note may wait). */ setBusy(busy: boolean): void;
  /** The mounted panel (null while loading or when the charts are unavailable). */ panel(): ChartsPanelLike | null;
}

/** What the region needs from index.html. */
export interface ChartsRegionElements {
  /** Container of the charts (carries the data-* contract). */ readonly host: HTMLElement;
  /** One line naming the current run and the baseline. */ readonly legend: HTMLElement;
  /** Hides the baseline. */ readonly clearBaseline: HTMLButtonElement;
}

/** The legend's note while a change re-runs (an ellipsis follows, after how far it is when known). */
const UPDATING_TEXT = 'Re-simulating with the new settings';

const chartRun = (run: RunResult): ChartRun => ({ label: runLabel(run.spec), daily: run.daily, snapshot: run.snapshot });

/**
 * Mounts the D3 charts (through integrations.ts, so the page keeps working without them) and
 * redraws them when the run shown or its baseline changes. Once the charts near the viewport show
 * a run, the host gets `data-revision`, `data-day`, `data-rendered-at` and `data-compute-ms` (the
 * worker's own time for that run) and dispatches `crl:charts-rendered`, so a script can time a
 * policy change to updated charts and tell the worker's share from the page's.
 */
export function createChartsRegion(els: ChartsRegionElements, frames: FrameQueue, onClearBaseline: () => void, onMounted: (panel: ChartsPanelLike | null) => void): ChartsRegion {
  let mounted: ChartsPanelLike | null = null;
  let reduced: boolean | null = null;
  let waiting: { current: RunResult; baseline: RunResult | null; revision: number } | null = null;
  let shown: { current: RunResult; baseline: RunResult | null } | null = null;
  els.clearBaseline.addEventListener('click', onClearBaseline);

  // The legend names the runs, not the day: while a run plays it stays as it is.
  let legendKey = '';
  // Shown after the legend while a change re-runs (the charts still show the run before it).
  const updatingNote = el('span', { class: 'legend-updating', text: `${UPDATING_TEXT}…` });
  updatingNote.hidden = true;
  const showLegend = (current: RunResult, baseline: RunResult | null): void => {
    const currentText = `Current: ${runLabel(current.spec)}`;
    const baselineText = baseline ? `Baseline (dashed, faded): ${runLabel(baseline.spec)}, day ${baseline.snapshot.day}` : '';
    const key = `${currentText}|${baselineText}`;
    if (key === legendKey) return;
    legendKey = key;
    els.legend.replaceChildren(
      el('span', { class: 'legend-current' }, [el('span', { class: 'legend-line', attrs: { 'aria-hidden': 'true' } }), currentText]),
      ...(baseline ? [el('span', { class: 'legend-baseline' }, [el('span', { class: 'legend-line legend-dashed', attrs: { 'aria-hidden': 'true' } }), baselineText])] : []),
      updatingNote,
    );
    els.clearBaseline.hidden = baseline === null;
  };
  const announce = (current: RunResult, baseline: RunResult | null, revision: number): void => {
    const detail: ChartsRenderedDetail = { revision, day: current.snapshot.day, baseline: baseline !== null, renderedAt: performance.now(), computeMs: current.computeMs };
    els.host.dataset['revision'] = String(revision);
    els.host.dataset['day'] = String(detail.day);
    els.host.dataset['baseline'] = String(detail.baseline);
    els.host.dataset['renderedAt'] = detail.renderedAt.toFixed(1);
    els.host.dataset['computeMs'] = detail.computeMs.toFixed(1);
    els.host.dispatchEvent(new CustomEvent<ChartsRenderedDetail>(CHARTS_RENDERED_EVENT, { detail, bubbles: true }));
  };

  // A chart bug must not stop the run: say so beside the charts and in the console.
  const showError = (error: unknown): void => {
    els.legend.append(el('span', { class: 'field-error', text: ` The charts could not be updated: ${error instanceof Error ? error.message : String(error)}` }));
    legendKey = '';
    console.error(error);
  };

  const draw = (current: RunResult, baseline: RunResult | null, revision: number, spread = false): void => {
    if (shown !== null && shown.current === current && shown.baseline === baseline) return;
    shown = { current, baseline };
    showLegend(current, baseline);
    if (mounted === null) {
      waiting = { current, baseline, revision };
      return;
    }
    try {
      mounted.update({ current: chartRun(current), baseline: baseline ? chartRun(baseline) : null }, { spread, onDrawn: () => announce(current, baseline, revision), onError: showError });
    } catch (error) {
      showError(error);
    }
  };

  mountChartsPanel(els.host, frames).then((panel) => {
    mounted = panel;
    if (panel === null) els.host.replaceChildren(el('p', { class: 'hint', text: 'The charts are not available in this build; the KPI tiles and the daily table still show the run.' }));
    else if (reduced !== null) panel.setReducedMotion(reduced);
    onMounted(panel);
    if (panel !== null && waiting !== null) {
      const w = waiting;
      waiting = null;
      shown = null;
      draw(w.current, w.baseline, w.revision);
    }
  }, (error: unknown) => {
    els.host.replaceChildren(el('p', { class: 'field-error', text: `The charts could not be shown: ${error instanceof Error ? error.message : String(error)}` }));
    onMounted(null);
  });

  return {
    show: draw,
    setReducedMotion(value) {
      reduced = value;
      mounted?.setReducedMotion(value);
    },
    setUpdating(updating, progress) {
      els.host.classList.toggle('is-updating', updating);
      updatingNote.hidden = !updating;
      updatingNote.textContent = progress === undefined ? `${UPDATING_TEXT}…` : `${UPDATING_TEXT}: ${progress}…`;
    },
    setBusy(busy) {
      els.host.setAttribute('aria-busy', String(busy));
    },
    panel: () => mounted,
  };
}
