import type { Page } from 'playwright-core';

/**
 * How busy the page's main thread was over a stretch of time, from Chromium's own counters
 * (DevTools protocol `Performance.getMetrics`: task, script, layout and style durations of the
 * renderer's main thread). Frame times on a shared machine swing with the other processes' load;
 * the main thread's busy time says how much of each frame the page itself takes.
 */

/** Main-thread time spent over a window, ms. */
export interface MainThreadTime {
  /** All tasks. */ readonly taskMs: number;
  /** JavaScript. */ readonly scriptMs: number;
  /** Layout. */ readonly layoutMs: number;
  /** Style recalculation. */ readonly styleMs: number;
}

const METRICS = { taskMs: 'TaskDuration', scriptMs: 'ScriptDuration', layoutMs: 'LayoutDuration', styleMs: 'RecalcStyleDuration' } as const;

/** Runs `during` and returns its result with the main-thread time spent meanwhile. */
export async function withMainThreadTime<T>(page: Page, during: () => Promise<T>): Promise<{ result: T; time: MainThreadTime }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const read = async (): Promise<Record<string, number>> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    };
    const before = await read();
    const result = await during();
    const after = await read();
    const spent = (name: string): number => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
    return {
      result,
      time: { taskMs: spent(METRICS.taskMs), scriptMs: spent(METRICS.scriptMs), layoutMs: spent(METRICS.layoutMs), styleMs: spent(METRICS.styleMs) },
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
