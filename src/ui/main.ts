/**
 * The app: the run lives in the simulation worker, driven by the run machine (state/runMachine);
 * this file builds the page's parts and draws each machine snapshot into them. The main thread
 * never runs the model.
 *
 * Page contract for scripts (the browser benchmark, the e2e test): `<body>` carries
 * `data-run-state` (the RunPhase), `data-day` (days completed in the run shown) and
 * `data-policy-revision` (bumped on every accepted change of seed, horizon or policy); `#charts`
 * carries `data-revision`, `data-day`, `data-rendered-at` and `data-compute-ms` of the run it last drew and
 * dispatches `crl:charts-rendered` (see chartsRegion.ts) after each update.
 */
import './style.css';
import './panel.css';
import './kpiTiles.css';
import './dailyTable.css';
import { createChartsRegion } from './chartsRegion';
import { createDailyTable } from './dailyTable';
import { createDrawPacer } from './drawPacer';
import { createFrameQueue } from './frameQueue';
import { byId } from './dom';
import { createLinkNotice } from './linkNotice';
import { createMotionPreference } from './motionPreference';
import { createPolicyPanel } from './panel/policyPanel';
import { createProfileDraftStore } from './state/profileDraft';
import { createTipDraftStore } from './state/tipFormDraft';
import { renderRunHeader } from './runHeader';
import { createSharePanel } from './sharePanel';
import { chooseStartup, sourceName } from './startup';
import { takeSearchForLoad } from './reloadAddress';
import { createAutosave } from './state/autosave';
import { jsonEqual } from './state/jsonPatch';
import { CONTENT_INTERVAL_MS, createRunContent } from './runContent';
import { activityOf, createRunPersistence, WINDOW_ADDRESS, WINDOW_IDLE } from './runPersistence';
import { createRunSession, type RunSnapshot } from './state/runSession';
import { runViewOf } from './state/runView';
import { createTransport } from './transport';
import { createViewRegion } from './viewRegion';
import { createWorkerAlert } from './workerAlert';
import type { RunResult } from '../workers/runMessages';
import type { RunSpec } from '../workers/runSpec';
import type { SimulationSnapshot } from '../sim';

/** Consignments of the last day each snapshot carries, for the view. */
const VIEW_SAMPLE_SIZE = 400;
/**
 * Time each animation frame may spend on queued DOM updates (tiles, table, charts, panels), ms:
 * with the Pixi frame and the browser's own layout and paint the frame stays within 16.7 ms.
 */
const FRAME_BUDGET_MS = 6;

