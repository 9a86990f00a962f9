import {translate} from '@docusaurus/Translate';
import {PUNCTUATION} from '@site/src/core/text';
import type {Locale} from '@site/src/core/vocabulary';
import type {CitedSource} from '@site/src/core/teaching/types';
import React from 'react';
import styles from './styles.module.css';

/**
 * Numbered sources for a table or a list with many facts: each fact carries its year and the
 * numbers of its sources, and the sources are listed once, under it. `scope` keeps two tables on one
 * page from sharing anchors.
 */
export function numberSources(scope: string, facts: readonly {sources: readonly CitedSource[]}[], locale: Locale) {
  const [open, close] = PUNCTUATION[locale].parenthesis;
  const numbers = new Map<string, number>();
  const listed: CitedSource[] = [];
  for (const fact of facts)
    for (const s of fact.sources)
      if (!numbers.has(s.id)) {
        numbers.set(s.id, listed.length + 1);
        listed.push(s);
      }
  const anchor = (id: string) => `${scope}-source-${id}`;
  const Ref = ({sources, asOf}: {sources: readonly CitedSource[]; asOf?: number}) => (
    <span className={styles.sources}>
      {asOf !== undefined && `${open.trim()}${asOf}${close}`}
      {sources.map((s) => (
        <a
          key={s.id}
          href={`#${anchor(s.id)}`}
          aria-label={translate(
            {id: 'standard.citation.sourceLabel', message: 'Source {number}'},
            {number: String(numbers.get(s.id))},
          )}
        >
          [{numbers.get(s.id)}]
        </a>
      ))}
    </span>
  );
  const List = () => (
    <ol className={styles.notes} aria-label={translate({id: 'learn.sources.label', message: 'Sources'})}>
      {listed.map((s) => (
        <li key={s.id} id={anchor(s.id)}>
          <cite lang={s.titleLanguage}>{s.url ? <a href={s.url}>{s.title}</a> : s.title}</cite>,{' '}
          <span lang={s.language}>{s.publisher}</span>, {s.year}
        </li>
      ))}
    </ol>
  );
  return {Ref, List};
}
