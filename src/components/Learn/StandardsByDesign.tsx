import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Locale} from '@site/src/core/vocabulary';
import React from 'react';
import {numberSources} from './Notes';
import {teaching} from './teachingData';
import styles from './styles.module.css';

/** Every standard grouped by how it is built, each group with what that design means. */
export default function StandardsByDesign(): React.ReactElement {
  const {Ref, List} = numberSources(
    'designs',
    teaching.designs.flatMap((g) => g.standards.map((id) => teaching.standards[id].design!)),
    useDocusaurusContext().i18n.currentLocale as Locale,
  );
  return (
    <>
      <dl className={styles.designs}>
        {teaching.designs.map((g) => (
          <React.Fragment key={g.id}>
            <dt>{g.label}</dt>
            <dd>
              <p>{g.meaning}</p>
              <ul className={styles.inlineList}>
                {g.standards.map((id) => {
                  const s = teaching.standards[id];
                  return (
                    <li key={id}>
                      <Link to={s.path}>{s.short}</Link> <Ref sources={s.design!.sources} asOf={s.design!.asOf} />
                    </li>
                  );
                })}
              </ul>
            </dd>
          </React.Fragment>
        ))}
      </dl>
      <List />
    </>
  );
}
