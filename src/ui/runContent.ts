import type { ChartsRegion } from './chartsRegion';
import { renderDailyTable } from './dailyTable';
import { createDrawPacer } from './drawPacer';
import type { FrameQueue } from './frameQueue';
import { NO_DAYS_TEXT, renderKpiTiles } from './kpiTiles';
import { setTextContent } from './dom';
import { formatCount } from './format';
import type { SharePanel } from './sharePanel';
import type { RunView } from './state/runView';
import type { RunResult } from '../workers/runMessages';

/** What the tiles say while the first run of a page is simulated (an ellipsis follows, after how far it is when known). */
const LOADING_TEXT = 'Simulating the run';

/** Days the daily table shows. */
export const TABLE_DAYS = 14;
/** While playing, tiles, table and charts are redrawn at most this often, milliseconds. */
export const CONTENT_INTERVAL_MS = 300;
/**
 * A change's re-run shows that it is under way (tiles and charts dimmed, notes) only once it has
 * taken this long, milliseconds: a quicker one changes nothing on screen until its result.
 */
export const UPDATING_DELAY_MS = 250;

/** Elements of the run's content in index.html. */
export interface RunContentElements {
  /** KPI tiles container. */ readonly tiles: HTMLElement;
  /** Heading of the tiles. */ readonly tilesHeading: HTMLElement;
  /** Note on the baseline's "before" figures. */ readonly baselineNote: HTMLElement;
  /** The daily table (built with createDailyTable). */ readonly table: HTMLTableElement;
}

/** The runs a drawing shows. */
export interface DrawnRuns {
  /** The run shown. */ readonly current: RunResult | null;
  /** Its baseline. */ readonly baseline: RunResult | null;
}

/** Which parts of the content a new view redraws. */
export interface ContentParts {
  /** KPI tiles and charts (they show the baseline beside the run). */ readonly comparison: boolean;
  /** Daily table and exports (the run alone). */ readonly run: boolean;
}

/**
 * What changes when the content drawn for `drawn` (undefined before the first drawing) is to show
 * `next`. A policy change makes the run shown the baseline at once, while its re-run is computed:
 * the baseline is then the run itself, and drawing it "beside" itself would show nothing new yet
 * redraw every visible chart twice per change (once now, once when the re-run arrives) while the
 * worker computes, so nothing is redrawn until the re-run arrives.
 */
export function contentParts(drawn: DrawnRuns | undefined, next: DrawnRuns): ContentParts {
  if (drawn !== undefined && next.baseline !== null && next.baseline === next.current) return { comparison: false, run: false };
  const run = drawn === undefined || drawn.current !== next.current;
  return { comparison: run || drawn.baseline !== next.baseline, run };
}

/** The run's KPI tiles, daily table, charts and exports, drawn from the run view. */
export interface RunContent {
  /** Draws `view` (paced while playing); `revision` is the policy revision of its current run. */ show(view: RunView, revision: number): void;
  /**
   * How far the run being simulated is, `day` of `days`: while a change re-runs, in the tiles' note
   * and the charts' legend; while the first run loads, in the tiles' placeholder; ignored otherwise
   * (a late report). None is a live region: the status line announces the phase once.
   */
  showProgress(day: number, days: number): void;
}

/**
 * Creates the run content. A new run or baseline (a change the user waits for) and every state
 * but playing draw at once; while playing, the days in between are drawn at most every
 * {@link CONTENT_INTERVAL_MS}, the latest one always, each part (tiles, table, exports, charts)
 * as its own job in `frames`, so that no frame of the Pixi view waits for all of them.
 */
