/**
 * End-to-end check of the built page in real Chromium (Debian's, no download): serves `dist/`
 * with `vite preview`, drives the page with playwright-core, and prints
 * `e2e: N passed, M failed`. Run after `vite build` (npm run e2e does both).
 *
 * The server and the browser are always stopped, and the process always exits: every wait has
 * a timeout, and an overall timeout ends the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4173;
const BASE = `http://127.0.0.1:${PORT}/`;
const SCREENSHOTS = join(ROOT, 'e2e', 'screenshots');
const SCREENSHOT = join(SCREENSHOTS, 'default.png');
const OVERALL_TIMEOUT_MS = 180_000;
const STEP_TIMEOUT_MS = 30_000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let server: ChildProcess | null = null;
let browser: Browser | null = null;
let passed = 0;
let failed = 0;

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Runs one named check; a failure is counted and reported, and the run goes on. */
async function check(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    passed += 1;
    log(`  ok    ${name}`);
  } catch (error) {
    failed += 1;
    const text = (error instanceof Error ? error.message : String(error)).replace(/\x1b\[[0-9;]*m/g, '');
    log(`  FAIL  ${name}\n        ${text.split('\n').join('\n        ')}`);
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function startServer(): Promise<void> {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'vite'), ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  server = child;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(BASE);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`vite preview did not answer on ${BASE} within ${STEP_TIMEOUT_MS / 1000} s:\n${output}`);
}

async function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  if (!done) child.kill('SIGKILL');
}

async function dayOf(page: Page): Promise<number> {
  return Number(await page.getAttribute('#day-counter', 'data-day'));
}

