/**
 * Loads this locale's search files on first use, once each. The engine (its own chunk) and the
 * index (a static file with a content-hashed name, gzipped where the browser can decompress it:
 * importing it gives only its URL) are fetched in parallel when a reader starts to search (or the
 * page warms up: warmUp.ts); the snippets once the engine is made, so that their bytes never hold
 * up the index's and the first results show titles while the snippets are on their way; the texts
 * only when a result's match lies beyond its snippet.
 */
import type {SearchIndexFile} from '@site/src/core/search/indexFile';
import type {SearchEngine} from '@site/src/core/search/engine';
import type {SearchSnippetsFile} from '@site/src/core/search/snippetsFile';
import type {SearchTextsFile} from '@site/src/core/search/textsFile';
import indexUrl from '@generated/standards-compiler/default/search-index.json';
import indexGzipUrl from '@generated/standards-compiler/default/search-index.json.gz';
import snippetsUrl from '@generated/standards-compiler/default/search-snippets.json';
import snippetsGzipUrl from '@generated/standards-compiler/default/search-snippets.json.gz';
import textsUrl from '@generated/standards-compiler/default/search-texts.json';
import {readSearchFile, readsGzip} from '@site/src/core/search/readSearchFile';

/** A search file: gzipped where the browser can decompress it, else as JSON (readSearchFile.ts). */
async function fetchSearchFile<T>(url: string, gzipUrl?: string): Promise<T> {
  const chosen = gzipUrl && readsGzip() ? gzipUrl : url;
  const response = await fetch(chosen);
  if (!response.ok) throw new Error(`${chosen}: ${response.status} ${response.statusText}`);
  return readSearchFile<T>(response);
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

export const loadSearchSnippets = once(() => fetchSearchFile<SearchSnippetsFile>(snippetsUrl, snippetsGzipUrl));

export const loadSearchEngine = once((): Promise<SearchEngine> =>
  Promise.all([
    fetchSearchFile<SearchIndexFile>(indexUrl, indexGzipUrl),
    import(/* webpackChunkName: "search-engine" */ '@site/src/core/search/engine'),
  ]).then(([file, engine]) => {
    const made = new engine.SearchEngine(file);
    // Started here, not by whoever waits for the engine, so that a warm-up loads it too.
    void loadSearchSnippets().catch(() => undefined);
    return made;
  }),
);

export const loadSearchTexts = once(() => fetchSearchFile<SearchTextsFile>(textsUrl));
