/**
 * Saves the search files for offline use once the site's service worker is ready
 * (src/serviceWorker/searchFiles.js serves them from this cache): the precache saves every page
 * but not the gzipped search files, and a reader may go offline before searching once.
 */
import indexGzipUrl from '@generated/standards-compiler/default/search-index.json.gz';
import snippetsGzipUrl from '@generated/standards-compiler/default/search-snippets.json.gz';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** The same name as CACHE in src/serviceWorker/searchFiles.js. */
export const SEARCH_FILES_CACHE = 'atlas-search-files';

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator && typeof caches !== 'undefined') {
  void navigator.serviceWorker.ready
    .then(async () => {
      const cache = await caches.open(SEARCH_FILES_CACHE);
      for (const url of [indexGzipUrl, snippetsGzipUrl]) if (!(await cache.match(url))) await cache.add(url);
    })
    // Offline already, or storage refused: search then works offline once it has run online.
    .catch(() => undefined);
}
