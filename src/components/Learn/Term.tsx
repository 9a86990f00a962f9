import Link from '@docusaurus/Link';
import {GLOSSARY_ROUTE, termAnchor} from '@site/src/core/teaching/types';
import React from 'react';
import {glossaryEntry} from './teachingData';
import styles from './styles.module.css';

/** A glossary term where a lesson first uses it: a link to its entry, the definition on hover. */
export default function Term({id, children}: {id: string; children: React.ReactNode}): React.ReactElement {
  const entry = glossaryEntry(id, '<Term id>');
  return (
    <Link to={`${GLOSSARY_ROUTE}#${termAnchor(id)}`} title={entry.definition} className={styles.term}>
      {children}
    </Link>
  );
}
