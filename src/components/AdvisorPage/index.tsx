import {useHistory} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {type Advice, advise} from '@site/src/core/advisor/advise';
import type {AdvisorData} from '@site/src/core/advisor/data';
import {describeInputProblem} from '@site/src/core/advisor/input';
import {ratedCurrencies} from '@site/src/core/advisor/money';
import type {Locale} from '@site/src/core/vocabulary';
import Layout from '@theme/Layout';
import React, {useEffect, useMemo, useState} from 'react';
import AdvisorForm from './_components/AdvisorForm/index';
import AdvisorResults from './_components/AdvisorResults/index';
import {fieldLabel} from './fieldLabel';
import {adviceInputOf, parseSearch, searchFromValues, valuesFromSearch} from './_utils';
import {useQueryString} from '../useQueryString';

/** Lets the browser handle input and paint between two standards' assessments. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `/advisor`: answers in a form (and in the URL), advice beside it, updated as the answers change. */
export default function AdvisorPage({page}: {page: AdvisorData}): React.ReactElement {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const history = useHistory();
  const search = useQueryString();
  const context = useMemo(
    () => ({standardIds: page.standards.map((s) => s.id), currencies: ratedCurrencies(page.rates)}),
    [page],
  );
  const parsed = useMemo(() => parseSearch(search, context), [search, context]);
  const values = useMemo(() => valuesFromSearch(search), [search]);
  // The answers understood; an answer that is not is left out of the advice and named beside its field.
  const adviceInput = useMemo(() => adviceInputOf(parsed), [parsed]);
  // The latest advice computed; shown only while there are answers to advise on.
  const [latest, setLatest] = useState<Advice | undefined>();
  const advice = adviceInput ? latest : undefined;

  useEffect(() => {
    let current = true;
    if (!adviceInput) return undefined;
    advise(page, adviceInput, locale, yieldToBrowser).then((result) => current && setLatest(result));
    return () => {
      current = false;
    };
  }, [adviceInput, page, locale]);

  const errors = parsed.ok ? [] : parsed.errors.filter((e) => e.code !== 'missing-goal');
  const needsGoal = !parsed.ok && parsed.errors.some((e) => e.code === 'missing-goal');

  return (
    <Layout
      title={translate({id: 'advisor.title', message: 'Certification advisor'})}
      description={translate({id: 'advisor.description', message: 'Which certification should you pursue?'})}
    >
      <main className="container margin-vert--lg advisor-page">
        <h1>
          <Translate id="advisor.title">Certification advisor</Translate>
        </h1>
        <p className="advisor-intro">
          <Translate id="advisor.intro">
            Answer what you know: the advice updates as you go, and the address of this page keeps your answers, so you
            can share it or come back to it. Every cost and time shown is a dated, sourced figure; the rules behind each
            reason are listed.
          </Translate>
        </p>
        {errors.length > 0 && (
          <div role="alert" className="alert alert--warning margin-bottom--md">
            <p>
              <Translate id="advisor.errors">
                Some answers in this link are not understood; the advice leaves them out until they are fixed:
              </Translate>
            </p>
            <ul>
              {errors.map((e, i) => (
                <li key={i}>
                  {translate(
                    {id: 'advisor.errors.item', message: '{field}: {problem}'},
                    {field: fieldLabel(e.option), problem: describeInputProblem(e, locale)},
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="advisor-layout">
          <AdvisorForm
            data={page}
            locale={locale}
            values={values}
            input={parsed.ok ? parsed.input : parsed.partial}
            errors={errors}
            onChange={(next) => history.replace({search: searchFromValues(next)})}
          />
          <section className="advisor-results" aria-labelledby="advisor-results-title" aria-live="polite">
            <h2 id="advisor-results-title">
              <Translate id="advisor.results.title">Advice</Translate>
            </h2>
            {needsGoal && (
              <p className="advisor-prompt">
                <Translate id="advisor.needsGoal">Choose at least one goal to see recommendations.</Translate>
              </p>
            )}
            {advice && adviceInput && <AdvisorResults advice={advice} data={page} locale={locale} />}
          </section>
        </div>
      </main>
    </Layout>
  );
}
