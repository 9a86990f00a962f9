import type {SearchHit} from '@site/src/core/search/engine';
import React from 'react';
import {useLabels} from '../labels';
import Highlight from './Highlight';
import styles from './styles.module.css';

/** One result: its clause id, title and snippet, matches marked; the same in the box and on the page. */
export default function HitContent({hit}: {hit: SearchHit}): React.ReactElement {
  const vocabulary = useLabels();
  return (
    <>
      <span className={styles.hitHead}>
        {hit.ref && (
          <span className={styles.ref}>
            <Highlight text={hit.ref} terms={hit.terms} />
          </span>
        )}{' '}
        <span className={styles.title}>
          <Highlight text={hit.title} terms={hit.terms} />
        </span>{' '}
        <span className={styles.kind}>{vocabulary.searchKinds[hit.kind]}</span>
      </span>
      <span className={styles.snippet}>
        <Highlight text={hit.snippet} terms={hit.terms} />
      </span>
    </>
  );
}
