import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import React from 'react';

interface Path {
  to: string;
  title: React.ReactNode;
  who: React.ReactNode;
  action: React.ReactNode;
}

export default function Home(): React.ReactElement {
  const paths: Path[] = [
    {
      to: '/advisor',
      title: <Translate id="home.choose.title">Choose a certification</Translate>,
      who: (
        <Translate id="home.choose.who">
          For decision-makers: which certification fits your industry, region, budget and goals, with reasons, costs and
          time.
        </Translate>
      ),
      action: <Translate id="home.choose.action">Open the advisor</Translate>,
    },
    {
      to: '/landscape',
      title: <Translate id="home.teach.title">Teach the landscape</Translate>,
      who: (
        <Translate id="home.teach.who">
          For trainers: every standard by kind and by family, the question each answers, and their editions from 1979 to
          today.
        </Translate>
      ),
      action: <Translate id="home.teach.action">See the landscape</Translate>,
    },
    {
      to: '/search',
      title: <Translate id="home.search.title">Search clauses</Translate>,
      who: (
        <Translate id="home.search.who">
          For readers: type a word in English or Chinese and land on the right clause of the right standard.
        </Translate>
      ),
      action: <Translate id="home.search.action">Go to search</Translate>,
    },
  ];
  return (
    <Layout
      title={translate({id: 'home.title', message: 'Contact-centre standards, compared'})}
      description={translate({
        id: 'home.description',
        message:
          'A comparative knowledge base and decision advisor for contact-centre quality standards and certifications.',
      })}
    >
      <main className="container margin-vert--xl">
        <h1>
          <Translate id="home.heading">Contact-centre quality standards, compared and explained</Translate>
        </h1>
        <p className="standard-page__summary">
          <Translate id="home.lead">
            ISO 9001, COPC, CCCS-OP and the other standards and certifications a contact centre can pursue: what each
            asks, what it costs, how long it takes, and what has become of it. Every figure shows its source and the
            year it describes.
          </Translate>
        </p>
        <div className="landing-paths">
          {paths.map((p) => (
            <section key={p.to} className="card padding--lg">
              <h2>{p.title}</h2>
              <p>{p.who}</p>
              <Link className="button button--primary" to={p.to}>
                {p.action}
              </Link>
            </section>
          ))}
        </div>
      </main>
    </Layout>
  );
}
