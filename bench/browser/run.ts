import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { fmt, median, printTable } from '../stats';
import { closeBench, launchBench, type BenchTarget } from './launch';
import { timeNodeRun } from './nodeBaseline';
import { sampleFrames, type FrameSample } from './frameSampler';
import { timePolicyChange } from './policyLatency';
import { quantile } from './quantile';

/**
 * `npm run bench:browser`: the app in headless Chromium (software rendering, as in CI).
 * 1. Frame time p50/p95 and main-thread long tasks while the default scenario plays at full speed,
 *    against the same page idle (frames of an empty page: the baseline of this machine and browser).
 * 2. Time from a policy change to updated charts for a 90-day run of 2,000 declarations a day
 *    (default scenario at traffic scale 0.4), against the same run simulated in Node alone.
 * Reports and writes bench/browser-results.json; asserts nothing. Needs `vite build` first.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FRAME_WINDOW_MS = 5_000;
const POLICY_DAYS = 90;
/** Default scenario is about 5,000 declarations a day; 0.4 gives the 2,000. */
const POLICY_SCALE = 0.4;
const POLICY_REPEATS = 7;
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

function frameRows(label: string, s: FrameSample): [string, string][] {
  const total = s.longTaskMs.reduce((a, b) => a + b, 0);
  return [
    [`${label}: frames in ${fmt(s.windowMs / 1000, 1)} s`, fmt(s.frameMs.length)],
    [`${label}: frame time p50, ms`, fmt(quantile(s.frameMs, 0.5), 1)],
    [`${label}: frame time p95, ms`, fmt(quantile(s.frameMs, 0.95), 1)],
    [`${label}: long tasks (> 50 ms), count / total ms / longest ms`, `${s.longTaskMs.length} / ${fmt(total)} / ${fmt(Math.max(0, ...s.longTaskMs))}`],
  ];
}

async function measure(target: BenchTarget): Promise<void> {
  const context = await target.browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx keeps function names with an `__name` helper that does not exist inside the page.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();

  await page.setContent('<!doctype html><title>idle</title><body></body>');
  const idle = await sampleFrames(page, FRAME_WINDOW_MS);

  await page.goto(`${target.base}?v=1&scenario=default&seed=42&horizon=365&day=0`);
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
  const playing = await sampleFrames(page, FRAME_WINDOW_MS);
  const daysPlayed = Number(await page.evaluate(() => document.body.dataset['day']));
  await page.click('#play');

  await page.goto(`${target.base}?v=1&scenario=default&seed=42&horizon=${POLICY_DAYS}&day=${POLICY_DAYS}&scale=${POLICY_SCALE}`);
  await page.waitForFunction((day) => document.getElementById('charts')?.dataset['day'] === String(day), POLICY_DAYS, { timeout: LOAD_TIMEOUT_MS });
  const latencies: number[] = [];
  for (let i = 0; i < POLICY_REPEATS; i += 1) {
    latencies.push(await timePolicyChange(page, i % 2 === 0 ? 3 : 2, POLICY_DAYS));
  }
  await context.close();

  const node = timeNodeRun('default', 42, POLICY_DAYS, POLICY_SCALE, 5);
  const latencyP50 = median(latencies);
  printTable('Browser: frames while playing the default scenario at full speed (Pixi view + charts)', [
    ...frameRows('Idle page (baseline)', idle),
    ...frameRows('App playing', playing),
    ['Days simulated while sampling', fmt(daysPlayed)],
    ['Frame time p95, playing / idle (ratio)', fmt(quantile(playing.frameMs, 0.95) / quantile(idle.frameMs, 0.95), 2)],
  ]);
  printTable(`Browser: policy change to updated charts, ${POLICY_DAYS} days x ${fmt(node.declarations / POLICY_DAYS)} declarations/day`, [
    [`Latency p50 of ${POLICY_REPEATS} changes, ms`, fmt(latencyP50, 1)],
    ['Latency max, ms', fmt(Math.max(...latencies), 1)],
    [`Same run in Node alone (baseline), ms`, fmt(node.ms, 1)],
    ['Latency p50 / Node run (ratio)', fmt(latencyP50 / node.ms, 2)],
    [`Under ${POLICY_AIM_MS} ms (p50)`, latencyP50 < POLICY_AIM_MS ? 'yes' : 'no'],
  ]);
  writeFileSync(
    resolve(ROOT, 'bench', 'browser-results.json'),
    `${JSON.stringify({ idle, playing, daysPlayed, latencies, nodeRunMs: node.ms, declarations: node.declarations }, null, 1)}\n`,
  );
}

const target = await launchBench(ROOT);
try {
  await measure(target);
} finally {
  await closeBench(target);
}
