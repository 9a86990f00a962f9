import type {EditionStatus} from '@site/src/core/vocabulary';
import clsx from 'clsx';
import React from 'react';
import {useLabels} from '../labels';

/** A status badge; its colour repeats the word, never replaces it. */
export function StatusBadge({status}: {status: EditionStatus}): React.ReactElement {
  const vocabulary = useLabels();
  return (
    <span className={clsx('badge', 'status-badge', `status-badge--${status}`)}>{vocabulary.statuses[status]}</span>
  );
}
