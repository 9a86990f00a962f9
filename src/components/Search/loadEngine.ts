/**
 * Loads the search engine and this locale's index on first use, once, both fetched in parallel
 * only when a reader starts to search: the engine is its own chunk, the index a static JSON file
 * with a content-hashed name (importing it gives only its URL).
 */
import type {SearchEngine, SearchIndexFile} from '@site/plugins/standards-compiler/search/searchIndex';
import indexUrl from '@generated/standards-compiler/default/search-index.json';

let pending: Promise<SearchEngine> | undefined;

async function fetchIndex(): Promise<SearchIndexFile> {
  const response = await fetch(indexUrl);
  if (!response.ok) throw new Error(`${indexUrl}: ${response.status} ${response.statusText}`);
  return (await response.json()) as SearchIndexFile;
}

export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= Promise.all([fetchIndex(), import(/* webpackChunkName: "search-engine" */ '@site/plugins/standards-compiler/search/searchIndex')]).then(
    ([file, engine]) => new engine.SearchEngine(file),
  );
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
