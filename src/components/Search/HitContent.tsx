import React from 'react';
import type {ShownHit} from './results';
import {useLabels} from '../labels';
import Highlight from './Highlight';
import styles from './styles.module.css';

/**
 * One result: its clause id, title and snippet, matches marked; the same in the box and on the page.
 * The snippet once it has arrived (useSearch.ts): until then the title stands alone.
 */
export default function HitContent({hit}: {hit: ShownHit}): React.ReactElement {
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
        {hit.status && (
          <>
            {' '}
            <span className={styles.status}>{hit.status}</span>
          </>
        )}
      </span>
      {hit.snippet !== undefined && (
        <span className={styles.snippet}>
          <Highlight text={hit.snippet} terms={hit.terms} />
        </span>
      )}
    </>
  );
}
