import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {Advice, Choice} from '@site/src/core/advisor/advise';
import type {AdvisorData} from '@site/src/core/advisor/data';
import {regionNames} from '@site/src/core/advisor/explain';
import {serializeAdviceInput} from '@site/src/core/advisor/input';
import {groupThousands, moneyText, monthsText} from '@site/src/core/format';
import {PUNCTUATION} from '@site/src/core/text';
import type {Locale} from '@site/src/core/vocabulary';
import React from 'react';
import {useLabels} from '../../../labels';
import {fieldLabel} from '../../fieldLabel';
import AdvisorEstimate from '../AdvisorEstimate';

/** The sources the advice's figures, steps and guidance cite, in the order of the registry. */
function citedSources(advice: Advice, data: AdvisorData) {
  const standardOf = (id: string) => data.standards.find((s) => s.id === id)!;
  const cited = new Set([
    ...advice.recommendations.flatMap((r) => r.estimatedCost?.sources ?? []),
    ...[...advice.recommendations, ...advice.notRecommended].flatMap((r) => r.estimate?.sources ?? []),
    ...advice.recommendations.flatMap((r) => standardOf(r.id).durations.flatMap((d) => d.sources)),
    ...advice.guidance.flatMap((g) => standardOf(g.id).scopeSources),
    ...(advice.plan?.sources ?? []),
  ]);
  return data.sources.filter((s) => cited.has(s.id));
}

/**
 * The first choice or the runner-up: one sentence, drawn as a short block per part (the choice and
 * its reason, the cost, the time), so that no late-painted block outweighs the page's first text
 * as the largest paint (Lighthouse measured the one long block at 1.8 s on a phone).
 */
function ChoiceSentence({className, choice, locale}: {className: string; choice: Choice; locale: Locale}) {
  return (
    <div className={className} data-standard={choice.id}>
      {choice.parts.map((part, i) => (
        <span key={i} className="advisor-choice-part">
          {part}
          {locale === 'en' && i < choice.parts.length - 1 ? ' ' : ''}
        </span>
      ))}
    </div>
  );
}

