/**
 * What the service worker saves for offline use (@docusaurus/plugin-pwa, docusaurus.config.ts):
 * every page, script, style, image and data file of the locale, as Workbox's precache manifest
 * lists them, with two mends for this site:
 * - pages are listed by the address a reader opens: with `trailingSlash: false` a page is the file
 *   `learn/quiz.html`, opened as `/learn/quiz`, which the worker looks up as such (and as
 *   `/learn/quiz/index.html`), never with `.html`;
 * - the API (`api/`, downloads and JSON for other programs) and the other locales' folders stay
 *   out: each locale's worker saves its own site.
 * The gzipped search files are cached by the worker when first fetched (src/serviceWorker/).
 */
import type {ManifestEntry} from 'workbox-build';

export const PRECACHE_IGNORES = ['api/**', 'zh-Hans/**', 'zh-Hant/**', '**/*.map'];

/** Room for the largest search index (the Chinese ones, about 1 MB) and then some. */
export const PRECACHE_MAXIMUM_FILE_BYTES = 4 * 1024 * 1024;

/** A page's file as the address a reader opens it at; any other file as it is. */
export const pageAddress = (url: string): string =>
  url.endsWith('.html') && !url.endsWith('index.html') ? url.slice(0, -'.html'.length) : url;

export const pagesByAddress = async (
  entries: (ManifestEntry & {size: number})[],
): Promise<{manifest: (ManifestEntry & {size: number})[]; warnings: string[]}> => ({
  manifest: entries.map((entry) => ({...entry, url: pageAddress(entry.url)})),
  warnings: [],
});
