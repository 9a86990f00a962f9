import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import React from 'react';

/** A route that is reserved for a view still being built: it says so, and what to use meanwhile. */
export default function ComingSoon({title, description, coming}: {title: string; description: string; coming: React.ReactNode}): React.ReactElement {
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <p>{coming}</p>
        <p>
          <Translate
            id="comingSoon.meanwhile"
            values={{
              standards: (
                <Link to="/standards">
                  <Translate id="comingSoon.standardsLink">the standards' pages</Translate>
                </Link>
              ),
              api: <Link href="pathname:///api/standards.json">/api/standards.json</Link>,
            }}>
            {'Meanwhile, every fact is on {standards} and in {api}.'}
          </Translate>
        </p>
      </main>
    </Layout>
  );
}
