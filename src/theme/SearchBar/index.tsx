/**
 * The navbar's search box (theme-classic renders `{type: 'search'}` through @theme/SearchBar): a
 * button, and Ctrl/Cmd+K, open a dialog whose combobox shows results as the reader types, grouped
 * by standard. Arrows move through the results, Enter opens one, Escape closes the dialog.
 */
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import type {SearchFilters, SearchHit} from '@site/src/core/search/engine';
import Filters from '@site/src/components/Search/Filters';
import Highlight from '@site/src/components/Search/Highlight';
import HitContent from '@site/src/components/Search/HitContent';
import Suggestions from '@site/src/components/Search/Suggestions';
import {groupByStandard, searchParamsOf} from '@site/src/components/Search/results';
import {loadSearchEngine} from '@site/src/components/Search/loadEngine';
import {warmSearch, warmSearchWhenIdle} from '@site/src/components/Search/warmUp';
import {useSearch} from '@site/src/components/Search/useSearch';
import useStandards from '@site/src/components/useStandards';
import React, {useCallback, useEffect, useId, useRef, useState} from 'react';
import styles from './styles.module.css';

const BOX_LIMIT = 12;

export default function SearchBar(): React.ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [active, setActive] = useState(0);
  const {headingOf} = useStandards();
  const history = useHistory();
  const {withBaseUrl} = useBaseUrlUtils();
  const searchPage = useBaseUrl('/search');
  const id = useId();
  const {status, hits, suggestions, themes} = useSearch(query, filters, {active: open, limit: BOX_LIMIT});
  const groups = groupByStandard(hits);
  // The listbox shows groups in order; arrows walk the hits in that same order.
  const ordered = groups.flatMap((g) => g.hits);

  const show = useCallback(() => {
    // Start fetching the index now, before React renders the open dialog: the reader is about to type.
    void loadSearchEngine().catch(() => undefined);
    setOpen(true);
    if (!dialog.current?.open) dialog.current?.showModal();
    input.current?.select();
  }, []);
  const close = () => dialog.current?.close();

  // The engine loads before the box opens: when the page is idle, or on the first sign of intent.
  useEffect(() => warmSearchWhenIdle(), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Control' || e.key === 'Meta') warmSearch();
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  const go = (hit: SearchHit) => {
    close();
    const target = new URL(withBaseUrl(hit.href), window.location.href);
    // On the same page only the hash changes: set it so the page opens and scrolls to the clause.
    if (target.pathname === window.location.pathname && target.search === window.location.search && target.hash)
      window.location.assign(target.hash);
    else history.push(target.pathname + target.search + target.hash);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' && ordered.length) {
      e.preventDefault();
      setActive((i) => (i + 1) % ordered.length);
    } else if (e.key === 'ArrowUp' && ordered.length) {
      e.preventDefault();
      setActive((i) => (i - 1 + ordered.length) % ordered.length);
    } else if (e.key === 'Enter' && ordered[active]) {
      e.preventDefault();
      go(ordered[active]);
    }
  };

  const optionId = (hit: SearchHit) => `${id}-hit-${hit.id}`;
  const listId = `${id}-results`;
  const label = translate({id: 'search.box.label', message: 'Search standards and clauses'});

  return (
    <>
      <button
        type="button"
        className={styles.open}
        onClick={show}
        onPointerEnter={warmSearch}
        onFocus={warmSearch}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <Translate id="search.box.button">Search</Translate> <kbd className={styles.kbd}>Ctrl K</kbd>
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-label={label} onClose={() => setOpen(false)}>
        <div className={styles.header}>
          <input
            ref={input}
            className={styles.input}
            type="text"
            role="combobox"
            aria-label={label}
            aria-expanded={ordered.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={ordered[active] ? optionId(ordered[active]) : undefined}
            placeholder={translate({id: 'search.box.placeholder', message: 'A word, a phrase or a clause number'})}
            autoComplete="off"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="button" className={styles.close} onClick={close}>
            <Translate id="search.box.close">Close</Translate>
          </button>
        </div>
        <Filters
          filters={filters}
          themes={themes}
          onChange={(next) => {
            setFilters(next);
            setActive(0);
          }}
        />
        <p className={styles.status} role="status">
          {status === 'loading' && <Translate id="search.status.loading">Loading the index…</Translate>}
          {status === 'failed' && (
            <Translate id="search.status.failed">
              The index could not be loaded. Reload the page to try again.
            </Translate>
          )}
          {status === 'ready' && query.trim() !== '' && hits.length === 0 && (
            <Translate id="search.box.none" values={{query}}>
              {'Nothing found for “{query}”'}
            </Translate>
          )}
        </p>
        <Suggestions
          words={suggestions}
          onPick={(word) => {
            setQuery(word);
            setActive(0);
            input.current?.focus();
          }}
        />
        <div
          id={listId}
          role="listbox"
          aria-label={translate({id: 'search.box.results', message: 'Results'})}
          className={styles.listbox}
        >
          {groups.map((group) => (
            <div key={group.standard} role="group" aria-labelledby={`${id}-group-${group.standard}`}>
              <div id={`${id}-group-${group.standard}`} role="presentation" className={styles.group}>
                <Highlight text={headingOf(group.standard)} terms={group.terms} />
              </div>
              {group.hits.map((hit) => {
                const selected = ordered[active] === hit;
                return (
                  <div
                    key={hit.id}
                    id={optionId(hit)}
                    role="option"
                    aria-selected={selected}
                    className={selected ? `${styles.option} ${styles.selected}` : styles.option}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => go(hit)}
                  >
                    <HitContent hit={hit} />
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {query.trim() !== '' && (
          <p className={styles.more}>
            <Link to={`${searchPage}${searchParamsOf(query, filters)}`} onClick={close}>
              <Translate id="search.box.all">All results on the search page</Translate>
            </Link>
          </p>
        )}
      </dialog>
    </>
  );
}
