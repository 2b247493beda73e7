/**
 * The app: the run lives in the simulation worker, driven by the run machine (state/runMachine);
 * this file builds the page's parts and draws each machine snapshot into them. The main thread
 * never runs the model.
 *
 * Page contract for scripts (the browser benchmark, the e2e test): `<body>` carries
 * `data-run-state` (the RunPhase), `data-day` (days completed in the run shown) and
 * `data-policy-revision` (bumped on every accepted change of seed, horizon or policy); `#charts`
 * carries `data-revision`, `data-day` and `data-rendered-at` of the run it last drew and
 * dispatches `crl:charts-rendered` (see chartsRegion.ts) after each update.
 */
import './style.css';
import './panel.css';
import './kpiTiles.css';
import './dailyTable.css';
import { createChartsRegion } from './chartsRegion';
import { createDailyTable, renderDailyTable } from './dailyTable';
import { byId } from './dom';
import { renderKpiTiles } from './kpiTiles';
import { createLinkNotice } from './linkNotice';
import { createMotionPreference } from './motionPreference';
import { createPolicyPanel } from './panel/policyPanel';
import { renderRunHeader } from './runHeader';
import { createSharePanel } from './sharePanel';
import { chooseStartup, sourceName } from './startup';
import { createAutosave } from './state/autosave';
import { jsonEqual } from './state/jsonPatch';
import { encodeRunLink } from './state/runLink';
import { createRunSession, type RunSnapshot } from './state/runSession';
import { runViewOf } from './state/runView';
import { createTransport } from './transport';
import { createViewRegion } from './viewRegion';
import { createWorkerAlert } from './workerAlert';
import type { RunResult } from '../workers/runMessages';

/** Consignments of the last day each snapshot carries, for the view. */
const VIEW_SAMPLE_SIZE = 400;
/** While playing, the address is rewritten at most this often, milliseconds. */
const URL_INTERVAL_MS = 1000;
/** Days the daily table shows. */
const TABLE_DAYS = 14;

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
  const start = chooseStartup(window.location.search, autosave.load());
  const session = createRunSession({ spec: start.state.spec, day: start.state.day, speed: start.prefs.speed }, { sampleSize: VIEW_SAMPLE_SIZE });
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
    dryRun: (rule) => session.dryRun(rule),
  });
  const share = createSharePanel({ root: byId('share-panel', HTMLElement) });
  const charts = createChartsRegion(
    { host: byId('charts', HTMLElement), legend: byId('charts-legend', HTMLElement), clearBaseline: byId('clear-baseline', HTMLButtonElement) },
    () => session.send({ type: 'CLEAR_BASELINE' }),
    (p) => share.setCharts(p),
  );
  const motion = createMotionPreference(byId('reduced-motion', HTMLInputElement), start.prefs.reducedMotion, (reduced) => {
    charts.setReducedMotion(reduced);
    view.setReducedMotion(reduced);
    save();
  });
  const view = createViewRegion(byId('view', HTMLElement), byId('view-details', HTMLElement), motion.reduced());
  charts.setReducedMotion(motion.reduced());

  const table = byId('daily-table', HTMLTableElement);
  createDailyTable(table);
  const tiles = byId('kpi-tiles', HTMLElement);
  const tilesHeading = byId('kpi-heading', HTMLElement);
  const baselineNote = byId('kpi-baseline-note', HTMLElement);

  let revision = 0;
  let revisionSpec = spec();
  let currentRevision = 0;
  let shownCurrent: RunResult | null = null;
  let shownBaseline: RunResult | null = null;
  let urlWrittenAt = 0;

  const linkState = () => {
    const c = session.getSnapshot().context;
    return { spec: c.spec, day: c.day };
  };
  function save(): void {
    autosave.save(linkState(), { speed: session.getSnapshot().context.speed, reducedMotion: motion.choice() });
  }
  function writeUrl(force: boolean): void {
    const url = new URL(window.location.href);
    url.search = encodeRunLink(linkState()).toString();
    share.setLink(url.toString());
    if (url.toString() === window.location.href) return;
    const now = performance.now();
    if (!force && now - urlWrittenAt < URL_INTERVAL_MS) return;
    urlWrittenAt = now;
    window.history.replaceState(null, '', url);
  }

  const render = (s: RunSnapshot): void => {
    const v = runViewOf(s);
    if (s.context.spec !== revisionSpec) {
      revisionSpec = s.context.spec;
      revision += 1;
    }
    document.body.dataset['runState'] = v.phase;
    document.body.dataset['day'] = String(v.day);
    document.body.dataset['policyRevision'] = String(revision);
    renderRunHeader(header, v);
    transport.update(v);
    alert.update(v);
    view.update(v);

    const current = v.current;
    if (current !== shownCurrent || v.baseline !== shownBaseline) {
      if (current !== null && current !== shownCurrent && jsonEqual(current.spec, s.context.spec)) currentRevision = revision;
      shownCurrent = current;
      shownBaseline = v.baseline;
      const days = current?.snapshot.day ?? 0;
      tilesHeading.textContent = days > 0 ? `Run to date (days 1–${days})` : 'Run to date';
      const b = v.baseline;
      renderKpiTiles(tiles, current?.snapshot.kpis ?? null, days, b ? { kpis: b.snapshot.kpis, days: b.snapshot.day } : null);
      baselineNote.textContent = b ? `"before" figures: the baseline run (days 1–${b.snapshot.day}), before the last change.` : '';
      baselineNote.hidden = b === null;
      renderDailyTable(table, current?.daily.slice(-TABLE_DAYS) ?? [], current?.info.startWeekday ?? 0);
      share.setRun(current);
      if (current !== null) charts.show(current, v.baseline, currentRevision);
    }
    panel.update(s.context.spec, current?.snapshot.rules ?? []);
    writeUrl(v.phase !== 'playing');
    save();
  };

  render(session.getSnapshot());
  session.subscribe(render);
  const flush = (): void => {
    writeUrl(true);
    autosave.flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}

main();
