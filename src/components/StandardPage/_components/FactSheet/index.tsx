import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {LocalizedText, StandardRecord} from '@site/src/core/schema';
import React from 'react';
import {useLabels} from '../../../labels';
import {amountText, monthsText, qualifiedCountText} from '@site/src/core/format';
import {PUNCTUATION, localize, regionName, withAside} from '@site/src/core/text';
import AccreditationNote, {AccreditationBodyName} from '../../../AccreditationNote/index';
import {type Locale, isCommonStructure} from '@site/src/core/vocabulary';
import useStandards from '../../../useStandards';
import {type Claim, Cited} from '../../../Citation/index';
import EditionsTable from '../EditionsTable/index';
import type {StandardPageProps} from '@site/src/core/pageData';
import FocusProfile from '../FocusProfile/index';
import {standardRoute} from '@site/src/core/paths';
import {statusText, statusViewOf} from '@site/src/core/statusFreshness';

/** A fact this page has no source for: said plainly, never guessed. */
const Unknown = () => (
  <span className="fact-unknown">
    <Translate id="standard.facts.unknown">Unknown: no source found yet</Translate>
  </span>
);

function Fact({id, label, children}: {id: string; label: React.ReactNode; children: React.ReactNode}) {
  return (
    <div className="fact" id={id}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Several dated claims about one fact: one line each, so disagreeing sources stand side by side. */
function Claims<T extends Claim>({
  claims,
  render,
}: {
  claims: readonly T[] | undefined;
  render: (c: T) => React.ReactNode;
}) {
  if (!claims || claims.length === 0) return <Unknown />;
  if (claims.length === 1) return <Cited claim={claims[0]}>{render(claims[0])}</Cited>;
  return (
    <ul className="claims">
      {claims.map((c, i) => (
        <li key={i}>
          <Cited claim={c}>{render(c)}</Cited>
        </li>
      ))}
    </ul>
  );
}

/** A rating level's band: "70–84", "85 and above", "up to 59", or nothing when no bound is known. */
const scoreRange = (min: number | undefined, max: number | undefined): string | undefined => {
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (min !== undefined)
    return translate({id: 'standard.rating.atLeast', message: '{score} and above'}, {score: String(min)});
  if (max !== undefined)
    return translate({id: 'standard.rating.atMost', message: 'up to {score}'}, {score: String(max)});
  return undefined;
};

export default function FactSheet({
  standard,
  regionNames,
  editionChanges,
  accreditation,
}: {
  standard: StandardRecord;
  regionNames: Record<string, string>;
  accreditation: StandardPageProps['accreditation'];
  editionChanges: StandardPageProps['editionChanges'];
}): React.ReactElement {
  const vocabulary = useLabels();
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale as Locale;
  const t = (text: LocalizedText) => localize(text, locale);
  const region = (code: string) => regionName(code, regionNames, vocabulary.globalRegion);
  const {nameOf} = useStandards();
  const certification = standard.certification;
  const industries = vocabulary.industries;

  return (
    <section aria-labelledby="facts" className="fact-sheet">
      <h2 id="facts">
        <Translate id="standard.facts.heading">Fact sheet</Translate>
      </h2>
      <dl>
        <Fact id="fact-status" label={<Translate id="standard.facts.status">Status</Translate>}>
          <Cited claim={standard.statusConfirmed}>{statusText(vocabulary, statusViewOf(standard))}</Cited>
        </Fact>
        <Fact id="fact-owner" label={<Translate id="standard.facts.owner">Owner</Translate>}>
          <Cited claim={standard.owner}>
            {standard.owner.url ? (
              <a href={standard.owner.url} rel="noopener noreferrer">
                {t(standard.owner.name)}
              </a>
            ) : (
              t(standard.owner.name)
            )}
          </Cited>
        </Fact>
        <Fact
          id="fact-first-published"
          label={<Translate id="standard.facts.firstPublished">First published</Translate>}
        >
          <Claims claims={standard.firstPublished} render={(c) => c.year} />
        </Fact>
        <Fact id="fact-usage" label={<Translate id="standard.facts.usage">Where it is used</Translate>}>
          <Claims
            claims={standard.usage}
            render={(c) => (
              <>
                {c.regions.map(region).join(PUNCTUATION[locale].list)}
                {' · '}
                {c.industries.map((i) => industries[i]).join(PUNCTUATION[locale].list)}
              </>
            )}
          />
        </Fact>
        <Fact id="fact-scope" label={<Translate id="standard.facts.scope">Written for</Translate>}>
          <Cited claim={standard.scope}>
            {!isCommonStructure(standard) ? (
              <>
                {standard.scope.operations.map((o) => vocabulary.scopes[o]).join(PUNCTUATION[locale].list)}
                {' · '}
                {vocabulary.uses[standard.scope.use]}
              </>
            ) : (
              <Translate id="standard.facts.writtenForDrafters">The committees that write standards</Translate>
            )}
          </Cited>
        </Fact>
        {!isCommonStructure(standard) ? (
          <>
            <Fact id="fact-recognition" label={<Translate id="standard.facts.recognition">Asked for by</Translate>}>
              <Claims
                claims={standard.recognition}
                render={(c) => (
                  <>
                    {vocabulary.recognizers[c.by]}
                    {' · '}
                    {c.regions.map(region).join(PUNCTUATION[locale].list)}
                  </>
                )}
              />
            </Fact>
            <Fact id="fact-certifies" label={<Translate id="standard.facts.certifies">Who is certified</Translate>}>
              {certification ? (
                <Cited claim={certification.certifies}>{vocabulary.parties[certification.certifies.party]}</Cited>
              ) : (
                <Unknown />
              )}
            </Fact>
            <Fact id="fact-assessor" label={<Translate id="standard.facts.assessor">Assessed by</Translate>}>
              {certification?.assessor ? (
                <Cited claim={certification.assessor}>{t(certification.assessor.text)}</Cited>
              ) : (
                <Unknown />
              )}
            </Fact>
            <Fact id="fact-steps" label={<Translate id="standard.facts.steps">Steps to certification</Translate>}>
              {certification?.steps ? (
                <Cited claim={certification.steps}>
                  <ol>
                    {certification.steps.items.map((s, i) => (
                      <li key={i}>{t(s)}</li>
                    ))}
                  </ol>
                </Cited>
              ) : (
                <Unknown />
              )}
            </Fact>
            <Fact id="fact-validity" label={<Translate id="standard.facts.validity">Certificate valid for</Translate>}>
              {certification?.validity ? (
                <Cited claim={certification.validity}>
                  {translate(
                    {id: 'standard.facts.years', message: '{years} years'},
                    {years: String(certification.validity.years)},
                  )}
                </Cited>
              ) : (
                <Unknown />
              )}
            </Fact>
            <Fact id="fact-surveillance" label={<Translate id="standard.facts.surveillance">Surveillance</Translate>}>
              {certification?.surveillance ? (
                <Cited claim={certification.surveillance}>{t(certification.surveillance.text)}</Cited>
              ) : (
                <Unknown />
              )}
            </Fact>
            <Fact id="fact-rating" label={<Translate id="standard.facts.rating">Rating scheme</Translate>}>
              {certification?.rating ? (
                <Cited claim={certification.rating}>
                  {t(certification.rating.scheme)}
                  {certification.rating.levels && (
                    <table className="rating-levels">
                      <thead>
                        <tr>
                          <th scope="col">
                            <Translate id="standard.rating.level">Level</Translate>
                          </th>
                          <th scope="col">
                            <Translate id="standard.rating.scores">Score</Translate>
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {certification.rating.levels.map((level, i) => (
                          <tr key={i}>
                            <th scope="row">{t(level.name)}</th>
                            <td>{scoreRange(level.minScore, level.maxScore) ?? <Unknown />}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </Cited>
              ) : (
                <Unknown />
              )}
            </Fact>
            <Fact
              id="fact-remediation"
              label={<Translate id="standard.facts.remediation">If an audit fails</Translate>}
            >
              {certification?.remediation ? (
                <Cited claim={certification.remediation}>{t(certification.remediation.text)}</Cited>
              ) : (
                <Unknown />
              )}
            </Fact>
            <Fact id="fact-time" label={<Translate id="standard.facts.timeToCertify">Time to certify</Translate>}>
              <Claims
                claims={standard.timeToCertify}
                render={(c) => `${monthsText(c.minMonths, c.maxMonths, locale)} (${region(c.region)}; ${t(c.covers)})`}
              />
            </Fact>
            <Fact id="fact-costs" label={<Translate id="standard.facts.costs">Cost</Translate>}>
              <Claims
                claims={standard.costs}
                render={(c) => `${amountText(c, locale)} (${region(c.region)}; ${t(c.covers)})`}
              />
            </Fact>
            <Fact id="fact-adoption" label={<Translate id="standard.facts.adoption">Adoption</Translate>}>
              <Claims
                claims={standard.adoption}
                render={(c) =>
                  `${qualifiedCountText(c.count, c, locale)} ${vocabulary.measures[c.measure]} (${region(c.region)})`
                }
              />
            </Fact>
          </>
        ) : (
          <Fact id="fact-certifies" label={<Translate id="standard.facts.certifies">Who is certified</Translate>}>
            {/* The scope's sources say so; its note is already shown under "Written for". */}
            <Cited claim={{...standard.scope, note: undefined}}>
              <Translate id="standard.facts.noCertificate">
                No one: standards are written on it, and organizations are certified against those standards
              </Translate>
            </Cited>
          </Fact>
        )}
        {standard.nationalAdoptions && (
          <Fact
            id="fact-national-adoptions"
            label={<Translate id="standard.facts.nationalAdoptions">National adoptions</Translate>}
          >
            <Claims
              claims={standard.nationalAdoptions}
              render={(c) =>
                `${region(c.region)}${PUNCTUATION[locale].label}${withAside(c.designation, vocabulary.equivalences[c.equivalence], locale)}`
              }
            />
            {accreditation.map((body) => (
              <p key={body.region} className="fact-accreditation">
                <AccreditationNote
                  body={body}
                  lead={
                    <Translate
                      id="standard.facts.accreditedIn"
                      values={{region: region(body.region), body: <AccreditationBodyName body={body} />}}
                    >
                      {'Certification in {region}: accredited by {body}.'}
                    </Translate>
                  }
                />
              </p>
            ))}
          </Fact>
        )}
        <Fact
          id="fact-availability"
          label={<Translate id="standard.facts.availability">The text of the standard</Translate>}
        >
          {standard.availability ? (
            <Cited claim={standard.availability}>
              {standard.availability.url ? (
                <a href={standard.availability.url} rel="noopener noreferrer">
                  {vocabulary.access[standard.availability.access]}
                </a>
              ) : (
                vocabulary.access[standard.availability.access]
              )}
            </Cited>
          ) : (
            <Unknown />
          )}
        </Fact>
        <Fact id="fact-related" label={<Translate id="standard.facts.related">Related standards</Translate>}>
          <Claims
            claims={standard.related}
            render={(c) => (
              <>
                {vocabulary.relations[c.type]}: <Link to={standardRoute(c.id)}>{nameOf(c.id)}</Link>
              </>
            )}
          />
        </Fact>
      </dl>

      <EditionsTable standard={standard} changes={editionChanges} />

      <h3 id="structure">
        <Translate id="standard.structure.heading">Structure</Translate>
      </h3>
      <div id="fact-structure">
        <Claims
          claims={standard.structure}
          render={(c) => (
            <>
              {c.levels
                .map((l) => `${qualifiedCountText(l.count, l, locale)} ${t(l.name)}`)
                .join(translate({id: 'standard.structure.separator', message: ', '}))}
              {c.edition && <> ({c.edition})</>}
            </>
          )}
        />
      </div>

      <h3 id="focus">
        <Translate id="standard.focus.heading">Focus profile</Translate>
      </h3>
      <FocusProfile focus={standard.focus} />

      <h3 id="strengths">
        <Translate id="standard.strengths.heading">Strengths</Translate>
      </h3>
      <Claims claims={standard.strengths} render={(c) => t(c.text)} />
      <h3 id="weaknesses">
        <Translate id="standard.weaknesses.heading">Weaknesses</Translate>
      </h3>
      <Claims claims={standard.weaknesses} render={(c) => t(c.text)} />
    </section>
  );
}
