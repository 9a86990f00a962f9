import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PUNCTUATION} from '@site/src/core/text';
import type {Locale} from '@site/src/core/vocabulary';
import type {CitedSource} from '@site/src/core/teaching/types';
import React from 'react';
import styles from './styles.module.css';

/**
 * "[as of 2026: ISO, 2015; BSI, 2013]": the year a fact describes and where it comes from, each
 * source linked to its own address where it has one, its title in the link's tooltip.
 */
export default function Sources({sources, asOf}: {sources: readonly CitedSource[]; asOf?: number}): React.ReactElement {
  const punctuation = PUNCTUATION[useDocusaurusContext().i18n.currentLocale as Locale];
  return (
    <span className={styles.sources}>
      [
      {asOf !== undefined && (
        <>
          {translate({id: 'standard.citation.asOf', message: 'as of {year}'}, {year: String(asOf)})}
          {sources.length > 0 && punctuation.label}
        </>
      )}
      {sources.map((s, i) => (
        <React.Fragment key={s.id}>
          {i > 0 && punctuation.items}
          {s.url ? (
            <a href={s.url} title={s.title} className={styles.source}>
              <span lang={s.language}>{s.publisher}</span>, {s.year}
            </a>
          ) : (
            <cite title={s.title} className={styles.source}>
              <span lang={s.language}>{s.publisher}</span>, {s.year}
            </cite>
          )}
        </React.Fragment>
      ))}
      ]
    </span>
  );
}
