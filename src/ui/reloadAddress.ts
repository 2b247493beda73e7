/**
 * A reload must show the run the page last showed. The page writes its address when it is idle
 * (runPersistence.ts), and a reload loads the address the tab had when the reload began, before the
 * page's last write when it is left (pagehide): a change committed a moment before a reload would
 * come back without it. So the page keeps its last address in the tab's session storage when it is
 * left, and the next load of the tab reads it, if that load is a reload of the same page.
 */

/** Session storage key of the address kept for a reload. */
export const RELOAD_ADDRESS_KEY = 'customs-risk-lab/reload-address';

/**
 * The query a load should read: the kept address's on a reload (`navigationType` 'reload') of the
 * same page (origin and path), the loaded address's otherwise (a link followed, an address typed,
 * back or forward, nothing kept or a kept value that is not an address).
 */
export function searchForLoad(navigationType: string | undefined, kept: string | null, loadedHref: string): string {
  const loaded = new URL(loadedHref);
  if (navigationType !== 'reload' || kept === null) return loaded.search;
  let url: URL;
  try {
    url = new URL(kept);
  } catch {
    return loaded.search;
  }
  return url.origin === loaded.origin && url.pathname === loaded.pathname ? url.search : loaded.search;
}

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Keeps `href` for the next load of this tab (nothing happens where session storage is unavailable or full). */
export function keepAddressForReload(href: string): void {
  try {
    sessionStore()?.setItem(RELOAD_ADDRESS_KEY, href);
  } catch {
    // Storage full or denied: the reload falls back to the address as it was.
  }
}

/**
 * The query of this page load (see searchForLoad), with the kept address forgotten; when it is
 * the kept one, the address bar is brought in line with it.
 */
export function takeSearchForLoad(): string {
  const store = sessionStore();
  let kept: string | null = null;
  try {
    kept = store?.getItem(RELOAD_ADDRESS_KEY) ?? null;
    store?.removeItem(RELOAD_ADDRESS_KEY);
  } catch {
    kept = null;
  }
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const search = searchForLoad(navigation?.type, kept, window.location.href);
  if (search !== window.location.search) {
    const url = new URL(window.location.href);
    url.search = search;
    window.history.replaceState(null, '', url.toString());
  }
  return search;
}
