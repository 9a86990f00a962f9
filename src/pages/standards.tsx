import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {StandardsGlobalData} from '@site/src/core/pageData';
import {STANDARD_KINDS, type Locale} from '@site/src/core/vocabulary';
import {StatusBadge} from '@site/src/components/StatusBadge';
import {useLabels} from '@site/src/components/labels';
import Layout from '@theme/Layout';
import React from 'react';
import {standardRoute} from '@site/src/core/paths';
import {compareText} from '@site/src/core/text';

/** Every standard, grouped by kind, with its status. */
export default function Standards(): React.ReactElement {
  const vocabulary = useLabels();
  const {standards} = usePluginData('standards-compiler') as StandardsGlobalData;
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const kinds = vocabulary.kinds;
  return (
    <Layout
      title={translate({id: 'standards.title', message: 'Standards'})}
      description={translate({id: 'standards.description', message: 'Every standard and certification in the atlas.'})}
    >
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="standards.heading">Standards and certifications</Translate>
        </h1>
        {STANDARD_KINDS.map((kind) => {
          const ofKind = standards
            .filter((s) => s.kind === kind)
            .sort((a, b) => compareText(locale)(a.names[locale].name, b.names[locale].name));
          if (ofKind.length === 0) return null;
          return (
            <section key={kind}>
              <h2>{kinds[kind]}</h2>
              <ul>
                {ofKind.map((s) => (
                  <li key={s.id}>
                    <Link to={standardRoute(s.id)}>{s.names[locale].name}</Link> <StatusBadge view={s} />
                    <br />
                    {s.summary[locale]}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
