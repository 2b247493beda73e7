/**
 * The page: runs the default scenario in the simulation worker and shows its KPIs. The main
 * thread only asks the worker for days and draws the answers; it never runs the model.
 */
import './style.css';
import './kpiTiles.css';
import './dailyTable.css';
import { byId } from './dom';
import { createControls } from './controls';
import { createDailyTable, renderDailyTable } from './dailyTable';
import { renderKpiTiles } from './kpiTiles';
import { renderRunHeader } from './runHeader';
import { createSeedField, parseSeed } from './seedInput';
import { createSession, type Session, type SessionView } from './session';
import { createWorkerAlert } from './workerAlert';

const SCENARIO_ID = 'default';
const DEFAULT_SEED = 42;

/** The seed in the page address (`?seed=7`), or the default. */
function initialSeed(): number {
  const fromUrl = new URLSearchParams(window.location.search).get('seed');
  const parsed = fromUrl === null ? null : parseSeed(fromUrl);
  return parsed?.ok ? parsed.seed : DEFAULT_SEED;
}

/** Keeps the seed in the address so a run can be shared and reloaded. */
function rememberSeed(seed: number): void {
  const url = new URL(window.location.href);
  url.searchParams.set('seed', String(seed));
  window.history.replaceState(null, '', url);
}

function main(): void {
  const seed = createSeedField(byId('seed', HTMLInputElement), byId('seed-error', HTMLElement));
  const table = byId('daily-table', HTMLTableElement);
  const tiles = byId('kpi-tiles', HTMLElement);
  const tilesHeading = byId('kpi-heading', HTMLElement);
  const header = {
    name: byId('scenario-name', HTMLElement),
    description: byId('scenario-description', HTMLElement),
    day: byId('day-counter', HTMLElement),
    horizon: byId('horizon', HTMLElement),
    weekday: byId('weekday', HTMLElement),
    progress: byId('day-progress', HTMLProgressElement),
    status: byId('run-status', HTMLElement),
    error: byId('run-error', HTMLElement),
  };
  createDailyTable(table);

  let lastSeed = initialSeed();
  seed.set(lastSeed);

  // The controls are wired before the session exists; they act only on user input, after it does.
  let session: Session | null = null;
  const controls = createControls(
    { play: byId('play', HTMLButtonElement), step: byId('step', HTMLButtonElement), form: byId('run-form', HTMLFormElement), reset: byId('reset', HTMLButtonElement), seed },
    { play: () => session?.play(), pause: () => session?.pause(), step: () => session?.stepOnce(), reset: (s) => session?.reset(s) },
  );
  const alert = createWorkerAlert(byId('worker-alert', HTMLElement), byId('worker-alert-message', HTMLElement), byId('restart', HTMLButtonElement), () => {
    session?.restart(seed.read() ?? lastSeed);
  });
  const render = (view: SessionView): void => {
    const days = view.snapshot?.day ?? 0;
    renderRunHeader(header, view);
    tilesHeading.textContent = days > 0 ? `Run to date (days 1–${days})` : 'Run to date';
    renderKpiTiles(tiles, view.snapshot?.kpis ?? null, days);
    renderDailyTable(table, view.recent, view.info?.startWeekday ?? 0);
    controls.update(view);
    alert.update(view);
    if (view.info && view.info.seed !== lastSeed) {
      lastSeed = view.info.seed;
      rememberSeed(lastSeed);
    }
  };

  session = createSession(SCENARIO_ID, lastSeed, render);
}

main();
