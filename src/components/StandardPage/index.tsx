import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {ProseBody, StandardPageProps} from '@site/src/core/pageData';
import type {Locale} from '@site/src/core/vocabulary';
import Layout from '@theme/Layout';
import React, {useMemo} from 'react';
import {useLabels} from '../labels';
import {SourceNumbers} from '../Citation/index';
import Clauses from './_components/Clauses/index';
import FactSheet from './_components/FactSheet/index';
import PresentLink from '@site/src/components/PresentLink';
import {StatusBadge} from '@site/src/components/StatusBadge';
import {statusViewOf} from '@site/src/core/statusFreshness';
import SourceList from '../SourceList/index';
import StatusBanner from './_components/StatusBanner/index';
import {localize} from '@site/src/core/text';

/**
 * The prose is raw HTML, which Docusaurus's link checker cannot see into: report its links and
 * anchors as Docusaurus's Link and Heading report theirs, so that the checker covers them too,
 * in every locale's build. The compiler has checked them already (crossCheckProse.ts).
 */
function useReportProse({links, anchors}: ProseBody): void {
  const brokenLinks = useBrokenLinks();
  links.forEach((link) => brokenLinks.collectLink(link));
  anchors.forEach((anchor) => brokenLinks.collectAnchor(anchor));
}

/** A standard's page: what it is, its status, its sourced facts, our prose, and the sources. */
export default function StandardPage({page}: {page: StandardPageProps}): React.ReactElement {
  const vocabulary = useLabels();
  const {standard, sources, body, regionNames, catalogues, themes, editionChanges, accreditation} = page;
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale as Locale;
  const names = standard.names[locale];
  const numbers = useMemo(() => new Map(sources.map((s, i) => [s.id, i + 1])), [sources]);
  const summary = localize(standard.summary, locale);
  useReportProse(body);

  return (
    <Layout title={names.name} description={summary}>
      <SourceNumbers.Provider value={numbers}>
        <main className="container margin-vert--lg standard-page">
          <header className="standard-page__header">
            <p className="standard-page__kicker">
              <StatusBadge view={statusViewOf(standard)} />{' '}
              <span className="badge badge--secondary">{vocabulary.kinds[standard.kind]}</span>
            </p>
            <h1>{names.name}</h1>
            {names.aliases && names.aliases.length > 0 && (
              <p className="standard-page__aliases">
                <Translate id="standard.aliases" values={{aliases: names.aliases.join(' · ')}}>
                  {'Also known as: {aliases}'}
                </Translate>
              </p>
            )}
            <p className="standard-page__summary">{summary}</p>
            <PresentLink deck={`standard=${standard.id}`} />
          </header>
          <StatusBanner standard={standard} />
          <FactSheet
            standard={standard}
            regionNames={regionNames}
            editionChanges={editionChanges}
            accreditation={accreditation}
          />
          <article className="standard-page__prose markdown" dangerouslySetInnerHTML={{__html: body.html}} />
          <Clauses catalogues={catalogues} themes={themes} />
          <SourceList sources={sources} />
        </main>
      </SourceNumbers.Provider>
    </Layout>
  );
}
