/**
 * Traders who respond, networks and intelligence in the running app: a compliance treatment
 * re-simulates the run and the tiers, the tier-move chart and the KPI tiles respond beside the
 * baseline; an injected tip is listed with its outcome, the share link replays it exactly and it
 * can be taken out again; the new charts carry text summaries and data tables.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { assert, BASE, changeAndWait, check, commitField, dayOf, inContext, revisionOf, SCREENSHOTS, settledAddress, sleep, tileValues, waitForCharts, waitForState, watchedPage } from './harness';

/** A run past the behaviour warm-up (30 days) at a small traffic scale, so re-runs are quick. */
const START = `${BASE}?v=1&scenario=default&seed=7&horizon=120&day=70&scale=0.3`;

/** The text summary of chart `id`. */
async function summaryOf(page: Page, id: string): Promise<string> {
  return (await page.textContent(`#charts figure[data-chart-id="${id}"] .chart-summary`)) ?? '';
}

/** Waits until chart `id`'s summary (rewritten at most once a second) contains `text`, and returns it. */
async function waitForSummary(page: Page, id: string, text: string): Promise<string> {
  await page.waitForFunction(([i, t]) => (document.querySelector(`#charts figure[data-chart-id="${i}"] .chart-summary`)?.textContent ?? '').includes(t), [id, text] as const);
  return summaryOf(page, id);
}

/**
 * A screenshot of one element as it reads: the sticky controls bar and the sticky, scrolling policy
 * panel are laid out statically for the shot (they would cover or clip it), then restored.
 */
async function shot(page: Page, selector: string, name: string): Promise<void> {
  const style = await page.addStyleTag({ content: '.controls-bar, .policy-panel { position: static !important; max-height: none !important; overflow: visible !important; }' });
  try {
    await page.locator(selector).screenshot({ path: join(SCREENSHOTS, name) });
  } finally {
    await style.evaluate((node) => (node as Element).remove());
  }
}

/** The number before `word` in `text` (`12 outreach` → 12), or NaN. */
function countBefore(text: string, word: string): number {
  const m = new RegExp(`([\\d,]+) ${word}`).exec(text);
  return m ? Number(m[1]!.replace(/,/g, '')) : Number.NaN;
}