/** Local storage, or null where it is refused (private windows, sandboxed frames). */
function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function main(): void {
  const autosave = createAutosave(localStore());
  const start = chooseStartup(takeSearchForLoad(), autosave.load());
  const session = createRunSession({ spec: start.state.spec, day: start.state.day, speed: start.prefs.speed, baseline: start.baseline }, { sampleSize: VIEW_SAMPLE_SIZE, onProgress: (day, days) => showProgress(day, days) });
  const spec = () => session.getSnapshot().context.spec;

  const notice = createLinkNotice(byId('link-notice', HTMLElement), byId('link-notice-list', HTMLElement), byId('link-notice-title', HTMLElement), byId('link-notice-dismiss', HTMLButtonElement), byId('main', HTMLElement));
  notice.show(sourceName(start.source), start.problems);

  const header = {
    name: byId('scenario-name', HTMLElement), description: byId('scenario-description', HTMLElement), badge: byId('run-badge', HTMLElement),
    day: byId('day-counter', HTMLElement), horizon: byId('horizon', HTMLElement), weekday: byId('weekday', HTMLElement),
    progress: byId('day-progress', HTMLProgressElement), status: byId('run-status', HTMLElement), error: byId('run-error', HTMLElement),
  };
  const transport = createTransport({
    reset: byId('reset', HTMLButtonElement), play: byId('play', HTMLButtonElement), step: byId('step', HTMLButtonElement),
    speed: byId('speed', HTMLInputElement), speedOut: byId('speed-out', HTMLOutputElement),
  }, (event) => session.send(event));
  const alert = createWorkerAlert(byId('worker-alert', HTMLElement), byId('worker-alert-message', HTMLElement), byId('restart', HTMLButtonElement), () => session.send({ type: 'RESTART' }));
  const panel = createPolicyPanel(byId('run-settings-host', HTMLElement), byId('policy-sections', HTMLElement), {
    getSpec: spec,
    change: (next) => session.send({ type: 'CHANGE', spec: next }),
    getDay: () => session.getSnapshot().context.current?.snapshot.day ?? 0,
    dryRun: (rule) => session.dryRun(rule),
    profileDrafts: createProfileDraftStore(localStore()),
    tipDrafts: createTipDraftStore(localStore()),
  });
  const share = createSharePanel({ root: byId('share-panel', HTMLElement) });
  const frames = createFrameQueue(FRAME_BUDGET_MS);
  const charts = createChartsRegion(
    { host: byId('charts', HTMLElement), legend: byId('charts-legend', HTMLElement), clearBaseline: byId('clear-baseline', HTMLButtonElement) },
    frames,
    () => session.send({ type: 'CLEAR_BASELINE' }),
    (p) => share.setCharts(p),
  );
  const motion = createMotionPreference(byId('reduced-motion', HTMLInputElement), start.prefs.reducedMotion, (reduced) => {
    charts.setReducedMotion(reduced);
    view.setReducedMotion(reduced);
    persistence.update(activityOf(runViewOf(session.getSnapshot()).phase));
  });
  const view = createViewRegion(byId('view', HTMLElement), byId('view-details', HTMLElement), motion.reduced());
  charts.setReducedMotion(motion.reduced());

  const table = byId('daily-table', HTMLTableElement);
  createDailyTable(table);
  const content = createRunContent({
    tiles: byId('kpi-tiles', HTMLElement), tilesHeading: byId('kpi-heading', HTMLElement), baselineNote: byId('kpi-baseline-note', HTMLElement), table,
  }, charts, share, frames);
  const persistence = createRunPersistence({
    context: () => session.getSnapshot().context, reducedMotion: () => motion.choice(), autosave, showLink: (url) => share.setLink(url),
    address: WINDOW_ADDRESS, idle: WINDOW_IDLE,
  });

  let revision = 0;
  let revisionSpec = spec();
  let currentRevision = 0;
  let currentRun: RunResult | null = null;

  // The panel shows the spec, the profiles' hit counts and the tips: while playing they change
  // every day, and the panel is redrawn like the run's content (at most every CONTENT_INTERVAL_MS,
  // in a frame of its own, with the latest day); otherwise at once.
  let panelShown: { spec: RunSpec; snapshot: SimulationSnapshot | null } | null = null;
  const drawPanel = (): void => {
    if (panelShown !== null) panel.update(panelShown.spec, panelShown.snapshot?.rules ?? [], panelShown.snapshot?.intelligence ?? null);
  };
  const panelPacer = createDrawPacer(() => frames.schedule('panel', drawPanel), CONTENT_INTERVAL_MS);
  const showPanel = (spec: RunSpec, snapshot: SimulationSnapshot | null, playing: boolean): void => {
    if (panelShown !== null && panelShown.spec === spec && panelShown.snapshot === snapshot) return;
    const sameSpec = panelShown?.spec === spec;
    panelShown = { spec, snapshot };
    if (playing && sameSpec) panelPacer.request(false);
    else {
      panelPacer.cancel();
      frames.cancel('panel');
      drawPanel();
    }
  };

  const render = (s: RunSnapshot): void => {
    const v = runViewOf(s);
    if (s.context.spec !== revisionSpec) {
      revisionSpec = s.context.spec;
      revision += 1;
    }
    if (v.current !== currentRun) {
      if (v.current !== null && v.current.spec !== currentRun?.spec && jsonEqual(v.current.spec, s.context.spec)) currentRevision = revision;
      currentRun = v.current;
    }
    document.body.dataset['runState'] = v.phase;
    document.body.dataset['day'] = String(v.day);
    document.body.dataset['policyRevision'] = String(revision);
    renderRunHeader(header, v);
    transport.update(v);
    alert.update(v);
    view.update(v);
    // What waits in the frame queue while a change re-runs is drawn again for the re-run: held, it
    // leaves the CPU to the worker.
    frames.hold(v.phase === 'recomputing');
    content.show(v, currentRevision);
    showPanel(s.context.spec, v.current?.snapshot ?? null, v.phase === 'playing');
    persistence.update(activityOf(v.phase));
  };

  // A long run's progress, between the run machine's snapshots (the content shows it while a run is awaited).
  function showProgress(day: number, days: number): void {
    content.showProgress(day, days);
  }

  render(session.getSnapshot());
  session.subscribe(render);
  window.addEventListener('pagehide', () => persistence.leave());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') persistence.flush();
  });
}

/** Shows why the page could not start instead of leaving it half drawn (then the console has the stack). */
function showStartupFailure(error: unknown): void {
  console.error(error);
  const box = document.getElementById('run-error');
  if (box) {
    box.textContent = `The app could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page; if it persists, open it without the part after "?" in the address.`;
    box.hidden = false;
  }
}

try {
  main();
} catch (error) {
  showStartupFailure(error);
}
