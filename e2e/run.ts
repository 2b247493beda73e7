/**
 * End-to-end checks of the built app in real Chromium (Debian's, no download): serves `dist/`
 * with `vite preview`, drives the page with playwright-core, and prints
 * `e2e: N passed, M failed`. Run after `vite build` (npm run e2e does both). Screenshots go to
 * e2e/screenshots/.
 *
 * The server and the browser are always stopped, and the process always exits: every wait has
 * a timeout, and an overall timeout ends the run.
 */
import { mkdir } from 'node:fs/promises';
import { accessibilityCheck } from './accessibilityChecks';
import { appChecks } from './appChecks';
import { behaviourChecks } from './behaviourChecks';
import { BASE, check, cleanup, log, SCREENSHOTS, serverUp, startBrowser, startServer, tally } from './harness';
import { brokenLinkCheck, determinismCheck, longRunProgressCheck, narrowLayoutCheck, optionalPanelsCheck, reducedMotionCheck, shareLinkCheck, workerFailureCheck } from './linkChecks';
import type { Browser } from 'playwright-core';

const OVERALL_TIMEOUT_MS = 420_000;

async function run(): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await check('vite preview serves the build', startServer);
  if (!serverUp() || tally.failed > 0) return;
  let browser: Browser | null = null;
  await check('chromium starts', async () => {
    browser = await startBrowser();
  });
  if (browser === null) return;
  const session = await appChecks(browser);
  await shareLinkCheck(browser, session);
  await behaviourChecks(browser);
  await brokenLinkCheck(browser);
  await determinismCheck(browser);
  await workerFailureCheck(browser);
  await optionalPanelsCheck(browser);
  await narrowLayoutCheck(browser);
  await reducedMotionCheck(browser);
  await longRunProgressCheck(browser);
  await accessibilityCheck(browser);
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
      tally.failed += 1;
      log(`  FAIL  the run did not finish within ${OVERALL_TIMEOUT_MS / 1000} s`);
    }
  } catch (error) {
    tally.failed += 1;
    log(`  FAIL  ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
    await cleanup();
  }
  log(`e2e: ${tally.passed} passed, ${tally.failed} failed`);
  return tally.failed > 0 || tally.passed === 0 ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(1));
  });
}

process.exit(await main());