async function waitForDay(page: Page, test: (day: number) => boolean, what: string): Promise<number> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const day = await dayOf(page);
    if (test(day)) return day;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; day counter shows ${day}`);
    await sleep(50);
  }
}

async function waitForPhase(page: Page, text: RegExp): Promise<void> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.getElementById('run-status')?.textContent ?? ''),
    text.source,
    { timeout: STEP_TIMEOUT_MS },
  );
}

/** The main page: run, KPIs, table, controls, keyboard, seed, console. */
async function mainPage(b: Browser): Promise<void> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));

  await check('page loads: title, scenario name and description', async () => {
    await page.goto(BASE, { waitUntil: 'load' });
    assert((await page.title()) === 'Customs Risk Lab', `title is "${await page.title()}"`);
    await waitForPhase(page, /^Ready/);
    const name = (await page.textContent('#scenario-name')) ?? '';
    assert(name.length > 0 && !name.includes('Loading'), `scenario name is "${name}"`);
    const description = (await page.textContent('#scenario-description')) ?? '';
    assert(description.length > 20, `scenario description is "${description}"`);
    assert((await dayOf(page)) === 0, 'day counter does not start at 0');
    assert((await page.textContent('#horizon'))?.trim() === '90', 'horizon is not 90 days');
  });

  await check('play runs a day at a time until paused (day >= 3)', async () => {
    await page.click('#play');
    await waitForDay(page, (d) => d >= 3, 'day >= 3');
    assert((await page.textContent('#play .button-text')) === 'Pause', 'play button does not read Pause while running');
    await page.click('#play');
    await waitForPhase(page, /^Paused/);
    const stopped = await dayOf(page);
    await sleep(400);
    assert((await dayOf(page)) === stopped, 'days still advance after Pause');
  });

  await check('KPI tiles show numbers with units', async () => {
    const tiles = await page.$$eval('#kpi-tiles .tile', (nodes) =>
      nodes.map((n) => ({
        key: n.getAttribute('data-kpi') ?? '',
        unit: n.querySelector('.tile-unit')?.textContent ?? '',
        values: [...n.querySelectorAll('.figure-value')].map((v) => v.textContent ?? ''),
      })),
    );
    const keys = tiles.map((t) => t.key);
    for (const key of ['declarations', 'inspectionRate', 'hitRate', 'detectionRate', 'clearance', 'revenue', 'delayCost', 'compliance']) {
      assert(keys.includes(key), `no "${key}" tile (have ${keys.join(', ')})`);
    }
    for (const t of tiles) {
      assert(t.unit.length > 0, `tile ${t.key} has no unit`);
      assert(t.values.length > 0 && t.values.every((v) => /\d/.test(v)), `tile ${t.key} shows ${JSON.stringify(t.values)}`);
    }
    const declarations = Number((tiles.find((t) => t.key === 'declarations')?.values[0] ?? '').replace(/,/g, ''));
    assert(declarations > 3 * 1000, `declarations tile shows ${declarations}`);
  });

  await check('daily table lists the simulated days, newest first', async () => {
    const day = await dayOf(page);
    const rows = await page.$$eval('#daily-table tbody tr', (nodes) => nodes.map((n) => n.getAttribute('data-day')));
    assert(rows.length === Math.min(day, 14), `${rows.length} rows for ${day} days`);
    assert(rows[0] === String(day), `first row is day ${rows[0]}, expected ${day}`);
    const cells = await page.$$eval('#daily-table tbody tr:first-child td', (nodes) => nodes.map((n) => n.textContent ?? ''));
    assert(cells.length >= 10 && cells.filter((c) => /\d/.test(c)).length >= 8, `first row: ${JSON.stringify(cells)}`);
  });

  await check('Step one day advances exactly one day', async () => {
    const before = await dayOf(page);
    await page.click('#step');
    await waitForDay(page, (d) => d === before + 1, `day ${before + 1}`);
    await sleep(300);
    assert((await dayOf(page)) === before + 1, 'stepped more than one day');
  });

  await check('screenshot saved', async () => {
    await mkdir(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  await check('keyboard: Tab reaches the buttons with a visible focus ring, Enter steps', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'step');
    }
    assert(reached, 'Tab never reached the Step button');
    const outline = await page.$eval('#step', (n) => getComputedStyle(n).outlineStyle + ' ' + getComputedStyle(n).outlineWidth);
    assert(!outline.startsWith('none') && !outline.endsWith(' 0px'), `no visible focus ring (outline: ${outline})`);
    const before = await dayOf(page);
    await page.keyboard.press('Enter');
    await waitForDay(page, (d) => d === before + 1, `day ${before + 1} after Enter`);
    assert(await page.evaluate(() => document.activeElement?.id === 'step'), 'focus left the Step button');
  });

  await check('an invalid seed shows an error next to the field and does not reset', async () => {
    const before = await dayOf(page);
    await page.fill('#seed', '12abc');
    await page.click('#reset');
    const error = (await page.textContent('#seed-error')) ?? '';
    assert(await page.isVisible('#seed-error'), 'seed error is not visible');
    assert(/whole number/.test(error), `seed error says "${error}"`);
    assert((await page.getAttribute('#seed', 'aria-invalid')) === 'true', 'seed field not marked aria-invalid');
    await page.locator('.run-panel').screenshot({ path: join(SCREENSHOTS, 'seed-error.png') });
    await sleep(200);
    assert((await dayOf(page)) === before, 'the run was reset despite the invalid seed');
  });

  await check('a valid seed and Enter reset the run to day 0 with that seed', async () => {
    await page.fill('#seed', '7');
    assert(!(await page.isVisible('#seed-error')), 'seed error still visible for a valid seed');
    await page.press('#seed', 'Enter');
    await waitForDay(page, (d) => d === 0, 'day 0 after reset');
    await waitForPhase(page, /^Ready.*Seed 7\./);
    assert(new URL(page.url()).searchParams.get('seed') === '7', `address is ${page.url()}`);
    assert((await page.$$('#daily-table tbody tr[data-day]')).length === 0, 'daily table not cleared');
    await page.click('#step');
    await waitForDay(page, (d) => d === 1, 'day 1 after reset');
  });

  await check('play runs to the 90-day horizon and stops there', async () => {
    await page.click('#play');
    await waitForPhase(page, /^Run complete/);
    assert((await dayOf(page)) === 90, `stopped at day ${await dayOf(page)}`);
    assert((await page.getAttribute('#play', 'aria-disabled')) === 'true', 'Play still available after the horizon');
    assert((await page.getAttribute('#step', 'aria-disabled')) === 'true', 'Step still available after the horizon');
    const rows = await page.$$eval('#daily-table tbody tr', (nodes) => nodes.map((n) => n.getAttribute('data-day')));
    assert(rows.length === 14 && rows[0] === '90' && rows[13] === '77', `table rows ${rows.join(',')}`);
    await page.click('#step', { force: true }); // aria-disabled: Playwright would wait for it to be enabled
    await sleep(300);
    assert((await dayOf(page)) === 90, 'stepped past the horizon');
  });

  await check('no console errors, page errors or failed requests', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
  await context.close();
}

/** A worker that fails to load: the page says so and Restart recovers. */
async function workerFailure(b: Browser): Promise<void> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await check('a worker that fails shows a message and Restart recovers', async () => {
    const workerScript = /simulation\.worker[^/]*\.js$/;
    await page.route(workerScript, (route) => route.abort());
    await page.goto(BASE, { waitUntil: 'load' });
    await page.waitForSelector('#worker-alert:not([hidden])');
    const message = (await page.textContent('#worker-alert-message')) ?? '';
    assert(/worker stopped/.test(message), `alert says "${message}"`);
    assert(await page.evaluate(() => document.activeElement?.id === 'restart'), 'focus is not on Restart');
    await page.screenshot({ path: join(SCREENSHOTS, 'worker-failed.png') });
    await page.unroute(workerScript);
    await page.click('#restart');
    await waitForPhase(page, /^Ready/);
    assert(!(await page.isVisible('#worker-alert')), 'alert still shown after restart');
    await page.click('#step');
    await waitForDay(page, (d) => d === 1, 'day 1 after restart');
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
  });
  await context.close();
}

async function run(): Promise<void> {
  await check('vite preview serves the build', startServer);
  if (server === null || failed > 0) return;
  await check('chromium starts', async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, timeout: STEP_TIMEOUT_MS });
  });
  if (browser === null) return;
  await mainPage(browser);
  await workerFailure(browser);
}

async function cleanup(): Promise<void> {
  const b = browser;
  browser = null;
  await Promise.race([b?.close().catch(() => {}), sleep(10_000)]);
  await stopServer();
}

async function main(): Promise<number> {
  log(`e2e: ${BASE} in ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), OVERALL_TIMEOUT_MS);
  });
  try {
    const outcome = await Promise.race([run().then(() => 'done' as const), timeout]);
    if (outcome === 'timeout') {
      failed += 1;
      log(`  FAIL  the run did not finish within ${OVERALL_TIMEOUT_MS / 1000} s`);
    }
  } catch (error) {
    failed += 1;
    log(`  FAIL  ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
    await cleanup();
  }
  log(`e2e: ${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(1));
  });
}

process.exit(await main());