/** Runs the checks in their own browser context. */
export async function behaviourChecks(b: Browser): Promise<void> {
  await inContext(b, { viewport: { width: 1440, height: 900 } }, async (context) => {
    const { page, problems } = await watchedPage(context);
    await page.goto(START, { waitUntil: 'load' });
    await waitForState(page, ['paused']);
    await page.waitForFunction(() => document.getElementById('charts')?.dataset['day'] === '70');

    await check('tiles show voluntary compliance and the AEO share of trade', async () => {
      const tiles = await tileValues(page);
      for (const key of ['voluntaryCompliance', 'aeoShare']) assert(/^\d+(\.\d+)?%$/.test(tiles[key]?.[0] ?? ''), `tile ${key} shows ${JSON.stringify(tiles[key])}`);
    });

    await check('the compliance pyramid is drawn over time from the daily tier counts', async () => {
      assert((await page.textContent('#charts figure[data-chart-id="pyramid"] svg')) ?.includes('over time'), 'the pyramid chart is not the over-time view');
      assert(/went from .* on day 1 to .* on day 70/.test(await summaryOf(page, 'pyramid')), `pyramid summary: ${await summaryOf(page, 'pyramid')}`);
    });

    await check('a compliance treatment re-simulates: tier moves and KPIs respond beside the baseline', async () => {
      const before = { tiles: await tileValues(page), moves: await summaryOf(page, 'moves'), pyramid: await summaryOf(page, 'pyramid') };
      assert(countBefore(before.moves, 'outreach') === 0, `outreach moves before any outreach: ${before.moves}`);
      await changeAndWait(page, '#treat-help-reach', '3000');
      assert((await dayOf(page)) === 70, `the new run is at day ${await dayOf(page)}`);
      const moves = await waitForSummary(page, 'moves', 'outreach 3000/month');
      assert(countBefore(moves, 'outreach') > 0, `no moves by outreach after reaching 3,000 traders a month: ${moves}`);
      assert(/Against baseline/.test(moves), `the tier-move summary does not compare with the baseline: ${moves}`);
      assert((await summaryOf(page, 'pyramid')) !== before.pyramid, 'the pyramid did not respond');
      const after = await tileValues(page);
      assert(JSON.stringify(after['declarations']) === JSON.stringify(before.tiles['declarations']), 'the same traffic should arrive under a new treatment');
      assert((await page.$$('#kpi-tiles [data-kpi="voluntaryCompliance"] .figure-baseline')).length === 1, 'the voluntary compliance tile has no "before" figure');
      assert((await page.getAttribute('#charts', 'data-baseline')) === 'true', 'no baseline in the charts');
      assert(/outreach 3000\/month/.test((await page.textContent('#charts-legend')) ?? ''), `legend: ${await page.textContent('#charts-legend')}`);
      assert(/\$1\.50M a month/.test((await page.textContent('[data-cost="help"]')) ?? ''), `outreach cost: ${await page.textContent('[data-cost="help"]')}`);
      await shot(page, '#treatments-section', 'treatments-section.png');
      await shot(page, '#charts figure[data-chart-id="moves"]', 'chart-moves.png');
      await shot(page, '#charts figure[data-chart-id="pyramid"]', 'chart-pyramid.png');
    });

    await check('treatment input out of range is refused beside the field', async () => {
      const revision = await revisionOf(page);
      await commitField(page, '#treat-force-multiplier', '50');
      assert(/at most 20/.test((await page.textContent('#treat-force-multiplier-error')) ?? ''), `error: "${await page.textContent('#treat-force-multiplier-error')}"`);
      await sleep(300);
      assert((await revisionOf(page)) === revision, 'a refused value changed the run');
      await page.press('#treat-force-multiplier', 'Escape');
    });

    let link = '';
    let tiles: Record<string, string[]> = {};
    await check('an injected tip is listed with its outcome; a bad one is refused beside its field', async () => {
      const revision = await revisionOf(page);
      await page.fill('#tip-reliability', '150');
      await page.click('#tip-inject');
      assert(/at most 100/.test((await page.textContent('#tip-reliability-error')) ?? ''), `reliability error: "${await page.textContent('#tip-reliability-error')}"`);
      await sleep(200);
      assert((await revisionOf(page)) === revision, 'a refused tip changed the run');
      await page.fill('#tip-reliability', '90');
      await page.selectOption('#tip-office', 'port');
      await page.selectOption('#tip-departure', 'CN');
      await page.selectOption('#tip-action', 'profile');
      await page.fill('#tip-note', 'E2E: CN into the port');
      await page.click('#tip-inject');
      await waitForCharts(page, revision + 1);
      await waitForState(page, ['paused']);
      const card = page.locator('#tip-list-open li[data-source="injected"]');
      assert((await card.count()) === 1, `${await card.count()} injected tips listed`);
      assert(/route from China \(CN\) into port/.test((await card.textContent()) ?? ''), `tip card: ${await card.textContent()}`);
      for (let i = 0; i < 3; i++) {
        const day = await dayOf(page);
        await page.click('#step');
        await page.waitForFunction((d) => document.body.dataset['day'] === String(d + 1) && document.body.dataset['runState'] === 'paused', day);
      }
      const outcome = (await page.locator('#tip-list li[data-source="injected"] [data-stat="outcome"]').textContent()) ?? '';
      assert(countBefore(outcome, 'selected') > 0, `the tip selected nothing in 3 days: ${outcome}`);
      assert(/1 tip injected in this run \(days 71\)/.test((await page.textContent('#tip-injected-count')) ?? ''), `injected count: ${await page.textContent('#tip-injected-count')}`);
      await shot(page, '#intelligence-section', 'intelligence-section.png');
      await page.waitForFunction(() => document.getElementById('charts')?.dataset['day'] === '73');
      link = await settledAddress(page);
      tiles = await tileValues(page);
    });

    await check('the new charts have summaries, data tables and the baseline', async () => {
      for (const id of ['moves', 'risk', 'intelligence']) {
        const summary = await waitForSummary(page, id, 'days 1–73');
        assert(summary.length > 80 && /baseline/i.test(summary), `chart ${id} summary: ${summary}`);
        await page.click(`#charts figure[data-chart-id="${id}"] .chart-table-toggle`);
        const rows = await page.$$eval(`#charts figure[data-chart-id="${id}"] .chart-table tbody tr`, (n) => n.length);
        assert(rows >= 10, `chart ${id} table has ${rows} rows`);
        await page.click(`#charts figure[data-chart-id="${id}"] .chart-table-toggle`);
      }
      assert(countBefore(await summaryOf(page, 'intelligence'), 'inspections') > 0, `intelligence summary: ${await summaryOf(page, 'intelligence')}`);
      await shot(page, '#charts figure[data-chart-id="risk"]', 'chart-risk.png');
      await shot(page, '#charts figure[data-chart-id="intelligence"]', 'chart-intelligence.png');
      assert(problems.length === 0, problems.join('\n'));
    });

    await check('the share link replays the treatment and the injected tip exactly', async () => {
      assert(link.includes('p='), `the address holds no policy: ${link}`);
      await inContext(b, { viewport: { width: 1440, height: 900 } }, async (fresh) => {
        const { page: other, problems: otherProblems } = await watchedPage(fresh);
        await other.goto(link, { waitUntil: 'load' });
        await waitForState(other, ['paused']);
        assert((await dayOf(other)) === 73, `day ${await dayOf(other)}, not 73`);
        const again = await tileValues(other);
        assert(JSON.stringify(again) === JSON.stringify(tiles), `KPIs differ:\n${JSON.stringify(again)}\n${JSON.stringify(tiles)}`);
        assert((await other.inputValue('#treat-help-reach')) === '3000', 'the link lost the outreach reach');
        const card = other.locator('#tip-list li[data-source="injected"]');
        assert((await card.count()) === 1 && /E2E: CN into the port/.test((await card.textContent()) ?? ''), 'the link lost the injected tip');
        assert(otherProblems.length === 0, otherProblems.join('\n'));
      });
    });

    await check('removing the injected tip re-runs the same days without it', async () => {
      const revision = await revisionOf(page);
      await page.click('#tip-injected [data-remove-tip="0"]');
      await waitForCharts(page, revision + 1);
      await waitForState(page, ['paused']);
      assert((await dayOf(page)) === 73, `day ${await dayOf(page)} after removing the tip`);
      assert((await page.locator('#tip-list li[data-source="injected"]').count()) === 0, 'the removed tip is still listed');
      assert((await page.locator('#tip-injected li').count()) === 0, 'the removed tip is still in the run');
      assert(/No tips injected/.test((await page.textContent('#tip-injected-count')) ?? ''), `injected count: ${await page.textContent('#tip-injected-count')}`);
      assert(problems.length === 0, problems.join('\n'));
    });
  });
}
