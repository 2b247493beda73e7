/**
 * Checks in fresh browser contexts: a share link reproduces the run, a broken link gets a
 * message and safe defaults, the browser worker and Node give byte-identical KPIs, a worker that
 * cannot load is reported and recovered, the layout holds at 1024, 800 and 420 px, reduced motion is honoured.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createSimulation, loadBuiltinScenario } from '../src/sim';
import type { AppSession } from './appChecks';
import { assert, BASE, check, commitField, inContext, dayOf, downloadText, revisionOf, SCREENSHOTS, STEP_TIMEOUT_MS, tileValues, waitForCharts, waitForDay, waitForState, watchedPage } from './harness';

/** A share link opened in a fresh context gives the same run. */
export async function shareLinkCheck(b: Browser, session: AppSession | null): Promise<void> {
  await check('a share link in a fresh browser gives the same run (same day, same KPIs)', async () => {
    assert(session !== null, 'the main flow did not produce a link');
    await inContext(b, { viewport: { width: 1440, height: 900 } }, async (context) => {
      const { page, problems } = await watchedPage(context);
      await page.goto(session.link, { waitUntil: 'load' });
      await waitForState(page, ['paused']);
      const day = Number(new URL(session.link).searchParams.get('day'));
      assert((await dayOf(page)) === day, `day ${await dayOf(page)}, the link says ${day}`);
      const tiles = await tileValues(page);
      assert(JSON.stringify(tiles) === JSON.stringify(session.tiles), `KPIs differ:\n${JSON.stringify(tiles)}\n${JSON.stringify(session.tiles)}`);
      assert((await page.locator('li[data-rule]', { hasText: 'E2E: vague descriptions' }).count()) === 1, 'the link lost the profile');
      assert(problems.length === 0, problems.join('\n'));
    });
  });
}

/** A broken link: a notice naming each bad parameter, the run on safe defaults, never a blank page. */
export async function brokenLinkCheck(b: Browser): Promise<void> {
  await check('a broken link shows what was wrong and runs on safe defaults', async () => {
    await inContext(b, { viewport: { width: 1440, height: 900 } }, async (context) => {
      const { page, problems } = await watchedPage(context);
      await page.goto(`${BASE}?v=1&scenario=default&seed=12abc&horizon=99999&day=5&p=%25%25not-base64`, { waitUntil: 'load' });
      await page.waitForSelector('#link-notice:not([hidden])');
      const params = await page.$$eval('#link-notice li', (nodes) => nodes.map((n) => n.getAttribute('data-param')));
      for (const p of ['seed', 'horizon', 'p']) assert(params.includes(p), `the notice does not name "${p}" (names ${params.join(', ')})`);
      assert(/safe defaults/.test((await page.textContent('#link-notice-title')) ?? ''), 'the notice does not say defaults were used');
      await waitForState(page, ['paused']);
      assert((await dayOf(page)) === 5, `day ${await dayOf(page)}; the good part of the link (day 5) should be kept`);
      assert((await page.inputValue('#seed')) === '42' && (await page.inputValue('#horizon-input')) === '90', 'defaults not used for seed and horizon');
      assert(((await page.textContent('#kpi-tiles')) ?? '').length > 50, 'no KPIs shown');
      await page.screenshot({ path: join(SCREENSHOTS, 'broken-link.png') });
      await page.click('#link-notice-dismiss');
      assert(!(await page.isVisible('#link-notice')), 'the notice did not close');
      assert(problems.length === 0, problems.join('\n'));
    });
  });
}

/** Issue 2 §12: the same scenario, seed and days give byte-identical daily KPIs in Node and in the browser worker. */
export async function determinismCheck(b: Browser): Promise<void> {
  await check('the browser worker and Node give byte-identical daily KPIs and totals (default, seed 42, 20 days)', async () => {
    const days = 20;
    const sim = createSimulation(loadBuiltinScenario('default'), 42);
    sim.run(days);
    const node = { daily: JSON.stringify(sim.daily()), kpis: JSON.stringify(sim.snapshot().kpis) };
    await inContext(b, { viewport: { width: 1440, height: 900 }, acceptDownloads: true }, async (context) => {
      const { page } = await watchedPage(context);
      await page.goto(`${BASE}?v=1&scenario=default&seed=42&horizon=90&day=${days}`, { waitUntil: 'load' });
      await waitForState(page, ['paused']);
      await waitForDay(page, (d) => d === days, `day ${days}`);
      const run = JSON.parse((await downloadText(page, '#export-json')).text) as { daily: unknown; kpis: unknown };
      const browser = { daily: JSON.stringify(run.daily), kpis: JSON.stringify(run.kpis) };
      assert(browser.daily.length > 1000, `the browser's daily KPIs are ${browser.daily.length} characters`);
      for (const key of ['daily', 'kpis'] as const) {
        if (browser[key] === node[key]) continue;
        let i = 0;
        while (browser[key][i] === node[key][i]) i += 1;
        throw new Error(`${key} differ at character ${i}: browser …${browser[key].slice(Math.max(0, i - 60), i + 40)}… node …${node[key].slice(Math.max(0, i - 60), i + 40)}…`);
      }
    });
  });
}

