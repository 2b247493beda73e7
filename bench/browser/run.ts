import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { fmt, median, printTable } from '../stats';
import { closeBench, launchBench, type BenchTarget } from './launch';
import { timeNodeRun } from './nodeBaseline';
import { sampleFrames, type FrameSample } from './frameSampler';
import { withMainThreadTime, type MainThreadTime } from './mainThread';
import { timePolicyChange, type PolicyTiming } from './policyLatency';
import { quantile } from './quantile';

/**
 * `npm run bench:browser`: the app in headless Chromium (software rendering, as in CI).
 * 1. Frame time p50/p95, main-thread long tasks and main-thread busy time while the default
 *    scenario plays at full speed, at the top of the page (the Pixi view, tiles, panel) and
 *    scrolled to the charts, against an empty page idle (the baseline of this machine and browser).
 * 2. Time from a policy change to updated charts for a 90-day run of 2,000 declarations a day
 *    (default scenario at traffic scale 0.4), against the same run simulated in Node alone: at
 *    the top of the page (the view, tiles and panel in sight) and then scrolled to the daily
 *    charts, where a user watches the change take effect (the charts in sight are redrawn).
 * Reports and writes bench/browser-results.json; asserts nothing. Needs `vite build` first.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FRAME_WINDOW_MS = 5_000;
/** Horizon of the played run, days (the longest the app allows). */
const PLAY_HORIZON = 3_650;
const POLICY_DAYS = 90;
/** Default scenario is about 5,000 declarations a day; 0.4 gives the 2,000. */
const POLICY_SCALE = 0.4;
const POLICY_REPEATS = 15;
/** Further changes made with the daily charts in view (the worker is warm by then). */
const CHARTS_REPEATS = 9;
/**
 * Changes counted as warm-up: the page loads a new worker, whose JIT compiles the re-run's paths
 * over its first few runs (in Node the first re-runs after a load take 2-5 times a warm one).
 */
const POLICY_WARMUP = 3;
/** Time between the loaded run's charts and the first policy change (a user reading the page), ms. */
const READ_BEFORE_CHANGE_MS = 3000;
/** Aim of issue 3: policy change to updated charts, ms. */
const POLICY_AIM_MS = 150;
const LOAD_TIMEOUT_MS = 120_000;

async function waitForBody(page: Page, state: string, day?: number): Promise<void> {
  await page.waitForFunction(
    ({ state, day }) => document.body.dataset['runState'] === state && (day === undefined || Number(document.body.dataset['day']) === day),
    { state, day },
    { timeout: LOAD_TIMEOUT_MS },
  );
}

/** Frames and long tasks of one window, with the main thread's busy time over it. */
interface TimedSample extends FrameSample {
  /** Main-thread time spent in the window. */ readonly mainThread: MainThreadTime;
  /** Days the run advanced in the window (0 for the idle page). */ readonly days: number;
}

const dayOf = async (page: Page): Promise<number> => Number(await page.evaluate(() => document.body.dataset['day'] ?? '0'));

/** Samples frames for FRAME_WINDOW_MS and times the main thread meanwhile. */
async function sampleTimed(page: Page): Promise<TimedSample> {
  const from = await dayOf(page);
  const { result, time } = await withMainThreadTime(page, () => sampleFrames(page, FRAME_WINDOW_MS));
  return { ...result, mainThread: time, days: (await dayOf(page)) - from };
}

function frameRows(label: string, s: TimedSample): [string, string][] {
  const total = s.longTaskMs.reduce((a, b) => a + b, 0);
  const m = s.mainThread;
  return [
    [`${label}: frames in ${fmt(s.windowMs / 1000, 1)} s`, fmt(s.frameMs.length)],
    [`${label}: frame time p50, ms`, fmt(quantile(s.frameMs, 0.5), 1)],
    [`${label}: frame time p95, ms`, fmt(quantile(s.frameMs, 0.95), 1)],
    [`${label}: long tasks (> 50 ms), count / total ms / longest ms`, `${s.longTaskMs.length} / ${fmt(total)} / ${fmt(Math.max(0, ...s.longTaskMs))}`],
    [`${label}: main thread busy, % of the window (script / layout / style, ms)`, `${fmt((100 * m.taskMs) / s.windowMs)} % (${fmt(m.scriptMs)} / ${fmt(m.layoutMs)} / ${fmt(m.styleMs)})`],
    ...(s.days > 0 ? [[`${label}: days simulated`, fmt(s.days)] as [string, string]] : []),
  ];
}

