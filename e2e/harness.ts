/**
 * The end-to-end harness: the `vite preview` server, Chromium, named checks that count passes
 * and failures, and waits on the page contract (`<body data-run-state data-day
 * data-policy-revision>`, `#charts[data-revision]`). Every wait has a timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Download, type Page } from 'playwright-core';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Port of the preview server (E2E_PORT overrides it, e.g. when another run holds 4173). */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Base URL of the app. */
export const BASE = `http://127.0.0.1:${PORT}/`;
/** Where screenshots go. */
export const SCREENSHOTS = join(ROOT, 'e2e', 'screenshots');
/** Longest wait of one step, milliseconds. */
export const STEP_TIMEOUT_MS = 30_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

let server: ChildProcess | null = null;
let browser: Browser | null = null;
/** Checks passed and failed so far. */
export const tally = { passed: 0, failed: 0 };

/** Writes a line to stdout. */
export function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Runs one named check; a failure is counted and reported, and the run goes on. */
export async function check(name: string, body: () => Promise<void>): Promise<boolean> {
  try {
    await body();
    tally.passed += 1;
    log(`  ok    ${name}`);
    return true;
  } catch (error) {
    tally.failed += 1;
    const text = (error instanceof Error ? error.message : String(error)).replace(/\x1b\[[0-9;]*m/g, '');
    log(`  FAIL  ${name}\n        ${text.split('\n').join('\n        ')}`);
    return false;
  }
}

/** Throws `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `vite preview` on dist/ and waits until it answers. */
export async function startServer(): Promise<void> {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'vite'), ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' },
  });
  server = child;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`vite preview did not answer on ${BASE} within ${STEP_TIMEOUT_MS / 1000} s:\n${output}`);
}

/** Whether the server is running. */
export const serverUp = (): boolean => server !== null;

/** Starts Chromium (CHROMIUM_PATH or Debian's). */
export async function startBrowser(): Promise<Browser> {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, timeout: STEP_TIMEOUT_MS });
  return browser;
}

/** Stops the browser and the server, whatever state they are in. */
export async function cleanup(): Promise<void> {
  const b = browser;
  browser = null;
  await Promise.race([b?.close().catch(() => {}), sleep(10_000)]);
  const child = server;
  server = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  if (!(await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]))) child.kill('SIGKILL');
}

/** A page whose console errors, page errors and failed requests are collected in `problems`. */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('e2e:')) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => {
    if (!e.message.includes('e2e:')) problems.push(`page error: ${e.message}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? ''})`));
  return { page, problems };
}

/** Days completed in the run shown. */
export async function dayOf(page: Page): Promise<number> {
  return Number(await page.getAttribute('body', 'data-day'));
}

/** The run state (RunPhase) on `<body>`. */
export async function stateOf(page: Page): Promise<string> {
  return (await page.getAttribute('body', 'data-run-state')) ?? '';
}

/** The policy revision on `<body>`. */
export async function revisionOf(page: Page): Promise<number> {
  return Number(await page.getAttribute('body', 'data-policy-revision'));
}

/** Waits until the run state is one of `states` (e.g. `paused` after a load or a change). */
export async function waitForState(page: Page, states: readonly string[], timeout = STEP_TIMEOUT_MS): Promise<void> {
  await page.waitForFunction((s) => s.includes(document.body.dataset['runState'] ?? ''), states, { timeout });
}

/** Waits until the day counter satisfies `test`. */
export async function waitForDay(page: Page, test: (day: number) => boolean, what: string): Promise<number> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const day = await dayOf(page);
    if (test(day)) return day;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the day counter shows ${day}`);
    await sleep(50);
  }
}

/** Waits until the charts have drawn the run of policy revision `revision` or later. */
export async function waitForCharts(page: Page, revision: number): Promise<void> {
  await page.waitForFunction((r) => Number(document.getElementById('charts')?.dataset['revision'] ?? -1) >= r, revision, { timeout: STEP_TIMEOUT_MS });
}

/** The KPI tiles' figures by tile key, as shown. */
export async function tileValues(page: Page): Promise<Record<string, string[]>> {
  return page.$$eval('#kpi-tiles .tile', (nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute('data-kpi') ?? '', [...n.querySelectorAll('.figure-value')].map((v) => v.textContent ?? '')])));
}

/** Clicks `selector` and returns the text of the file it downloads. */
export async function downloadText(page: Page, selector: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  // On a loaded machine Chromium has now and then dropped the download of a blob link: one
  // second click, then a failure that says what the page showed.
  let download: Download | null = null;
  for (let attempt = 0; attempt < 2 && download === null; attempt++) {
    [download] = await Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }).catch(() => null), page.click(selector)]);
  }
  if (download === null) {
    const state = await page.evaluate((sel) => ({
      disabled: document.querySelector(sel)?.getAttribute('aria-disabled'),
      status: document.getElementById('share-status')?.textContent,
    }), selector);
    throw new Error(`no download after two clicks on ${selector} (aria-disabled ${state.disabled}, status "${state.status}")`);
  }
  const path = await download.path();
  const bytes = await readFile(path);
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/**
 * Commits `value` in a panel field and waits for the re-simulated run: the charts drawn at the
 * next policy revision and the run paused again.
 */
export async function changeAndWait(page: Page, selector: string, value: string): Promise<void> {
  const revision = await revisionOf(page);
  await commitField(page, selector, value);
  await waitForCharts(page, revision + 1);
  await waitForState(page, ['paused']);
}

/**
 * The page's address once it holds the run shown: the page writes it in an idle moment after a
 * change (runPersistence.ts), the share link at once, so this waits until the two agree.
 */
export async function settledAddress(page: Page): Promise<string> {
  await page.waitForFunction(() => location.href === (document.getElementById('share-link') as HTMLInputElement | null)?.value, undefined, { timeout: STEP_TIMEOUT_MS });
  return page.url();
}

/** Opens a fresh context with `options`, runs `body` in it and closes it whatever happens. */
export async function inContext(b: Browser, options: BrowserContextOptions, body: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await b.newContext(options);
  try {
    await body(context);
  } finally {
    await context.close();
  }
}

/** Sets a text field's value and commits it with Enter, as a user would. */
export async function commitField(page: Page, selector: string, value: string): Promise<void> {
  await page.fill(selector, value);
  await page.press(selector, 'Enter');
}

/**
 * Paints the whole page as a user who scrolled through it sees it: sections out of sight render
 * (no content-visibility skipping) and the charts, which draw as they come near the viewport, are
 * drawn, by scrolling through the page once and back to the top. Returns a function that undoes
 * the rendering override.
 */
export async function paintWholePage(page: Page): Promise<() => Promise<void>> {
  const style = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await sleep(120);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await sleep(200);
  return async () => {
    await style.evaluate((node) => (node as Element).remove());
  };
}
