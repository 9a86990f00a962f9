/**
 * Runs a query against this locale's index. Nothing is fetched until `active` is true (the reader
 * focused the box, opened the dialog or arrived with a query); then results follow every keystroke.
 * A query that finds nothing gets the field's nearest words as suggestions.
 * When a result's match lies beyond its snippet, the texts are fetched once and its snippet
 * becomes the words around the match.
 */
import type {SearchEngine, SearchFilters, SearchHit} from '@site/src/core/search/engine';
import type {SearchTextsFile} from '@site/src/core/search/textsFile';
import {useEffect, useMemo, useState} from 'react';
import {showsMatch, snippetShowingMatch} from './results';
import {loadSearchEngine, loadSearchTexts} from './loadEngine';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'failed';

export function useSearch(query: string, filters: SearchFilters, {active, limit}: {active: boolean; limit: number}) {
  const [engine, setEngine] = useState<SearchEngine>();
  const [failed, setFailed] = useState(false);
  const [texts, setTexts] = useState<SearchTextsFile>();

  useEffect(() => {
    // A failed load is said once and not retried on every keystroke; a reload tries again.
    if (!active || engine || failed) return;
    let live = true;
    loadSearchEngine().then(
      (loaded) => live && setEngine(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [active, engine, failed]);

  const {standard, kind, theme} = filters;
  const found: SearchHit[] = useMemo(
    () => (engine && query.trim() ? engine.search(query, {limit, filters: {standard, kind, theme}}) : []),
    [engine, query, limit, standard, kind, theme],
  );

  // Nothing found: the field's nearest words instead of an empty panel.
  const suggestions: string[] = useMemo(
    () => (engine && query.trim() && found.length === 0 ? engine.suggest(query) : []),
    [engine, query, found],
  );

  const hidesMatch = !texts && found.some((hit) => !showsMatch(hit));
  useEffect(() => {
    // Once fetched, the texts serve every later query; without them the snippets stay as they are.
    if (hidesMatch) loadSearchTexts().then(setTexts, () => undefined);
  }, [hidesMatch]);

  const hits = useMemo(
    () =>
      texts
        ? found.map((hit) => ({...hit, snippet: snippetShowingMatch(hit, texts.texts[hit.id], texts.snippetLength)}))
        : found,
    [found, texts],
  );
  const status: SearchStatus = engine ? 'ready' : failed ? 'failed' : active ? 'loading' : 'idle';
  return {status, hits, suggestions, themes: engine?.themes ?? []};
}
