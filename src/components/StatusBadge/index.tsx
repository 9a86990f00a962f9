import {type StatusView, statusText} from '@site/src/core/statusFreshness';
import clsx from 'clsx';
import React from 'react';
import {useLabels} from '../labels';

/**
 * A standard's status badge; its colour repeats the words, never replaces them. A current status
 * no source has confirmed for years reads "Not confirmed since YEAR", in the colour of a caution.
 */
export function StatusBadge({view}: {view: StatusView}): React.ReactElement {
  const vocabulary = useLabels();
  return (
    <span
      className={clsx(
        'badge',
        'status-badge',
        view.statusStale ? 'status-badge--unconfirmed' : `status-badge--${view.status}`,
      )}
    >
      {statusText(vocabulary, view)}
    </span>
  );
}
