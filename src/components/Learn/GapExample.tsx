import Link from '@docusaurus/Link';
import {isCommonStructure} from '@site/src/core/vocabulary';
import CoverageSentence from '../CoverageSentence/index';
import React from 'react';
import Sources from './Sources';
import {standardFacts, teaching} from './teachingData';
import styles from './styles.module.css';

/** What holding one standard covers of another, in the crosswalk page's own sentence, linked to it. */
export default function GapExample({from, to}: {from: string; to: string}): React.ReactElement {
  const gap = teaching.gaps[`${from}--${to}`];
  if (!gap) throw new Error(`<GapExample from to>: the data has no crosswalk between ${from} and ${to}`);
  const [a, b] = [standardFacts(from, '<GapExample from>'), standardFacts(to, '<GapExample to>')];
  return (
    <p className={styles.gap}>
      <Link to={gap.path}>
        <CoverageSentence
          from={a.short}
          to={b.short}
          weightedShare={gap.weightedShare}
          fromIsStructure={isCommonStructure(a)}
        />
      </Link>{' '}
      <Sources sources={gap.sources} />
    </p>
  );
}