export function createRunContent(els: RunContentElements, charts: ChartsRegion, share: SharePanel, frames: FrameQueue): RunContent {
  let latest: { view: RunView; revision: number; urgent: boolean } | null = null;
  // Undefined until the first drawing, so the empty tiles and table are drawn before any run arrives.
  let drawn: DrawnRuns | undefined;

  // The note explains the tiles' "before" figures: none while the run shown has no day (no tiles).
  const showBaselineNote = (runs: DrawnRuns | undefined): void => {
    const b = runs?.baseline ?? null, shown = b !== null && (runs?.current?.snapshot.day ?? 0) > 0;
    setTextContent(els.baselineNote, shown ? `"before" figures: the baseline run (days 1–${b.snapshot.day}), before the last change.` : '');
    els.baselineNote.hidden = !shown;
  };
  const draw = (): void => {
    if (latest === null) return;
    const { view: v, revision, urgent } = latest;
    const current = v.current, b = v.baseline;
    const parts = contentParts(drawn, { current, baseline: b });
    if (!parts.comparison) return;
    const runs: DrawnRuns = { current, baseline: b };
    drawn = runs;
    const days = current?.snapshot.day ?? 0;
    frames.schedule('tiles', () => {
      setTextContent(els.tilesHeading, days > 0 ? `Run to date (days 1–${days})` : 'Run to date');
      renderKpiTiles(els.tiles, current?.snapshot.kpis ?? null, days, b ? { kpis: b.snapshot.kpis, days: b.snapshot.day } : null, v.phase === 'loading' ? `${LOADING_TEXT}…` : NO_DAYS_TEXT);
      showBaselineNote(runs);
    });
    if (current !== null) frames.schedule('charts', () => charts.show(current, b, revision, !urgent));
    // What a change is judged by (tiles and charts) is drawn in this task; the daily table, the
    // exports and whatever else waits in the queue follow in the next frames, so they do not hold
    // back the paint of the charts.
    if (urgent) frames.flush(['tiles', 'charts']);
    if (parts.run) {
      frames.schedule('table', () => renderDailyTable(els.table, current?.daily.slice(-TABLE_DAYS) ?? [], current?.info.startWeekday ?? 0));
      frames.schedule('exports', () => share.setRun(current));
    }
  };
  const pacer = createDrawPacer(draw, CONTENT_INTERVAL_MS);

  // While a change re-runs, the tiles and charts still show the run before it: they are marked busy
  // for assistive technology at once; once the re-run has taken UPDATING_DELAY_MS they are dimmed
  // and the notes say so (with how far it is). A quicker re-run (most, at the app's scale) changes
  // nothing on screen until it arrives: no flicker, and no repaint of the page below a note that
  // changed height, whose rasterising took CPU from the worker on a two-core machine (traced in
  // Chromium). Afterwards the note is the baseline's again (the run before the change if the re-run fails).
  let updating = false, updatingShown = false, phase: RunView['phase'] = 'loading';
  let progress = '', updatingTimer: ReturnType<typeof setTimeout> | null = null;
  const updatingNote = (of: string): string => `Re-simulating from day 0 with the new settings${of === '' ? '' : ` (${of})`}: the figures below are the run before the change.`;
  const showUpdating = (): void => {
    updatingTimer = null;
    updatingShown = true;
    els.tiles.classList.add('is-updating');
    charts.setUpdating(true, progress === '' ? undefined : progress);
    setTextContent(els.baselineNote, updatingNote(progress));
    els.baselineNote.hidden = false;
  };
  const markUpdating = (next: boolean): void => {
    if (next === updating) return;
    updating = next;
    els.tiles.setAttribute('aria-busy', String(next));
    charts.setBusy(next);
    if (next) {
      progress = '';
      updatingTimer = setTimeout(showUpdating, UPDATING_DELAY_MS);
      return;
    }
    if (updatingTimer !== null) clearTimeout(updatingTimer);
    updatingTimer = null;
    if (updatingShown) {
      updatingShown = false;
      els.tiles.classList.remove('is-updating');
      charts.setUpdating(false);
      showBaselineNote(drawn);
    }
  };

  return {
    showProgress(day, days) {
      const of = `day ${formatCount(day)} of ${formatCount(days)}`;
      if (updating) {
        progress = of;
        if (updatingShown) {
          setTextContent(els.baselineNote, updatingNote(of));
          charts.setUpdating(true, of);
        }
      } else if (phase === 'loading') {
        // The placeholder of the tiles, until the run's first tiles replace it.
        const empty = els.tiles.querySelector(':scope > .empty');
        if (empty !== null) setTextContent(empty, `${LOADING_TEXT}: ${of}…`);
      }
    },
    show(view, revision) {
      phase = view.phase;
      markUpdating(view.phase === 'recomputing');
      const newRun = drawn === undefined || view.baseline !== drawn.baseline || view.current?.spec !== drawn.current?.spec;
      const urgent = view.phase !== 'playing' || newRun;
      latest = { view, revision, urgent };
      pacer.request(urgent);
    },
  };
}
