import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Source} from '@site/src/core/schema';
import React from 'react';
import {sourceAnchor} from '../Citation/index';
import {localize} from '@site/src/core/text';

export default function SourceList({sources}: {sources: readonly Source[]}): React.ReactElement {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">
        <Translate id="standard.sources.heading">Sources</Translate>
      </h2>
      <ol className="source-list">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)}>
            {/* A source's title and publisher are in its own language: a Simplified Chinese title stays so on the Traditional site. */}
            <cite lang={source.titleLanguage ?? source.language}>
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
            </cite>
            {source.titleTranslated && localize(source.titleTranslated, locale) !== source.title && (
              <> ({localize(source.titleTranslated, locale)})</>
            )}
            . <span lang={source.language}>{source.publisher}</span>,{' '}
            {source.circa ? (
              <Translate id="standard.citation.circa" values={{year: String(source.year)}}>
                {'c. {year}'}
              </Translate>
            ) : (
              source.year
            )}
            .{source.note && <span className="source-list__note"> {localize(source.note, locale)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
