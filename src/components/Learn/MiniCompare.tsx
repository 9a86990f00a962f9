import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Locale} from '@site/src/core/vocabulary';
import Translate from '@docusaurus/Translate';
import React from 'react';
import {standardColumnLabel} from '../factLabels';
import {TEACHING_FACTS, teachingFactLabels, teachingFacts} from './factRows';
import {numberSources} from './Notes';
import {standardFacts, standardIds} from './teachingData';
import styles from './styles.module.css';

/** A few standards side by side: design, who is certified, owner, first published, validity. */
export default function MiniCompare({standards}: {standards: string}): React.ReactElement {
  const {i18n} = useDocusaurusContext();
  const ids = standardIds(standards);
  const rows = ids.map((id) => standardFacts(id, '<MiniCompare standards>'));
  const labels = teachingFactLabels();
  const facts = rows.flatMap(teachingFacts).filter((f) => f !== undefined);
  const {Ref, List} = numberSources(`compare-${ids.join('-')}`, facts, i18n.currentLocale as Locale);
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{standardColumnLabel()}</th>
            {TEACHING_FACTS.map((key) => (
              <th scope="col" key={key}>
                {labels[key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={s.path}>{s.short}</Link>
              </th>
              {teachingFacts(s).map((fact, i) =>
                fact ? (
                  <td key={i}>
                    {fact.text} <Ref sources={fact.sources} asOf={fact.asOf} />
                  </td>
                ) : (
                  <td key={i} className={styles.muted}>
                    —
                  </td>
                ),
              )}
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