/** A worker that cannot load: after the automatic retry fails, the page offers Restart, which recovers. */
export async function workerFailureCheck(b: Browser): Promise<void> {
  await check('a worker that cannot load is reported; Restart recovers', async () => {
    await inContext(b, { viewport: { width: 1440, height: 900 } }, async (context) => {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      const workerScript = /simulation\.worker[^/]*\.js$/;
      await page.route(workerScript, (route) => route.abort());
      await page.goto(BASE, { waitUntil: 'load' });
      await page.waitForSelector('#worker-alert[data-state="stopped"]:not([hidden])');
      assert(/worker stopped/.test((await page.textContent('#worker-alert-message')) ?? ''), 'the alert does not say the worker stopped');
      assert(await page.evaluate(() => document.activeElement?.id === 'restart'), 'focus is not on Restart');
      await page.screenshot({ path: join(SCREENSHOTS, 'worker-failed.png') });
      await page.unroute(workerScript);
      await page.click('#restart');
      await waitForState(page, ['paused']);
      await page.click('#step');
      await waitForDay(page, (d) => d === 1, 'day 1 after restart');
      assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
    });
  });
}

/** 1024 px wide: nothing overflows the page sideways, the panel and the charts are usable. */
export async function narrowLayoutCheck(b: Browser): Promise<void> {
  await check('at 1024, 800 and 420 px the page has no sideways scroll and every region shows', async () => {
    for (const width of [1024, 800, 420]) {
      await inContext(b, { viewport: { width, height: 768 } }, async (context) => {
        const { page, problems } = await watchedPage(context);
        await page.goto(`${BASE}?v=1&scenario=default&seed=42&horizon=90&day=10`, { waitUntil: 'load' });
        await waitForState(page, ['paused']);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert(overflow <= 0, `at ${width} px the page scrolls sideways by ${overflow} px`);
        for (const sel of ['#policy-panel', '#view', '#kpi-tiles', '#charts', '#daily-table', '#play', '#random-rate']) {
          assert(await page.isVisible(sel), `at ${width} px ${sel} is not visible`);
        }
        await page.screenshot({ path: join(SCREENSHOTS, `narrow-${width}.png`) });
        assert(problems.length === 0, problems.join('\n'));
      });
    }
  });
}

/** The view and the charts are optional: when their modules cannot load, the rest of the page runs. */
export async function optionalPanelsCheck(b: Browser): Promise<void> {
  await check('without the view and charts modules the page still runs and says what is missing', async () => {
    await inContext(b, { viewport: { width: 1440, height: 900 } }, async (context) => {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.route(/assets\/(view|charts)-[^/]*\.js$/, (route) => route.abort());
      await page.goto(BASE, { waitUntil: 'load' });
      await waitForState(page, ['paused']);
      await page.click('#step');
      await waitForDay(page, (d) => d === 1, 'day 1');
      await page.waitForSelector('#view[data-view="unavailable"]');
      assert(/not available/.test((await page.textContent('#view')) ?? ''), 'the view region does not say the view is missing');
      assert(/could not be shown|not available/.test((await page.textContent('#charts')) ?? ''), 'the charts region does not say the charts are missing');
      assert(Object.keys(await tileValues(page)).length >= 8, 'the KPI tiles are missing');
      assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
    });
  });
}

/** The system's reduced-motion setting ticks the switch. */
export async function reducedMotionCheck(b: Browser): Promise<void> {
  await check('reduced motion: the system setting is honoured and shown', async () => {
    await inContext(b, { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' }, async (context) => {
      const page = await context.newPage();
      await page.goto(BASE, { waitUntil: 'load' });
      await waitForState(page, ['paused']);
      assert(await page.isChecked('#reduced-motion'), 'the Reduce motion switch is not on');
    });
  });
}

/** A long run reports how far it is: while a link's run loads, and while a change re-runs it. */
export async function longRunProgressCheck(b: Browser): Promise<void> {
  await check('a long run shows how far it is while it loads and while a change re-runs it', async () => {
    await inContext(b, { viewport: { width: 1440, height: 900 } }, async (context) => {
      const page = await context.newPage();
      // A year of the default world at full traffic: seconds of simulation, in the browser's worker.
      await page.goto(`${BASE}?v=1&scenario=default&seed=5&horizon=365&day=365`, { waitUntil: 'load' });
      await page.waitForFunction(() => /Simulating the run: day [\d,]+ of 365/.test(document.querySelector('#kpi-tiles .empty')?.textContent ?? ''), undefined, { timeout: STEP_TIMEOUT_MS });
      await waitForState(page, ['finished'], 60_000);
      const revision = await revisionOf(page);
      await commitField(page, '#random-rate', '4');
      await page.waitForFunction(() => /Re-simulating with the new settings: day [\d,]+ of 365/.test(document.getElementById('charts-legend')?.textContent ?? ''), undefined, { timeout: STEP_TIMEOUT_MS });
      assert((await page.getAttribute('#charts', 'aria-busy')) === 'true', 'the charts are not marked busy during the re-run');
      await waitForCharts(page, revision + 1);
      await waitForState(page, ['finished'], 60_000);
      const legend = (await page.textContent('#charts-legend')) ?? '';
      assert(!(await page.isVisible('.legend-updating')), `the re-run's note is still shown: ${legend}`);
      assert(!/Re-simulating|Simulating the run/.test((await page.textContent('#kpi-baseline-note')) ?? ''), 'the tiles still say the run is being simulated');
    });
  });
}
