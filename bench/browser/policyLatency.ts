import type { Page } from 'playwright-core';

/**
 * Times "policy change -> updated charts" in the app: sets the random selection rate in the
 * policy panel and waits, inside the page, for the charts host to redraw the re-run with the
 * new policy revision (`crl:charts-rendered`, page contract in src/ui/main.ts), then for the
 * frame that shows it: the next animation frame, and a task after it (by then it is painted).
 */

/** How long to wait for one redraw before giving up, ms. */
const REDRAW_TIMEOUT_MS = 60_000;

/** One policy change, timed. */
export interface PolicyTiming {
  /** From committing the value to the charts showing the new run, ms. */ readonly totalMs: number;
  /** From committing the value to the end of the frame that paints it, ms. */ readonly paintedMs: number;
  /** The worker's own time for the run (checking the request, simulating, the snapshot), ms; the rest is the page's share. */ readonly workerMs: number;
}

/** Times committing `percent` in the random-rate field until the charts show day `day` of the new run. */
export async function timePolicyChange(page: Page, percent: number, day: number): Promise<PolicyTiming> {
  return page.evaluate(
    ({ percent, day, timeout }) =>
      new Promise<PolicyTiming>((resolve, reject) => {
        const charts = document.getElementById('charts');
        const input = document.getElementById('random-rate');
        if (!(charts instanceof HTMLElement) || !(input instanceof HTMLInputElement)) {
          reject(new Error('the page has no #charts or #random-rate input'));
          return;
        }
        const before = Number(document.body.dataset['policyRevision'] ?? '-1');
        const timer = setTimeout(() => reject(new Error(`no chart redraw within ${timeout} ms`)), timeout);
        const onRendered = (): void => {
          const revision = Number(charts.dataset['revision'] ?? '-1');
          if (revision <= before || Number(charts.dataset['day'] ?? '0') !== day) return;
          clearTimeout(timer);
          charts.removeEventListener('crl:charts-rendered', onRendered);
          const totalMs = performance.now() - start, workerMs = Number(charts.dataset['computeMs'] ?? 'NaN');
          requestAnimationFrame(() => setTimeout(() => resolve({ totalMs, paintedMs: performance.now() - start, workerMs }), 0));
        };
        charts.addEventListener('crl:charts-rendered', onRendered);
        const start = performance.now();
        input.value = String(percent);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    { percent, day, timeout: REDRAW_TIMEOUT_MS },
  );
}