/** "2026-12-07": the day the brief is printed, the same in every locale. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The advice, which is also the printed board brief: the situation, the first choice and the
 * runner-up in a sentence each, the recommendations with why and their cost and time checked
 * against the budget and months, guidance to adopt, how to get the first choice and what may follow,
 * what is left out and why, caveats and sources. Scores and rule names stay on screen, explained.
 */
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
  const sources = citedSources(advice, data);
  const command = `npm run --silent advise -- ${serializeAdviceInput(advice.input)
    .map(([o, v]) => `--${o} ${v}`)
    .join(' ')}${locale === 'en' ? '' : ` --locale ${locale}`}`;

  const {input} = advice;
  const p = PUNCTUATION[locale];
  const answers = [
    vocabulary.parties[input.for],
    input.industry && vocabulary.industries[input.industry],
    input.operation && vocabulary.operations[input.operation],
    ...(['seats', 'staff', 'sites', 'people'] as const).map(
      (option) => input[option] !== undefined && `${fieldLabel(option)}${p.label}${groupThousands(input[option]!)}`,
    ),
    input.countries.length > 0 && regionNames(input.countries, data, locale),
    input.budget !== undefined && `${fieldLabel('budget')}${p.label}${moneyText(input.currency, input.budget)}`,
    input.months !== undefined && `${fieldLabel('months')}${p.label}${monthsText(input.months, undefined, locale)}`,
    `${fieldLabel('goal')}${p.label}${input.goals.map((g) => vocabulary.goals[g]).join(p.list)}`,
    input.has.length > 0 &&
      `${fieldLabel('has')}${p.label}${input.has.map((id) => data.standards.find((s) => s.id === id)!.names[locale].short).join(p.list)}`,
  ].filter(Boolean);
  const link = typeof window === 'undefined' ? '' : window.location.href;

  return (
    <div className="advisor-advice">
      <div className="advisor-print-only advisor-brief-head">
        <p>
          <Translate id="advisor.brief.date" values={{date: today()}}>
            {'Brief prepared on {date} from the Standards Atlas advisor.'}
          </Translate>{' '}
          <Translate id="advisor.brief.link">The live advice, with these answers:</Translate> <span>{link}</span>
        </p>
        <p className="advisor-summary">
          <strong>
            <Translate id="advisor.summary">The situation</Translate>
          </strong>
          {p.label}
          {answers.join(p.items)}
          {locale === 'en' ? '.' : '。'}
        </p>
      </div>
      <div className="advisor-actions">
        <button type="button" className="button button--secondary button--sm" onClick={() => window.print()}>
          <Translate id="advisor.print">Print a brief</Translate>
        </button>
      </div>
      {advice.pick && (
        <section className="advisor-in-short" aria-labelledby="advisor-in-short">
          <h3 id="advisor-in-short">
            <Translate id="advisor.inShort">In short</Translate>
          </h3>
          {advice.noneShownToFit && <p className="advisor-none-fit">{advice.noneShownToFit}</p>}
          <ChoiceSentence className="advisor-pick" choice={advice.pick} locale={locale} />
          {advice.runnerUp && <ChoiceSentence className="advisor-runner-up" choice={advice.runnerUp} locale={locale} />}
        </section>
      )}
      <h3 id="advisor-recommended">
        <Translate id="advisor.recommended" values={{count: advice.recommendations.length}}>
          {'Recommended, in order ({count})'}
        </Translate>
      </h3>
      {advice.recommendations.length === 0 && (
        <p>
          <Translate id="advisor.noneFits">
            No certification fits these answers. The lists below give guidance to adopt, if any, and say why each
            standard was left out.
          </Translate>
        </p>
      )}
      <ol className="advisor-recommendations" aria-labelledby="advisor-recommended">
        {advice.recommendations.map((r) => (
          <li key={r.id} className="advisor-recommendation" data-standard={r.id}>
            <h4>
              <Link to={pathOf(r.id)}>{r.name}</Link>
            </h4>
            <p className="advisor-checks">
              {r.costSentence} {r.timeSentence}
            </p>
            {r.estimate ? (
              <AdvisorEstimate estimate={r.estimate} locale={locale} />
            ) : (
              r.estimatedCost?.conversion && <p className="advisor-conversion">{r.estimatedCost.conversion}</p>
            )}
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
            <details className="advisor-weighing">
              <summary>
                <Translate id="advisor.weighing">How this was weighed</Translate>
              </summary>
              <p>
                <Translate id="advisor.weighing.score" values={{score: r.score}}>
                  {
                    'Score {score}: the sum of the weights of the reasons above (goals served weigh most; fit to your operation, industry, country and what you hold add; caveats about scope or industry subtract). The order puts first what is shown to fit your budget and time, then what may not, then what is over them or not known, each by score.'
                  }
                </Translate>
              </p>
              <p className="advisor-rules">
                <Translate id="advisor.rules" values={{rules: r.rules.join(', ')}}>
                  {'Rules, as named in the rules file: {rules}'}
                </Translate>
              </p>
            </details>
          </li>
        ))}
      </ol>

      {advice.guidance.length > 0 && (
        <>
          <h3 id="advisor-guidance">
            <Translate id="advisor.guidance" values={{use: vocabulary.uses.guidance, count: advice.guidance.length}}>
              {'{use} ({count})'}
            </Translate>
          </h3>
          <ul className="advisor-guidance" aria-labelledby="advisor-guidance">
            {advice.guidance.map((g) => (
              <li key={g.id} data-standard={g.id}>
                <Link to={pathOf(g.id)}>{g.name}</Link>
                {p.label}
                {g.why}
                <ul className="advisor-reasons">
                  {g.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}

      {advice.plan && (
        <>
          <h3 id="advisor-plan">
            <Translate id="advisor.plan" values={{name: advice.plan.name}}>
              {'Getting {name}'}
            </Translate>
          </h3>
          {advice.plan.steps.length > 0 ? (
            <ol className="advisor-plan" aria-labelledby="advisor-plan">
              {advice.plan.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          ) : (
            <p>
              <Translate id="advisor.plan.none">Its page gives no steps: ask the scheme's owner.</Translate>
            </p>
          )}
          {advice.plan.keep && <p>{advice.plan.keep}</p>}
        </>
      )}

      {advice.roadmap.length > 1 && (
        <>
          <h3 id="advisor-roadmap">
            <Translate id="advisor.roadmap">What may follow</Translate>
          </h3>
          <p>
            <Translate id="advisor.roadmap.intro">
              One after another, in the order of the recommendations. Totals add each step to the ones before it;
              coverage comes from the clause crosswalks.
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
                    {translate({id: 'advisor.roadmap.covered', message: 'Already covered by what comes before'})}
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
        </>
      )}
      {(advice.roadmapBudget || advice.roadmapTime) && (
        <p className="advisor-roadmap-checks">{[advice.roadmapBudget, advice.roadmapTime].filter(Boolean).join(' ')}</p>
      )}
      {advice.later.length > 0 && (
        <ul className="advisor-later">
          {advice.later.map((l) => (
            <li key={l.id}>
              <strong>{l.name}</strong>: {l.reason}
            </li>
          ))}
        </ul>
      )}

      <h3 id="advisor-not-recommended">
        <Translate id="advisor.notRecommended" values={{count: advice.notRecommended.length}}>
          {'Left out, and why ({count})'}
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
                <td>
                  <p className="advisor-why-not">{n.reasons.join(' ')}</p>
                  {n.estimate && (
                    <details className="advisor-not-estimate">
                      <summary>
                        <Translate id="advisor.notRecommended.estimate">Its estimate</Translate>
                      </summary>
                      <AdvisorEstimate estimate={n.estimate} locale={locale} />
                    </details>
                  )}
                </td>
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
            <Translate id="advisor.sources">Sources</Translate>
          </h3>
          <ul className="advisor-sources">
            {sources.map((s) => (
              <li key={s.id}>
                <cite lang={s.titleLanguage ?? s.language}>{s.url ? <a href={s.url}>{s.title}</a> : s.title}</cite>,{' '}
                <span lang={s.language}>{s.publisher}</span>, {s.year}
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
