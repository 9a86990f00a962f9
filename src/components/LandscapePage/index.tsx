import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {LandscapePageProps} from '@site/src/core/pageData';
import {FAMILIES, STANDARD_KINDS, type Locale} from '@site/src/core/vocabulary';
import Layout from '@theme/Layout';
import React, {useMemo} from 'react';
import {SourceNumbers} from '../Citation/index';
import SourceList from '../SourceList/index';
import {useLabels} from '../labels';
import StandardGroups from './_components/StandardGroups/index';
import Timeline from './_components/Timeline/index';
import Accreditation from './_components/Accreditation/index';
import {buildTimeline, groupBy} from './_utils';

/** The landscape for trainers: standards by kind and by family, and the timeline of editions. */
export default function LandscapePage({page}: {page: LandscapePageProps}): React.ReactElement {
  const vocabulary = useLabels();
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const {standards, sources} = page;
  const numbers = useMemo(() => new Map(sources.map((s, i) => [s.id, i + 1])), [sources]);
  const kinds = vocabulary.kinds;
  const families = vocabulary.families;
  const nameOf = (id: string) => standards.find((s) => s.id === id)?.names[locale].name ?? id;
  return (
    <Layout
      title={translate({id: 'landscape.title', message: 'The landscape of standards'})}
      description={translate({
        id: 'landscape.description',
        message: 'Contact-centre standards by kind and by family, and their editions over time.',
      })}
    >
      <SourceNumbers.Provider value={numbers}>
        <main className="container margin-vert--lg landscape">
          <h1>
            <Translate id="landscape.heading">The landscape of contact-centre standards</Translate>
          </h1>
          <p>
            <Translate id="landscape.lead">
              Every standard and certification in the atlas, grouped two ways, with the question each one answers; then
              every edition year by year. Standards that are no longer current say so and link to their successor on
              their own page.
            </Translate>
          </p>
          <StandardGroups
            headingId="by-kind"
            heading={<Translate id="landscape.byKind">By kind</Translate>}
            groups={groupBy(standards, STANDARD_KINDS, (s) => [s.kind]).map((g) => ({...g, label: kinds[g.key]}))}
          />
          <StandardGroups
            headingId="by-family"
            heading={<Translate id="landscape.byFamily">By family</Translate>}
            groups={groupBy(standards, FAMILIES, (s) => s.families).map((g) => ({...g, label: families[g.key]}))}
          />
          <Timeline years={buildTimeline(page)} nameOf={nameOf} />
          <Accreditation bodies={page.landscape.accreditation ?? []} regionNames={page.regionNames} />
          <SourceList sources={sources} />
        </main>
      </SourceNumbers.Provider>
    </Layout>
  );
}
