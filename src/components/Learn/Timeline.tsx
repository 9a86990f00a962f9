import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {LABELS} from '@site/src/core/labels';
import type {Locale} from '@site/src/core/vocabulary';
import React from 'react';
import {standardFacts, standardIds} from './teachingData';
import styles from './styles.module.css';

/** The editions of a few standards on one time line, oldest first, each with its status. */
export default function Timeline({standards}: {standards: string}): React.ReactElement {
  const {i18n} = useDocusaurusContext();
  const labels = LABELS[i18n.currentLocale as Locale];
  const rows = standardIds(standards)
    .map((id) => standardFacts(id, '<Timeline standards>'))
    .flatMap((s) => s.editions.map((e) => ({s, e})))
    .sort((a, b) => a.e.year - b.e.year || a.s.short.localeCompare(b.s.short));
  return (
    <ol
      className={styles.timeline}
      aria-label={translate({id: 'learn.timeline.label', message: 'Editions, oldest first'})}
    >
      {rows.map(({s, e}) => (
        <li key={`${s.id}-${e.version}`} className={styles.timelineItem}>
          <span className={styles.timelineYear}>{e.year}</span> <Link to={s.path}>{s.short}</Link> {e.version}{' '}
          <span className={styles.muted}>({labels.statuses[e.status]})</span>
        </li>
      ))}
    </ol>
  );
}
