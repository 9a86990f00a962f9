/**
 * Registers the site's service worker (@docusaurus/plugin-pwa's own registration, with its offline
 * mode and its "new version, reload" prompt) once the page has loaded and the browser has been idle
 * a moment: the worker then downloads the locale for offline use, and that download must not
 * compete with the first page's own loading (on a 2-core machine it cost the advisor page 5 to 9
 * Lighthouse points).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** How long after the page's load event the worker is registered, at the browser's next idle moment. */
export const REGISTER_AFTER_LOAD_MS = 5000;

const register = () => void import('@docusaurus/plugin-pwa/lib/registerSw.js');

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  const later = () =>
    window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(register, {timeout: 5000});
      else register();
    }, REGISTER_AFTER_LOAD_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, {once: true});
}
