/**
 * Runs a query against this locale's index. Nothing is fetched until `active` is true (the reader
 * focused the box, opened the dialog or arrived with a query); then results follow every keystroke.
 * A query that finds nothing gets the field's nearest words as suggestions.
 * Results show their titles first and their snippets when the snippets file lands (loadEngine.ts).
 * When a result's match lies beyond its snippet, the texts are fetched once and its snippet
 * becomes the words around the match.
 */
import type {SearchEngine, SearchFilters, SearchHit} from '@site/src/core/search/engine';
import type {SearchSnippetsFile} from '@site/src/core/search/snippetsFile';
import type {SearchTextsFile} from '@site/src/core/search/textsFile';
import {useEffect, useMemo, useState} from 'react';
import {type ShownHit, showsMatch, snippetShowingMatch} from './results';
import {loadSearchEngine, loadSearchSnippets, loadSearchTexts} from './loadEngine';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'failed';

export function useSearch(query: string, filters: SearchFilters, {active, limit}: {active: boolean; limit: number}) {
  const [engine, setEngine] = useState<SearchEngine>();
  const [failed, setFailed] = useState(false);
  const [snippets, setSnippets] = useState<SearchSnippetsFile>();
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

  useEffect(() => {
    // Without them the results keep their titles: a failed load is not retried on every keystroke.
    if (!engine || snippets) return;
    let live = true;
    loadSearchSnippets().then(
      (loaded) => live && setSnippets(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [engine, snippets]);

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

  const withSnippets: ShownHit[] = useMemo(
    () => (snippets ? found.map((hit) => ({...hit, snippet: snippets.snippets[hit.id]})) : found),
    [found, snippets],
  );

  const hidesMatch = Boolean(snippets) && !texts && withSnippets.some((hit) => !showsMatch(hit));
  useEffect(() => {
    // Once fetched, the texts serve every later query; without them the snippets stay as they are.
    if (hidesMatch) loadSearchTexts().then(setTexts, () => undefined);
  }, [hidesMatch]);

  const hits: ShownHit[] = useMemo(
    () =>
      texts
        ? withSnippets.map((hit) =>
            hit.snippet === undefined
              ? hit
              : {
                  ...hit,
                  snippet: snippetShowingMatch(
                    {...hit, snippet: hit.snippet},
                    texts.texts[hit.id],
                    texts.snippetLength,
                  ),
                },
          )
        : withSnippets,
    [withSnippets, texts],
  );
  const status: SearchStatus = engine ? 'ready' : failed ? 'failed' : active ? 'loading' : 'idle';
  return {status, hits, suggestions, themes: engine?.themes ?? []};
}
