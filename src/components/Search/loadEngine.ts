/**
 * Loads the search engine and this locale's index on first use, once: the bundler splits both
 * into their own content-hashed chunks, fetched only when a reader starts to search.
 */
import type {SearchEngine} from '@site/plugins/standards-compiler/search/searchIndex';

let pending: Promise<SearchEngine> | undefined;

export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= Promise.all([
    import(/* webpackChunkName: "search-index" */ '@generated/standards-compiler/default/search-index.json'),
    import(/* webpackChunkName: "search-engine" */ '@site/plugins/standards-compiler/search/searchIndex'),
  ]).then(([file, engine]) => new engine.SearchEngine((file.default ?? file) as never));
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
