import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

/**
 * Serves the built app (`dist/`) with Vite's preview server and starts Debian's Chromium, for the
 * browser benchmark. Both are closed by {@link closeBench}.
 */

/** What the benchmark runs against. */
export interface BenchTarget {
  /** The preview server. */ readonly server: PreviewServer;
  /** Base URL of the app, ending in `/`. */ readonly base: string;
  /** The browser. */ readonly browser: Browser;
}

const PORT = 4181;

/** Chromium flags: the same headless set as the end-to-end checks, software rendering. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'];

/** Starts the preview server on `root`'s `dist/` and launches Chromium (`CHROMIUM_PATH` or /usr/bin/chromium). */
export async function launchBench(root: string): Promise<BenchTarget> {
  const server = await preview({ root, logLevel: 'warn', preview: { port: PORT, strictPort: true, host: '127.0.0.1', open: false } });
  try {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
    return { server, base: `http://127.0.0.1:${PORT}/`, browser };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Closes the browser and the server, whatever state they are in. */
export async function closeBench(target: BenchTarget): Promise<void> {
  await target.browser.close().catch(() => undefined);
  await target.server.close().catch(() => undefined);
}