async function measure(target: BenchTarget): Promise<void> {
  const context = await target.browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx keeps function names with an `__name` helper that does not exist inside the page.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();

  await page.setContent('<!doctype html><title>idle</title><body></body>');
  const idle = await sampleTimed(page);

  // Ten years: at full speed the run must not reach its horizon (and stop) within the windows.
  await page.goto(`${target.base}?v=1&scenario=default&seed=42&horizon=${PLAY_HORIZON}&day=0`);
  await waitForBody(page, 'paused', 0);
  await page.evaluate(() => {
    const speed = document.getElementById('speed');
    if (speed instanceof HTMLInputElement) {
      speed.value = speed.max;
      speed.dispatchEvent(new Event('input', { bubbles: true }));
      speed.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
  await page.click('#play');
  await waitForBody(page, 'playing');
  const playing = await sampleTimed(page);
  // The same run with the charts on screen: the charts near the viewport are redrawn as it plays.
  await page.evaluate(() => document.querySelector('.charts-region')?.scrollIntoView({ block: 'start' }));
  const playingCharts = await sampleTimed(page);
  const daysPlayed = await dayOf(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  const state = await page.evaluate(() => document.body.dataset['runState']);
  if (state !== 'playing') throw new Error(`the run stopped playing during the frame windows (state "${state}" at day ${daysPlayed}); its frames would not be those of a playing run`);
  await page.click('#play');

  await page.goto(`${target.base}?v=1&scenario=default&seed=42&horizon=${POLICY_DAYS}&day=${POLICY_DAYS}&scale=${POLICY_SCALE}`);
  await page.waitForFunction((day) => document.getElementById('charts')?.dataset['day'] === String(day), POLICY_DAYS, { timeout: LOAD_TIMEOUT_MS });
  // A user looks at the loaded run before changing its policy; the worker uses such quiet moments (jitWarmUp.ts).
  await new Promise((done) => setTimeout(done, READ_BEFORE_CHANGE_MS));
  const timings: PolicyTiming[] = [];
  for (let i = 0; i < POLICY_REPEATS; i += 1) {
    timings.push(await timePolicyChange(page, i % 2 === 0 ? 3 : 2, POLICY_DAYS));
  }
  const latencies = timings.map((t) => t.totalMs);
  const workerMs = timings.map((t) => t.workerMs);
  const pageMs = timings.map((t) => t.totalMs - t.workerMs);
  await page.evaluate(() => document.querySelector('.charts-region')?.scrollIntoView({ block: 'start' }));
  await new Promise((done) => setTimeout(done, 1000));
  const inView: PolicyTiming[] = [];
  // The alternation goes on from the last change above: the same value again would change nothing.
  for (let i = POLICY_REPEATS; i < POLICY_REPEATS + CHARTS_REPEATS; i += 1) inView.push(await timePolicyChange(page, i % 2 === 0 ? 3 : 2, POLICY_DAYS));
  const chartsLatencies = inView.map((t) => t.totalMs);
  const chartsWorkerMs = inView.map((t) => t.workerMs);
  await context.close();

  const node = timeNodeRun('default', 42, POLICY_DAYS, POLICY_SCALE, 9, POLICY_WARMUP + 1);
  const latencyP50 = median(latencies);
  const warm = (list: number[]) => list.slice(POLICY_WARMUP);
  const warmP50 = median(warm(latencies));
  printTable('Browser: frames while playing the default scenario at full speed (Pixi view + charts)', [
    ...frameRows('Idle page (baseline)', idle),
    ...frameRows('App playing, top of the page', playing),
    ...frameRows('App playing, charts in view', playingCharts),
    ['Frame time p95, playing / idle (ratio)', fmt(quantile(playing.frameMs, 0.95) / quantile(idle.frameMs, 0.95), 2)],
  ]);
  printTable(`Browser: policy change to updated charts, ${POLICY_DAYS} days x ${fmt(node.declarations / POLICY_DAYS)} declarations/day`, [
    [`First change, ${READ_BEFORE_CHANGE_MS / 1000} s after the link's run is shown, ms`, fmt(latencies[0], 1)],
    [`Latency p50 of all ${POLICY_REPEATS} changes, ms`, fmt(latencyP50, 1)],
    [`Latency p50 of changes ${POLICY_WARMUP + 1}-${POLICY_REPEATS} (warm worker), ms`, fmt(warmP50, 1)],
    ['  the same to the end of the frame that paints the new charts, warm p50, ms', fmt(median(warm(timings.map((t) => t.paintedMs))), 1)],
    ['Latency max, ms', fmt(Math.max(...latencies), 1)],
    ['  of which the worker run (its own clock), warm p50, ms', fmt(median(warm(workerMs)), 1)],
    ['  of which the page (messages both ways, page work), warm p50 / min, ms', `${fmt(median(warm(pageMs)), 1)} / ${fmt(Math.min(...pageMs), 1)}`],
    [`Same run in Node alone (baseline, warm), ms`, fmt(node.ms, 1)],
    ['Warm latency p50 / Node run (ratio)', fmt(warmP50 / node.ms, 2)],
    [`Daily charts in view: latency p50 of ${CHARTS_REPEATS} changes (to painted), ms`, `${fmt(median(chartsLatencies), 1)} (${fmt(median(inView.map((t) => t.paintedMs)), 1)})`],
    ['  of which the worker run, p50 / the page, p50, ms', `${fmt(median(chartsWorkerMs), 1)} / ${fmt(median(inView.map((t) => t.totalMs - t.workerMs)), 1)}`],
    [`Under ${POLICY_AIM_MS} ms (warm p50)`, warmP50 < POLICY_AIM_MS ? 'yes' : 'no'],
    [`Under ${POLICY_AIM_MS} ms (p50 of all changes)`, latencyP50 < POLICY_AIM_MS ? 'yes' : 'no'],
    [`Under ${POLICY_AIM_MS} ms (charts in view, p50)`, median(chartsLatencies) < POLICY_AIM_MS ? 'yes' : 'no'],
  ]);
  writeFileSync(
    resolve(ROOT, 'bench', 'browser-results.json'),
    `${JSON.stringify({ idle, playing, playingCharts, daysPlayed, latencies, paintedMs: timings.map((t) => t.paintedMs), workerMs, pageMs, chartsLatencies, chartsPaintedMs: inView.map((t) => t.paintedMs), chartsWorkerMs, nodeRunMs: node.ms, declarations: node.declarations }, null, 1)}\n`,
  );
}

const target = await launchBench(ROOT);
try {
  await measure(target);
} finally {
  await closeBench(target);
}
