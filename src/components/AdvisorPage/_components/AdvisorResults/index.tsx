import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {Advice} from '@site/src/core/advisor/advise';
import type {AdvisorData} from '@site/src/core/advisor/data';
import {regionNames} from '@site/src/core/advisor/explain';
import {serializeAdviceInput} from '@site/src/core/advisor/input';
import type {Locale} from '@site/src/core/vocabulary';
import React from 'react';
import {useLabels} from '../../../labels';

const Unknown = () => (
  <span className="fact-unknown">
    <Translate id="advisor.unknown">no sourced figure</Translate>
  </span>
);

/** "(2008 figure, China)": the year and place a cost or time figure describes. */
const FigureOf = ({
  year,
  regions,
  data,
  locale,
}: {
  year: number;
  regions: readonly string[];
  data: AdvisorData;
  locale: Locale;
}) => (
  <span className="advisor-year">
    <Translate id="advisor.figureYear" values={{year, regions: regionNames(regions, data, locale)}}>
      {'({year} figure, {regions})'}
    </Translate>
  </span>
);

/** The advice: recommendations with why, the roadmap, what is not recommended and why not, and caveats. */
export default function AdvisorResults({
  advice,
  data,
  locale,
}: {
  advice: Advice;
  data: AdvisorData;
  locale: Locale;
}): React.ReactElement {
  const vocabulary = useLabels();
  const pathOf = (id: string) => data.standards.find((s) => s.id === id)!.paths[locale];
  const cited = new Set([
    ...advice.recommendations.flatMap((r) => r.estimatedCost?.sources ?? []),
    ...data.standards
      .filter((s) => advice.recommendations.some((r) => r.id === s.id))
      .flatMap((s) => s.durations.flatMap((d) => d.sources)),
  ]);
  const sources = data.sources.filter((s) => cited.has(s.id));
  const command = `npm run --silent advise -- ${serializeAdviceInput(advice.input)
    .map(([o, v]) => `--${o} ${v}`)
    .join(' ')}${locale === 'en' ? '' : ` --locale ${locale}`}`;

  const {input} = advice;
  const answers = [
    vocabulary.parties[input.for],
    input.industry && vocabulary.industries[input.industry],
    input.operation && vocabulary.operations[input.operation],
    input.seats !== undefined && `${input.seats} ${translate({id: 'advisor.form.seats', message: 'Seats'})}`,
    input.countries.length > 0 && regionNames(input.countries, data, locale),
    input.budget !== undefined &&
      `${translate({id: 'advisor.form.budget', message: 'Budget'})} ${input.currency} ${input.budget}`,
    input.months !== undefined &&
      `${translate({id: 'advisor.form.months', message: 'Months available'})} ${input.months}`,
    input.goals.map((g) => vocabulary.goals[g]).join(', '),
    input.has.length > 0 &&
      `${translate({id: 'advisor.form.has', message: 'Certifications already held'})}: ${input.has.map((id) => data.standards.find((s) => s.id === id)!.names[locale].short).join(', ')}`,
  ].filter(Boolean);

  return (
    <div className="advisor-advice">
      <p className="advisor-summary">
        <strong>
          <Translate id="advisor.summary">Your answers</Translate>
        </strong>
        : {answers.join('; ')}
      </p>
      <div className="advisor-actions">
        <button type="button" className="button button--secondary button--sm" onClick={() => window.print()}>
          <Translate id="advisor.print">Print this advice</Translate>
        </button>
      </div>
      <h3 id="advisor-recommended">
        <Translate id="advisor.recommended" values={{count: advice.recommendations.length}}>
          {'Recommended ({count})'}
        </Translate>
      </h3>
      {advice.recommendations.length === 0 && (
        <p>
          <Translate id="advisor.noneFits">
            Nothing fits these answers. The list below says why each standard was ruled out.
          </Translate>
        </p>
      )}
      <ol className="advisor-recommendations" aria-labelledby="advisor-recommended">
        {advice.recommendations.map((r) => (
          <li key={r.id} className="advisor-recommendation" data-standard={r.id}>
            <h4>
              <Link to={pathOf(r.id)}>{r.name}</Link>{' '}
              <span className="advisor-score">
                <Translate id="advisor.score" values={{score: r.score}}>
                  {'score {score}'}
                </Translate>
              </span>
            </h4>
            <dl className="advisor-figures">
              <dt>
                <Translate id="advisor.cost">Estimated cost</Translate>
              </dt>
              <dd>
                {r.estimatedCost ? (
                  <>
                    {r.estimatedCost.text}{' '}
                    <FigureOf
                      year={r.estimatedCost.year}
                      regions={r.estimatedCost.regions}
                      data={data}
                      locale={locale}
                    />
                    {r.estimatedCost.conversion && (
                      <div className="advisor-conversion">{r.estimatedCost.conversion}</div>
                    )}
                  </>
                ) : (
                  <Unknown />
                )}
              </dd>
              <dt>
                <Translate id="advisor.months">Time to certify</Translate>
              </dt>
              <dd>
                {r.estimatedMonths ? (
                  <>
                    {r.estimatedMonths.text}{' '}
                    <FigureOf
                      year={r.estimatedMonths.year}
                      regions={r.estimatedMonths.regions}
                      data={data}
                      locale={locale}
                    />
                  </>
                ) : (
                  <Unknown />
                )}
              </dd>
            </dl>
            <p className="advisor-subhead">
              <Translate id="advisor.why">Why</Translate>
            </p>
            <ul className="advisor-reasons">
              {r.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {r.caveats.length > 0 && (
              <>
                <p className="advisor-subhead">
                  <Translate id="advisor.caveats">Caveats</Translate>
                </p>
                <ul className="advisor-caveats">
                  {r.caveats.map((caveat) => (
                    <li key={caveat}>{caveat}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="advisor-rules">
              <Translate id="advisor.rules" values={{rules: r.rules.join(', ')}}>
                {'Rules: {rules}'}
              </Translate>
            </p>
          </li>
        ))}
      </ol>

      {advice.roadmap.length > 0 && (
        <>
          <h3 id="advisor-roadmap">
            <Translate id="advisor.roadmap">Roadmap</Translate>
          </h3>
          <p>
            <Translate id="advisor.roadmap.intro">
              One after another, within your budget and time. Totals add each step to the ones before it; coverage comes
              from the clause crosswalks.
            </Translate>
          </p>
          <div className="table-scroll">
            <table className="advisor-roadmap" aria-labelledby="advisor-roadmap">
              <thead>
                <tr>
                  <th scope="col">{translate({id: 'advisor.roadmap.step', message: 'Step'})}</th>
                  <th scope="col">{translate({id: 'advisor.roadmap.standard', message: 'Certification'})}</th>
                  <th scope="col">{translate({id: 'advisor.roadmap.cost', message: 'Cost so far'})}</th>
                  <th scope="col">{translate({id: 'advisor.roadmap.months', message: 'Time so far'})}</th>
                  <th scope="col">
                    {translate({id: 'advisor.roadmap.covered', message: 'Already covered, at least in part, by'})}
                  </th>
                </tr>
              </thead>
              <tbody>
                {advice.roadmap.map((s) => (
                  <tr key={s.id} data-standard={s.id}>
                    <td>{s.step}</td>
                    <th scope="row">
                      <Link to={pathOf(s.id)}>{s.name}</Link>
                    </th>
                    <td>{s.cumulativeCostText}</td>
                    <td>{s.cumulativeMonthsText}</td>
                    <td>{s.alreadyCoveredText || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {advice.later.length > 0 && (
            <ul className="advisor-later">
              {advice.later.map((l) => (
                <li key={l.id}>
                  <strong>{l.name}</strong>: {l.reason}
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <h3 id="advisor-not-recommended">
        <Translate id="advisor.notRecommended" values={{count: advice.notRecommended.length}}>
          {'Not recommended ({count})'}
        </Translate>
      </h3>
      <div className="table-scroll">
        <table className="advisor-not" aria-labelledby="advisor-not-recommended">
          <thead>
            <tr>
              <th scope="col">{translate({id: 'advisor.roadmap.standard', message: 'Certification'})}</th>
              <th scope="col">{translate({id: 'advisor.whyNot', message: 'Why not'})}</th>
            </tr>
          </thead>
          <tbody>
            {advice.notRecommended.map((n) => (
              <tr key={n.id} data-standard={n.id}>
                <th scope="row">
                  <Link to={pathOf(n.id)}>{n.name}</Link>
                </th>
                <td>{n.reasons.join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>
        <Translate id="advisor.keepInMind">Keep in mind</Translate>
      </h3>
      <ul className="advisor-general-caveats">
        {advice.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {sources.length > 0 && (
        <>
          <h3>
            <Translate id="advisor.sources">Sources of the figures</Translate>
          </h3>
          <ul className="advisor-sources">
            {sources.map((s) => (
              <li key={s.id}>
                {s.url ? <a href={s.url}>{s.title}</a> : s.title}, {s.publisher}, {s.year}
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="advisor-command">
        <summary>
          <Translate id="advisor.command">The same advice on the command line</Translate>
        </summary>
        <pre>
          <code>{command}</code>
        </pre>
      </details>
    </div>
  );
}
