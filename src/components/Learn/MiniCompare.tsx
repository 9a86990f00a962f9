import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Locale} from '@site/src/core/vocabulary';
import Translate from '@docusaurus/Translate';
import React from 'react';
import type {SourcedFact} from '@site/src/core/teaching/types';
import {numberSources} from './Notes';
import {standardFacts, standardIds} from './teachingData';
import styles from './styles.module.css';

const FIELDS = ['design', 'certifies', 'owner', 'firstPublished', 'validity'] as const;

/** A few standards side by side: design, who is certified, owner, first published, validity. */
export default function MiniCompare({standards}: {standards: string}): React.ReactElement {
  const {i18n} = useDocusaurusContext();
  const ids = standardIds(standards);
  const rows = ids.map((id) => standardFacts(id, '<MiniCompare standards>'));
  const facts = rows
    .flatMap((s) => FIELDS.map((f): SourcedFact<unknown> | undefined => s[f]))
    .filter((f) => f !== undefined);
  const {Ref, List} = numberSources(`compare-${ids.join('-')}`, facts, i18n.currentLocale as Locale);
  const Cell = ({fact}: {fact?: SourcedFact<unknown>}) =>
    fact ? (
      <td>
        {fact.text} <Ref sources={fact.sources} asOf={fact.asOf} />
      </td>
    ) : (
      <td className={styles.muted}>—</td>
    );
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="learn.compare.standard">Standard</Translate>
            </th>
            <th scope="col">
              <Translate id="learn.compare.design">Design</Translate>
            </th>
            <th scope="col">
              <Translate id="learn.compare.certifies">Who is certified</Translate>
            </th>
            <th scope="col">
              <Translate id="learn.compare.owner">Owner</Translate>
            </th>
            <th scope="col">
              <Translate id="learn.compare.firstPublished">First published</Translate>
            </th>
            <th scope="col">
              <Translate id="learn.compare.validity">Certificate runs</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={s.path}>{s.short}</Link>
              </th>
              <Cell fact={s.design} />
              <Cell fact={s.certifies} />
              <Cell fact={s.owner} />
              <Cell fact={s.firstPublished} />
              <Cell fact={s.validity} />
            </tr>
          ))}
        </tbody>
      </table>
      <List />
      <p>
        <Link to={`/compare?ids=${ids.join(',')}`}>
          <Translate id="learn.compare.full">Compare them in full</Translate>
        </Link>
      </p>
    </div>
  );
}
