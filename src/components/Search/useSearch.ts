/**
 * Runs a query against this locale's index. Nothing is fetched until `active` is true (the reader
 * focused the box, opened the dialog or arrived with a query); then results follow every keystroke.
 */
import type {SearchEngine, SearchFilters, SearchHit} from '@site/plugins/standards-compiler/search/searchIndex';
import {useEffect, useMemo, useState} from 'react';
import {loadSearchEngine} from './loadEngine';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'failed';

export function useSearch(query: string, filters: SearchFilters, {active, limit}: {active: boolean; limit: number}) {
  const [engine, setEngine] = useState<SearchEngine>();
  const [status, setStatus] = useState<SearchStatus>('idle');

  useEffect(() => {
    if (!active || engine) return;
    let live = true;
    setStatus('loading');
    loadSearchEngine().then(
      (loaded) => {
        if (!live) return;
        setEngine(loaded);
        setStatus('ready');
      },
      () => live && setStatus('failed'),
    );
    return () => {
      live = false;
    };
  }, [active, engine]);

  const {standard, kind, theme} = filters;
  const hits: SearchHit[] = useMemo(
    () => (engine && query.trim() ? engine.search(query, {limit, filters: {standard, kind, theme}}) : []),
    [engine, query, limit, standard, kind, theme],
  );
  return {status, hits, themes: engine?.themes ?? []};
}
