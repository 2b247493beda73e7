/**
 * The app in one browser context, as a trainee uses it: run, watch the KPIs and charts, step,
 * use the keyboard, change the policy (a baseline appears), be refused bad input, add a profile
 * after its dry run, export, reload, lose the worker and get it back.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { policyChecks } from './policyChecks';
import {
  assert, BASE, changeAndWait, check, commitField, dayOf, downloadText, paintWholePage, revisionOf, SCREENSHOTS, settledAddress, sleep, stateOf, tileValues, waitForCharts, waitForDay, waitForState, watchedPage,
} from './harness';

/** What later checks (share link, determinism) need from this session. */
export interface AppSession {
  /** The run's link, as the share panel shows it. */ readonly link: string;
  /** The KPI tiles when the link was taken. */ readonly tiles: Record<string, string[]>;
}

const statusText = async (page: Page): Promise<string> => (await page.textContent('#run-status')) ?? '';

/** Runs the main flow; returns the run's link and KPIs for the share-link check. */
export async function appChecks(b: Browser): Promise<AppSession | null> {
  const context = await b.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const { page, problems } = await watchedPage(context);
  let session: AppSession | null = null;

  await check('page loads: title, scenario, day 0 of 90, paused, charts drawn', async () => {
    await page.goto(BASE, { waitUntil: 'load' });
    assert((await page.title()) === 'Customs Risk Lab', `title is "${await page.title()}"`);
    await waitForState(page, ['paused']);
    const name = (await page.textContent('#scenario-name')) ?? '';
    assert(name.length > 0 && !name.includes('Loading'), `scenario name is "${name}"`);
    assert(((await page.textContent('#scenario-description')) ?? '').length > 20, 'no scenario description');
    assert((await dayOf(page)) === 0, 'the run does not start at day 0');
    assert((await page.textContent('#horizon'))?.trim() === '90', 'horizon is not 90 days');
    assert(/^Ready/.test(await statusText(page)), `status says "${await statusText(page)}"`);
    await waitForCharts(page, 0);
  });

  await check('play runs a day at a time until paused (day >= 3)', async () => {
    await page.click('#play');
    await waitForDay(page, (d) => d >= 3, 'day >= 3');
    assert((await page.textContent('#play .button-text')) === 'Pause', 'Play does not read Pause while running');
    assert((await page.getAttribute('#play', 'aria-pressed')) === 'true', 'Play is not aria-pressed while running');
    await page.click('#play');
    await waitForState(page, ['paused']);
    const stopped = await dayOf(page);
    await sleep(400);
    assert((await dayOf(page)) === stopped, 'days still advance after Pause');
  });

  await check('KPI tiles show numbers with units', async () => {
    const tiles = await page.$$eval('#kpi-tiles .tile', (nodes) => nodes.map((n) => ({
      key: n.getAttribute('data-kpi') ?? '', unit: n.querySelector('.tile-unit')?.textContent ?? '',
      values: [...n.querySelectorAll('.figure-value')].map((v) => v.textContent ?? ''),
    })));
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

  await check('charts follow the run: seven figures, each drawn as it comes into view, with summaries and a data table on demand', async () => {
    const day = await dayOf(page);
    await page.waitForFunction((d) => document.getElementById('charts')?.dataset['day'] === String(d), day);
    // Figures far from the viewport are drawn when they come near it (mountCharts.ts).
    for (const figure of await page.$$('#charts figure')) {
      await figure.scrollIntoViewIfNeeded();
      await sleep(50);
    }
    const figures = await page.$$eval('#charts figure', (nodes) => nodes.map((n) => ({
      id: n.getAttribute('data-chart-id'), marks: n.querySelectorAll('svg path, svg rect, svg circle').length, summary: n.querySelector('.chart-summary')?.textContent ?? '',
    })));
    assert(figures.length === 7, `${figures.length} chart figures`);
    for (const f of figures) {
      assert(f.marks > 5, `chart ${f.id} draws ${f.marks} marks`);
      assert(f.summary.length > 40, `chart ${f.id} summary is "${f.summary}"`);
    }
    await page.click('#charts figure[data-chart-id="daily"] .chart-table-toggle');
    const rows = await page.$$eval('#charts figure[data-chart-id="daily"] .chart-table tbody tr', (n) => n.length);
    assert(rows >= day, `daily data table has ${rows} rows for ${day} days`);
    await page.click('#charts figure[data-chart-id="daily"] .chart-table-toggle');
  });

  await check('daily table lists the simulated days, newest first', async () => {
    const day = await dayOf(page);
    const rows = await page.$$eval('#daily-table tbody tr', (nodes) => nodes.map((n) => n.getAttribute('data-day')));
    assert(rows.length === Math.min(day, 14), `${rows.length} rows for ${day} days`);
    assert(rows[0] === String(day), `first row is day ${rows[0]}, expected ${day}`);
  });

  await check('Step one day advances exactly one day', async () => {
    const before = await dayOf(page);
    await page.click('#step');
    await waitForDay(page, (d) => d === before + 1, `day ${before + 1}`);
    await sleep(300);
    assert((await dayOf(page)) === before + 1, 'stepped more than one day');
  });

  await check('keyboard: from the top of the page Tab reaches Step with a visible focus ring, Enter steps', async () => {
    await page.focus('.skip-link');
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'step');
    }
    assert(reached, 'Tab never reached the Step button');
    const outline = await page.$eval('#step', (n) => `${getComputedStyle(n).outlineStyle} ${getComputedStyle(n).outlineWidth}`);
    assert(!outline.startsWith('none') && !outline.endsWith(' 0px'), `no visible focus ring (outline: ${outline})`);
    const before = await dayOf(page);
    await page.keyboard.press('Enter');
    await waitForDay(page, (d) => d === before + 1, `day ${before + 1} after Enter`);
    assert(await page.evaluate(() => document.activeElement?.id === 'step'), 'focus left the Step button');
  });

  await check('an invalid seed is refused with a reason next to the field', async () => {
    const revision = await revisionOf(page);
    await commitField(page, '#seed', '12abc');
    assert(await page.isVisible('#seed-error'), 'seed error is not visible');
    assert(/whole number/.test((await page.textContent('#seed-error')) ?? ''), 'seed error does not say what is allowed');
    assert((await page.getAttribute('#seed', 'aria-invalid')) === 'true', 'seed field not marked aria-invalid');
    await page.locator('.controls-bar').screenshot({ path: join(SCREENSHOTS, 'seed-error.png') });
    await sleep(200);
    assert((await revisionOf(page)) === revision, 'the invalid seed changed the run');
    await page.fill('#seed', '42');
    await page.press('#seed', 'Escape');
  });

  await policyChecks(page);

  await check('screenshot of the working app saved', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'default.png') });
    // A full-page capture of the page as loaded would show blank boxes where sections out of
    // sight skip their paint and charts not yet near the viewport are not drawn.
    const restore = await paintWholePage(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'full-page.png'), fullPage: true });
    await restore();
    const blank = await page.$$eval('#charts figure', (figures) => figures.filter((f) => f.querySelectorAll('svg path, svg rect').length === 0).map((f) => f.getAttribute('data-chart-id')));
    assert(blank.length === 0, `charts still blank after scrolling through the page: ${blank.join(', ')}`);
  });

  await check('the administration view: keyboard browsing shows a consignment\'s details beside it', async () => {
    const state = await page.getAttribute('#view', 'data-view');
    if (state !== 'ready') {
      assert(/not available/.test((await page.textContent('#view')) ?? ''), `the view is "${state}" without saying why`);
      return;
    }
    await page.focus('#view [role="application"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#view-details .details-title');
    const title = (await page.textContent('#view-details .details-title')) ?? '';
    assert(/\d/.test(title) && (await page.$$('#view-details dd')).length > 3, `details: "${title}"`);
  });

  await check('export: the run as JSON, daily KPIs as CSV, a chart as SVG and PNG', async () => {
    const day = await dayOf(page);
    const json = await downloadText(page, '#export-json');
    const run = JSON.parse(json.text) as { format: string; days: number; daily: unknown[]; kpis: { declarations: number }; policy: { policy: { randomRate: number } } };
    assert(run.format === 'customs-risk-lab/run@1' && run.days === day && run.daily.length === day, `JSON: ${json.name}, format ${run.format}, ${run.days} days, ${run.daily.length} daily rows`);
    assert(run.policy.policy.randomRate === 0.05 && run.kpis.declarations > 0, 'JSON does not hold the policy in force and the KPIs');
    const csv = await downloadText(page, '#export-csv');
    const lines = csv.text.split('\r\n').filter((l) => l !== '' && !l.startsWith('#'));
    assert(lines[0]?.startsWith('day,') && lines.length === day + 1, `CSV: header "${lines[0]?.slice(0, 40)}", ${lines.length - 1} rows for ${day} days`);
    await page.selectOption('#chart-export-id', 'curve');
    const svg = await downloadText(page, '#export-svg');
    assert(svg.text.startsWith('<?xml') && svg.text.includes('<svg') && svg.name.endsWith('.svg'), `SVG export: ${svg.name}`);
    const png = await downloadText(page, '#export-png');
    assert(png.bytes.subarray(1, 4).toString('latin1') === 'PNG' && png.bytes.length > 2000, `PNG export: ${png.name}, ${png.bytes.length} bytes`);
  });

  await check('reload keeps the run and its baseline: same day, policy, profile, KPIs and comparison', async () => {
    const day = await dayOf(page);
    const tiles = await tileValues(page);
    const legend = (await page.textContent('#charts-legend')) ?? '';
    assert(/Baseline/.test(legend), 'no baseline before the reload (the profile change should have made one)');
    await page.reload({ waitUntil: 'load' });
    await waitForState(page, ['paused']);
    assert((await dayOf(page)) === day, `day ${await dayOf(page)} after reload, was ${day}`);
    assert((await page.inputValue('#random-rate')) === '5', `random rate ${await page.inputValue('#random-rate')} after reload`);
    assert((await page.inputValue('#staff-port-physical')) === '1', 'staffing lost on reload');
    assert((await page.locator('li[data-rule]', { hasText: 'E2E: vague descriptions' }).count()) === 1, 'profile lost on reload');
    assert(JSON.stringify(await tileValues(page)) === JSON.stringify(tiles), 'KPIs differ after reload');
    await page.waitForFunction(() => document.getElementById('charts')?.dataset['baseline'] === 'true');
    assert((await page.textContent('#charts-legend')) === legend, `legend after reload: "${await page.textContent('#charts-legend')}", before: "${legend}"`);
  });

  await check('a change committed a moment before a reload comes back with it', async () => {
    const day = await dayOf(page);
    // The address is written when the page is idle; the reload begins before that, in the same task.
    await page.evaluate(() => {
      const input = document.getElementById('random-rate') as HTMLInputElement;
      input.value = '6';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      location.reload();
    });
    await page.waitForLoadState('load');
    await waitForState(page, ['paused']);
    assert((await page.inputValue('#random-rate')) === '6', `random rate ${await page.inputValue('#random-rate')} after the reload, 6 committed`);
    assert((await dayOf(page)) === day, `day ${await dayOf(page)} after the reload, was ${day}`);
    assert(/p=/.test(await page.evaluate(() => location.search)), 'the address does not hold the policy after the reload');
    await changeAndWait(page, '#random-rate', '5');
  });

  await check('autosave: the bare address restores the saved session', async () => {
    const day = await dayOf(page);
    const tiles = await tileValues(page);
    await page.goto(BASE, { waitUntil: 'load' });
    await waitForState(page, ['paused']);
    assert((await dayOf(page)) === day, `day ${await dayOf(page)} from the autosave, was ${day}`);
    assert(JSON.stringify(await tileValues(page)) === JSON.stringify(tiles), 'KPIs differ after restoring the autosave');
    assert(!(await page.isVisible('#link-notice')), 'a good autosave showed the broken-link notice');
    session = { link: await page.inputValue('#share-link'), tiles };
  });

  await check('the worker is killed: the app says so and restarts it with the same policy and day', async () => {
    const day = await dayOf(page);
    const revision = await revisionOf(page);
    const tiles = await tileValues(page);
    const worker = page.workers().find((w) => /simulation/.test(w.url()));
    assert(worker, `no simulation worker among ${page.workers().map((w) => w.url()).join(', ')}`);
    await worker.evaluate(() => {
      setTimeout(() => {
        throw new Error('e2e: simulated worker crash');
      }, 0);
    });
    await page.waitForSelector('#worker-alert:not([hidden])');
    const message = (await page.textContent('#worker-alert-message')) ?? '';
    assert(/stopped/.test(message) && /same policy/.test(message), `alert says "${message}"`);
    await page.screenshot({ path: join(SCREENSHOTS, 'worker-restarting.png') });
    await page.waitForSelector('#worker-alert[data-state="recovered"]');
    await waitForState(page, ['paused']);
    assert((await dayOf(page)) === day, `back at day ${await dayOf(page)}, was ${day}`);
    assert((await revisionOf(page)) === revision, 'the policy changed across the restart');
    assert((await page.inputValue('#random-rate')) === '5', 'random rate lost across the restart');
    assert(JSON.stringify(await tileValues(page)) === JSON.stringify(tiles), 'KPIs differ after the restart (same policy, seed and day should give the same run)');
    await page.click('#step');
    await waitForDay(page, (d) => d === day + 1, `day ${day + 1} after the restart`);
  });

  await check('a new seed re-simulates to the same day and goes in the address', async () => {
    const day = await dayOf(page);
    await changeAndWait(page, '#seed', '7');
    assert((await dayOf(page)) === day, `day ${await dayOf(page)} after the seed change, was ${day}`);
    assert(/Seed 7\./.test(await statusText(page)), `status: ${await statusText(page)}`);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('seed') === '7');
  });

  await check('another scenario loads its own world and built-in policy, with no baseline to compare', async () => {
    const revision = await revisionOf(page);
    const name = (await page.textContent('#scenario-name')) ?? '';
    await page.selectOption('#scenario-select', 'developing');
    await waitForCharts(page, revision + 1);
    await waitForState(page, ['paused', 'finished']);
    const now = (await page.textContent('#scenario-name')) ?? '';
    assert(now !== name && now.length > 0, `scenario name still "${now}"`);
    assert((await page.getAttribute('#charts', 'data-baseline')) === 'false', 'a run of another world is shown as the baseline');
    assert((await page.inputValue('#random-rate')) !== '5', 'the new scenario kept the old policy');
    const address = await settledAddress(page);
    assert(new URL(address).searchParams.get('scenario') === 'developing', `address: ${address}`);
  });

  await check('Reset goes back to day 0; at full speed play runs to the horizon and stops there', async () => {
    await page.click('#reset');
    await waitForDay(page, (d) => d === 0, 'day 0 after Reset');
    await waitForState(page, ['paused']);
    await page.focus('#speed');
    await page.keyboard.press('End');
    assert(((await page.textContent('#speed-out')) ?? '').startsWith('60'), `speed shows ${await page.textContent('#speed-out')}`);
    await page.click('#play');
    await waitForState(page, ['finished'], 60_000);
    assert((await dayOf(page)) === 90, `stopped at day ${await dayOf(page)}`);
    assert(/^Run complete/.test(await statusText(page)), `status: ${await statusText(page)}`);
    assert((await page.getAttribute('#play', 'aria-disabled')) === 'true', 'Play still available after the horizon');
    assert((await page.getAttribute('#step', 'aria-disabled')) === 'true', 'Step still available after the horizon');
    await page.click('#step', { force: true });
    await sleep(300);
    assert((await dayOf(page)) === 90, 'stepped past the horizon');
    assert((await stateOf(page)) === 'finished', 'not finished after the horizon');
  });

  await check('no console errors, page errors or failed requests', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
  await context.close();
  return session;
}
