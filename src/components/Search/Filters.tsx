import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {SEARCH_KINDS, type SearchKind} from '@site/src/core/search/kinds';
import type {SearchFilters} from '@site/src/core/search/engine';
import type {Locale} from '@site/src/core/vocabulary';
import React, {memo, useId, useMemo} from 'react';
import {useLabels} from '../labels';
import useStandards from '../useStandards';
import styles from './styles.module.css';

/**
 * Narrow results to one standard, one kind of result, one theme. Memoized: the search box
 * re-renders on every keystroke, and the filters do not change with the query.
 */
export default memo(function Filters({
  filters,
  themes,
  onChange,
}: {
  filters: SearchFilters;
  themes: {id: string; name: string}[];
  onChange: (filters: SearchFilters) => void;
}): React.ReactElement {
  const {standards} = useStandards();
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const kinds = useLabels().searchKinds;
  const all = translate({id: 'search.filter.all', message: 'All'});
  const id = useId();
  const sortedStandards = useMemo(() => {
    const {compare} = new Intl.Collator(locale);
    return [...standards].sort((a, b) => compare(a.names[locale].short, b.names[locale].short));
  }, [standards, locale]);
  return (
    <div className={styles.filters}>
      <span>
        <label htmlFor={`${id}-standard`}>
          <Translate id="search.filter.standard">Standard</Translate>
        </label>{' '}
        <select
          id={`${id}-standard`}
          value={filters.standard ?? ''}
          onChange={(e) => onChange({...filters, standard: e.target.value || undefined})}
        >
          <option value="">{all}</option>
          {sortedStandards.map((s) => (
            <option key={s.id} value={s.id}>
              {s.names[locale].short}
            </option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={`${id}-kind`}>
          <Translate id="search.filter.kind">Kind</Translate>
        </label>{' '}
        <select
          id={`${id}-kind`}
          value={filters.kind ?? ''}
          onChange={(e) => onChange({...filters, kind: (e.target.value || undefined) as SearchKind | undefined})}
        >
          <option value="">{all}</option>
          {SEARCH_KINDS.map((k) => (
            <option key={k} value={k}>
              {kinds[k]}
            </option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={`${id}-theme`}>
          <Translate id="search.filter.theme">Theme</Translate>
        </label>{' '}
        <select
          id={`${id}-theme`}
          value={filters.theme ?? ''}
          onChange={(e) => onChange({...filters, theme: e.target.value || undefined})}
        >
          <option value="">{all}</option>
          {themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </span>
    </div>
  );
});
