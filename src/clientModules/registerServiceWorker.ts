/**
 * Registers the site's service worker (@docusaurus/plugin-pwa's own registration, with its offline
 * mode and its "new version, reload" prompt) once the page has loaded and the browser has been idle
 * a moment: the worker then downloads the locale for offline use, and that download must not
 * compete with the first page's own loading (on a 2-core machine it cost the advisor page 5 to 9
 * Lighthouse points). Like the search warm-up, it downloads nothing for a reader who asked to save
 * data or is on 2G: the whole locale is not a download to make unasked on such a connection.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {whenIdleAfterLoad} from '../components/Search/idle';

/** How long after the page's load event the worker is registered, at the browser's next idle moment. */
const REGISTER_AFTER_LOAD_MS = 5000;

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator)
  whenIdleAfterLoad(() => void import('@docusaurus/plugin-pwa/lib/registerSw.js'), REGISTER_AFTER_LOAD_MS);
