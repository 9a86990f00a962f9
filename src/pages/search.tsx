import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';
import type {SearchFilters} from '@site/src/core/search/engine';
import Filters from '@site/src/components/Search/Filters';
import Highlight from '@site/src/components/Search/Highlight';
import HitContent from '@site/src/components/Search/HitContent';
import Suggestions from '@site/src/components/Search/Suggestions';
import {groupByStandard, parseSearchParams, searchParamsOf} from '@site/src/components/Search/results';
import styles from '@site/src/components/Search/styles.module.css';
import {useSearch} from '@site/src/components/Search/useSearch';
import useStandards from '@site/src/components/useStandards';
import Layout from '@theme/Layout';
import React, {useEffect, useState} from 'react';

const PAGE_LIMIT = 60;

/** `/search?q=...`: every result of a query, grouped by standard, with the query and filters in the URL. */
export default function Search(): React.ReactElement {
  const location = useLocation();
  const history = useHistory();
  const {headingOf} = useStandards();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [focused, setFocused] = useState(false);

  // The URL's query is read after hydration: the static page is the same for every query.
  useEffect(() => {
    const parsed = parseSearchParams(location.search);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the static HTML is one page for every query: the URL's is read once hydrated
    setQuery(parsed.query);
    setFilters(parsed.filters);
    // Only on arrival: afterwards the state writes the URL, not the other way round.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (nextQuery: string, nextFilters: SearchFilters) => {
    setQuery(nextQuery);
    setFilters(nextFilters);
    history.replace({pathname: location.pathname, search: searchParamsOf(nextQuery, nextFilters)});
  };

  const {status, hits, suggestions, themes} = useSearch(query, filters, {
    active: focused || query !== '',
    limit: PAGE_LIMIT,
  });
  const groups = groupByStandard(hits);

  return (
    <Layout
      title={translate({id: 'search.title', message: 'Search'})}
      description={translate({
        id: 'search.description',
        message: 'Search standards and clauses in English or Chinese.',
      })}
    >
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="search.heading">Search standards and clauses</Translate>
        </h1>
        <form role="search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="search-page-query">
            <Translate id="search.label">Word, phrase or clause number, in English or Chinese</Translate>
          </label>
          <input
            id="search-page-query"
            className="search-page__input"
            type="search"
            value={query}
            autoComplete="off"
            onFocus={() => setFocused(true)}
            onChange={(e) => update(e.target.value, filters)}
          />
          <Filters filters={filters} themes={themes} onChange={(next) => update(query, next)} />
        </form>
        <p className={styles.status} role="status">
          {status === 'loading' && <Translate id="search.status.loading">Loading the index…</Translate>}
          {status === 'failed' && (
            <Translate id="search.status.failed">
              The index could not be loaded. Reload the page to try again.
            </Translate>
          )}
          {status === 'ready' && query.trim() !== '' && (
            <Translate id="search.status.count" values={{count: hits.length, query}}>
              {'{count} results for “{query}”'}
            </Translate>
          )}
        </p>
        <Suggestions words={suggestions} onPick={(word) => update(word, filters)} />
        {groups.map((group) => (
          <section key={group.standard} aria-labelledby={`search-group-${group.standard}`}>
            <h2 id={`search-group-${group.standard}`}>
              <Highlight text={headingOf(group.standard)} terms={group.terms} />
            </h2>
            <ul className={styles.results}>
              {group.hits.map((hit) => (
                <li key={hit.id}>
                  <Link to={hit.href}>
                    <HitContent hit={hit} />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
