/**
 * An automated accessibility audit of the running app with axe-core (Deque's rules engine: WCAG
 * 2.x A and AA rules such as colour contrast, names of controls, landmarks, ARIA use), in three
 * states: the top of the page as loaded, the whole page with every chart drawn, and a changed
 * policy (baseline shown) with the profile form open and the tip form showing its errors.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { assert, BASE, check, commitField, inContext, paintWholePage, revisionOf, waitForCharts, waitForState, watchedPage } from './harness';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One rule broken, where and why, as axe reports it. */
interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Runs axe on the page as it is now; the rules broken, each with up to three places. */
async function audit(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)}`),
    }));
  });
}

const describe = (state: string, violations: readonly Violation[]): string =>
  `${state}: ${violations.map((v) => `${v.id} (${v.impact ?? 'no impact'}: ${v.help}) at ${v.nodes.join('; ')}`).join(' | ')}`;

/** No axe violation in the three states. */
export async function accessibilityCheck(b: Browser): Promise<void> {
  await check('accessibility audit (axe-core, WCAG 2.1 A/AA and best practice): no violations, at the top, with every chart drawn, with a baseline and the forms open', async () => {
    await inContext(b, { viewport: { width: 1440, height: 900 } }, async (context) => {
      const { page, problems } = await watchedPage(context);
      await page.goto(`${BASE}?v=1&scenario=default&seed=42&horizon=90&day=10`, { waitUntil: 'load' });
      await waitForState(page, ['paused']);
      const found: string[] = [];
      const top = await audit(page);
      if (top.length > 0) found.push(describe('top of the page', top));
      await paintWholePage(page);
      const all = await audit(page);
      if (all.length > 0) found.push(describe('every chart drawn', all));
      const revision = await revisionOf(page);
      await commitField(page, '#random-rate', '3');
      await waitForCharts(page, revision + 1);
      await waitForState(page, ['paused']);
      await page.click('#rule-add');
      await page.fill('#tip-reliability', '150');
      await page.click('#tip-inject');
      await page.waitForSelector('#tip-reliability-error:not([hidden])');
      const changed = await audit(page);
      if (changed.length > 0) found.push(describe('baseline, forms open, a refused tip', changed));
      assert(found.length === 0, found.join('\n        '));
      assert(problems.length === 0, problems.join('\n'));
    });
  });
}
