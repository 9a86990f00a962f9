/**
 * Loads this locale's search files on first use, once each. The engine (its own chunk) and the
 * index (a static file with a content-hashed name, gzipped where the browser can decompress it:
 * importing it gives only its URL) are
 * fetched in parallel when a reader starts to search; the texts only when a result's match lies
 * beyond its snippet.
 */
import type {SearchIndexFile} from '@site/src/core/search/engine';
import type {SearchTextsFile} from '@site/src/core/search/textsFile';
import indexUrl from '@generated/standards-compiler/default/search-index.json';
import indexGzipUrl from '@generated/standards-compiler/default/search-index.json.gz';
import {readSearchIndex, readsGzip} from '@site/src/core/search/readIndex';
import textsUrl from '@generated/standards-compiler/default/search-texts.json';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

/** This locale's index: gzipped where the browser can decompress it, else as JSON (readIndex.ts). */
async function fetchIndex(): Promise<SearchIndexFile> {
  const url = readsGzip() ? indexGzipUrl : indexUrl;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return readSearchIndex(response);
}

/** The promise of `load()`, made once; forgotten if it fails, so that a later call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = load();
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };
}

export const loadSearchEngine = once(() =>
  Promise.all([fetchIndex(), import(/* webpackChunkName: "search-engine" */ '@site/src/core/search/engine')]).then(
    ([file, engine]) => new engine.SearchEngine(file),
  ),
);

export const loadSearchTexts = once(() => fetchJson<SearchTextsFile>(textsUrl));
