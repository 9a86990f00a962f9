import PresentLink from '@site/src/components/PresentLink';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {ComparePageProps, CompareRow} from '@site/src/core/pageData';
import {type Locale, isCommonStructure} from '@site/src/core/vocabulary';
import React from 'react';
import {FACT_KEYS, factLabels} from '../../../factLabels';
import {useFactTexts} from '../../_facts';
import CoverageSentence from '../../../CoverageSentence/index';
import {standardRoute} from '@site/src/core/paths';

interface Props {
  page: ComparePageProps;
  rows: CompareRow[];
  locale: Locale;
  onClose: () => void;
}

/** Two to four standards in columns: facts with differences marked, structure by theme, coverage of each other. */
export default function SideBySide({page, rows, locale, onClose}: Props): React.ReactElement {
  const texts = useFactTexts(page, locale);
  const cells = rows.map(texts);
  const labels = factLabels();
  const unknown = translate({id: 'compare.unknown', message: 'unknown'});
  const themes = page.themes.filter((t) => rows.some((r) => page.themeCounts[r.id]?.[t.id]));
  const pairs = page.coverage.filter((c) => rows.some((r) => r.id === c.from) && rows.some((r) => r.id === c.to));
  const rowOf = (id: string) => rows.find((r) => r.id === id)!;
  const name = (id: string) => rowOf(id).names[locale].name;
  return (
    <section aria-labelledby="side-by-side">
      <h2 id="side-by-side">
        <Translate id="compare.sideBySide.heading">Side by side</Translate>
      </h2>
      <p>
        <button type="button" className="button button--sm button--secondary" onClick={onClose}>
          <Translate id="compare.sideBySide.back">Back to all standards</Translate>
        </button>{' '}
        <PresentLink deck={`compare=${rows.map((r) => r.id).join(',')}`} />
      </p>
      <div className="compare-table-wrap">
        <table className="compare-table side-by-side">
          <thead>
            <tr>
              <th scope="col">
                <Translate id="compare.sideBySide.fact">Fact</Translate>
              </th>
              {rows.map((row) => (
                <th key={row.id} scope="col">
                  <Link to={standardRoute(row.id)}>{row.names[locale].name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FACT_KEYS.map((fact) => {
              const values = cells.map((c) => c[fact] ?? unknown);
              const differs = new Set(values).size > 1;
              return (
                <tr key={fact} className={differs ? 'side-by-side__differs' : undefined} data-fact={fact}>
                  <th scope="row">
                    {labels[fact]}
                    {differs && (
                      <span className="badge side-by-side__marker">
                        <Translate id="compare.sideBySide.differs">differs</Translate>
                      </span>
                    )}
                  </th>
                  {values.map((value, i) => (
                    <td key={rows[i].id}>{value}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3 id="by-theme">
        <Translate id="compare.sideBySide.byTheme">Structure by theme (number of units)</Translate>
      </h3>
      <div className="table-scroll">
        <table className="compare-table" aria-labelledby="by-theme">
          <thead>
            <tr>
              <th scope="col">
                <Translate id="crosswalk.theme">Theme</Translate>
              </th>
              {rows.map((row) => (
                <th key={row.id} scope="col">
                  {row.names[locale].short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.id}>
                <th scope="row">{theme.name[locale]}</th>
                {/* Labelled for the phone's cards (custom.css), as the main table's cells are. */}
                {rows.map((row) => (
                  <td key={row.id} data-label={row.names[locale].short}>
                    {page.themeCounts[row.id]?.[theme.id] ?? '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="each-other">
        <Translate id="compare.sideBySide.coverage">Coverage of each other</Translate>
      </h3>
      {pairs.length === 0 ? (
        <p>
          <Translate id="compare.sideBySide.noCrosswalk">There is no crosswalk between these standards yet.</Translate>
        </p>
      ) : (
        <ul aria-labelledby="each-other" className="side-by-side__coverage">
          {pairs.map((c) => (
            <li key={`${c.from}-${c.to}`}>
              <Link to={`/crosswalk?from=${c.from}&to=${c.to}`}>
                <CoverageSentence
                  from={name(c.from)}
                  to={name(c.to)}
                  weightedShare={c.weightedShare}
                  fromIsStructure={isCommonStructure(rowOf(c.from))}
                />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
