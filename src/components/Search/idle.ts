/**
 * When to load search before the reader asks for it: a few seconds after the page has loaded, in an
 * idle period, and not at all when the reader asked to save data or the connection is slow (2G).
 * Plain DOM, no import: the site's search box (warmUp.ts), the search benchmark's page and the
 * service worker's registration (src/clientModules/registerServiceWorker.ts) share it.
 */

/** How long after the page's load event the warm-up waits: past the page's own start-up work. */
export const WARM_UP_AFTER_LOAD_MS = 3000;

interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/** Whether the reader's connection asks for no speculative downloads. */
export const connectionConstrained = (): boolean => {
  const connection = (navigator as Navigator & {connection?: NetworkInformation}).connection;
  return Boolean(connection?.saveData || /(^|-)2g$/.test(connection?.effectiveType ?? ''));
};

/**
 * Runs `run` once, in an idle period `afterMs` after the page's load event (the search warm-up's
 * wait by default), unless the connection is constrained.
 */
export function whenIdleAfterLoad(run: () => void, afterMs: number = WARM_UP_AFTER_LOAD_MS): void {
  if (typeof window === 'undefined' || connectionConstrained()) return;
  const idle = () =>
    'requestIdleCallback' in window ? window.requestIdleCallback(run, {timeout: 2000}) : setTimeout(run, 0);
  const start = () => setTimeout(idle, afterMs);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, {once: true});
}
