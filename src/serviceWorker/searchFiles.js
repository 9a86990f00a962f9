/**
 * Custom code of the site's service worker (@docusaurus/plugin-pwa's `swCustom`).
 * - The gzipped search files, which the precache does not list (it takes .json, not .gz), are
 *   served from their own cache, which the page fills as soon as the worker is ready
 *   (src/clientModules/saveSearchForOffline.ts) and this worker fills too when it fetches one: their
 *   names carry their content's hash, so a kept file is never stale. Search then works offline.
 * - The worker takes control of the open pages as soon as it is active, so that the page of a
 *   first visit is served offline too, not only the pages opened after it.
 */
/* global self, caches, fetch, URL -- a service worker's globals */
// The same name as SEARCH_FILES_CACHE in src/clientModules/saveSearchForOffline.ts.
const CACHE = 'atlas-search-files';
const SEARCH_FILE = /\/assets\/search\/[^/]+\.gz$/;

export default function searchFiles(params) {
  if (!params.offlineMode) return;
  self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
  self.addEventListener('fetch', (event) => {
    const {request} = event;
    if (request.method !== 'GET' || !SEARCH_FILE.test(new URL(request.url).pathname)) return;
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const kept = await cache.match(request);
        if (kept) return kept;
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      }),
    );
  });
}
