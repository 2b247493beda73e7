/**
 * The policy panel in the running app: a change re-simulates to the same day with the old run as
 * the baseline, bad input is refused with its reason, staffing and profiles take effect, and a
 * profile goes live only after its dry run.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assert, changeAndWait, check, commitField, dayOf, revisionOf, SCREENSHOTS, settledAddress, sleep, tileValues, waitForCharts, waitForState } from './harness';

/** Runs the policy checks on a page whose run is paused a few days in, at the built-in policy. */
export async function policyChecks(page: Page): Promise<void> {
  await check('a policy change re-simulates to the same day: tiles and charts marked busy meanwhile, KPIs respond, the old run stays as the baseline', async () => {
    const day = await dayOf(page);
    const before = await tileValues(page);
    const revision = await revisionOf(page);
    // Committed in the page: the request leaves and the page renders synchronously, so what the
    // charts and tiles say while the re-run is computed can be read before it arrives.
    const during = await page.evaluate(() => {
      const input = document.getElementById('random-rate') as HTMLInputElement;
      input.value = '5';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return { state: document.body.dataset['runState'], charts: document.getElementById('charts')?.getAttribute('aria-busy'), tiles: document.getElementById('kpi-tiles')?.getAttribute('aria-busy') };
    });
    assert(during.state === 'recomputing' && during.charts === 'true' && during.tiles === 'true', `while re-running: ${JSON.stringify(during)}`);
    await waitForCharts(page, revision + 1);
    await waitForState(page, ['paused']);
    const settled = { charts: await page.getAttribute('#charts', 'aria-busy'), tiles: await page.getAttribute('#kpi-tiles', 'aria-busy') };
    assert(settled.charts === 'false' && settled.tiles === 'false', `after the re-run: ${JSON.stringify(settled)}`);
    assert((await dayOf(page)) === day, `the new run is at day ${await dayOf(page)}, not ${day}`);
    const after = await tileValues(page);
    assert(JSON.stringify(after['hitRate']) !== JSON.stringify(before['hitRate']), `hit rate tile did not respond: ${JSON.stringify(after['hitRate'])}`);
    assert(JSON.stringify(after['declarations']) === JSON.stringify(before['declarations']), 'the same traffic should arrive under a new policy (common random numbers)');
    assert((await page.getAttribute('#charts', 'data-baseline')) === 'true', 'no baseline in the charts');
    assert(((await page.textContent('#charts-legend')) ?? '').includes('Baseline'), 'the legend does not name the baseline');
    assert((await page.$$('#kpi-tiles .figure-baseline')).length > 0, 'the KPI tiles do not show the baseline figures');
    assert(/random 5%/.test((await page.textContent('#charts-legend')) ?? ''), `legend: ${await page.textContent('#charts-legend')}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'policy-baseline.png') });
  });

  await check('the administration view follows a re-run: a selected consignment shows its lane under the new policy', async () => {
    const state = await page.getAttribute('#view', 'data-view');
    if (state !== 'ready') {
      assert(/not available/.test((await page.textContent('#view')) ?? ''), `the view is "${state}" without saying why`);
      return;
    }
    const rate = await page.inputValue('#random-rate');
    await page.focus('#view [role="application"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#view-details .details-title');
    const title = (await page.textContent('#view-details .details-title')) ?? '';
    // Everything selected at random: the same consignment (same traffic, same sample) is now in the red lane.
    await changeAndWait(page, '#random-rate', '100');
    try {
      await page.waitForFunction((t) => {
        const card = document.getElementById('view-details');
        return card?.querySelector('.details-title')?.textContent === t && /red lane/.test(card.textContent ?? '') && /random/.test(card.textContent ?? '');
      }, title, { timeout: 10_000 }).catch(() => undefined);
      const card = (await page.textContent('#view-details')) ?? '';
      assert(card.includes(title) && /red lane/.test(card) && /random/.test(card), `after the re-run the details of "${title}" say: ${card.slice(0, 300)}`);
    } finally {
      await changeAndWait(page, '#random-rate', rate);
    }
  });

  await check('invalid panel input is refused with the reason next to the field', async () => {
    const revision = await revisionOf(page);
    await commitField(page, '#random-rate', '250');
    assert(/at most 100/.test((await page.textContent('#random-rate-error')) ?? ''), `random rate error: "${await page.textContent('#random-rate-error')}"`);
    await commitField(page, '#threshold-red', '10');
    const redError = (await page.textContent('#threshold-red-error')) ?? '';
    assert(redError.length > 0 && (await page.isVisible('#threshold-red-error')), 'red threshold below yellow was not refused with a reason');
    await commitField(page, '#staff-port-physical', '-3');
    assert(/at least 0/.test((await page.textContent('#staff-port-physical-error')) ?? ''), 'negative staffing not refused');
    await sleep(300);
    assert((await revisionOf(page)) === revision, 'a refused value changed the run');
    for (const id of ['#random-rate', '#threshold-red', '#staff-port-physical']) await page.press(id, 'Escape');
  });

  await check('a staffing change re-simulates and the link records it', async () => {
    const before = await tileValues(page);
    await changeAndWait(page, '#staff-port-physical', '1');
    const after = await tileValues(page);
    assert(JSON.stringify(after['clearance']) !== JSON.stringify(before['clearance']) || JSON.stringify(after['detectionRate']) !== JSON.stringify(before['detectionRate']), 'neither clearance nor detection responded to fewer examination teams');
    const address = await settledAddress(page);
    assert(new URL(address).searchParams.has('p'), `the address does not hold the policy: ${address}`);
  });

  await check('a handling change re-simulates, moves the trade delay cost and goes in the link; a negative one is refused', async () => {
    const before = await tileValues(page);
    await changeAndWait(page, '#handling-port-physical', '240');
    const after = await tileValues(page);
    assert(JSON.stringify(after['delayCost']) !== JSON.stringify(before['delayCost']), `the trade delay cost did not respond: ${JSON.stringify(after['delayCost'])}`);
    const address = await settledAddress(page);
    assert(new URL(address).searchParams.has('p'), `the address does not hold the handling change: ${address}`);
    await commitField(page, '#handling-port-physical', '-1');
    assert(/at least 0/.test((await page.textContent('#handling-port-physical-error')) ?? ''), 'a negative handling time was not refused');
    await page.press('#handling-port-physical', 'Escape');
  });

  await check('Hide the baseline clears it from the charts and the tiles', async () => {
    await page.click('#clear-baseline');
    await page.waitForFunction(() => document.getElementById('charts')?.dataset['baseline'] === 'false');
    assert((await page.$$('#kpi-tiles .figure-baseline')).length === 0, 'the tiles still show the baseline');
    assert(!(await page.isVisible('#clear-baseline')), 'the button is still shown without a baseline');
  });

  await check('rules editor: a new profile shows its dry-run prediction before it goes live', async () => {
    const revision = await revisionOf(page);
    await page.click('#rule-add');
    await page.press('#rule-name', 'Escape');
    assert((await page.$$('#rule-form')).length === 0 && (await page.evaluate(() => document.activeElement?.id)) === 'rule-add', 'Escape did not close the form and return to Add profile');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#rule-form');
    await page.fill('#rule-name', 'E2E: vague descriptions');
    await page.selectOption('#cond-0-indicator', 'G1');
    await page.selectOption('#rule-status', 'active');
    await page.click('#rule-save');
    assert(/Preview/.test((await page.textContent('#rule-form-error')) ?? ''), 'an active profile was saved without a dry run');
    await page.click('#rule-preview');
    await page.waitForSelector('#rule-dryrun .dry-run-result');
    const matches = Number(await page.getAttribute('#rule-dryrun .dry-run-result', 'data-matches'));
    const text = (await page.textContent('#rule-dryrun')) ?? '';
    assert(matches > 0 && /declarations/.test(text), `dry run: ${matches} matches, "${text}"`);
    await page.locator('#rule-dryrun').scrollIntoViewIfNeeded();
    await page.locator('#policy-panel').screenshot({ path: join(SCREENSHOTS, 'rule-dry-run.png') });
    await page.click('#rule-save');
    await waitForCharts(page, revision + 1);
    await waitForState(page, ['paused']);
    const card = page.locator('li[data-rule]', { hasText: 'E2E: vague descriptions' });
    assert((await card.getAttribute('data-status')) === 'active', 'the profile is not listed as active');
    const hits = Number(((await card.locator('[data-stat="hits"]').textContent()) ?? '').replace(/,/g, ''));
    assert(hits > 0, `the live profile has ${hits} hits`);
  });

  await check('an unsaved profile comes back in its form after a reload; cancelled, it is gone', async () => {
    await page.click('#rule-add');
    await page.fill('#rule-name', 'E2E: unsaved draft');
    await page.click('#rule-add-condition');
    await page.selectOption('#cond-1-indicator', 'G3');
    await page.reload({ waitUntil: 'load' });
    await waitForState(page, ['paused']);
    await page.waitForSelector('#rule-form');
    assert((await page.inputValue('#rule-name')) === 'E2E: unsaved draft', `name after the reload: "${await page.inputValue('#rule-name')}"`);
    assert((await page.inputValue('#cond-1-indicator')) === 'G3', 'the second condition was not restored');
    assert(/Restored/.test((await page.textContent('#rule-form')) ?? ''), 'the form does not say it was restored');
    await page.click('#rule-cancel');
    await page.reload({ waitUntil: 'load' });
    await waitForState(page, ['paused']);
    assert((await page.$$('#rule-form')).length === 0, 'a cancelled draft came back after a reload');
  });

  await check('what is typed in the tip form comes back after a reload', async () => {
    await page.fill('#tip-reliability', '70');
    await page.fill('#tip-note', 'E2E: typed, not injected');
    await page.reload({ waitUntil: 'load' });
    await waitForState(page, ['paused']);
    assert((await page.inputValue('#tip-reliability')) === '70', `reliability after the reload: ${await page.inputValue('#tip-reliability')}`);
    assert((await page.inputValue('#tip-note')) === 'E2E: typed, not injected', `note after the reload: "${await page.inputValue('#tip-note')}"`);
    await page.fill('#tip-reliability', '80');
    await page.fill('#tip-note', '');
  });
}
