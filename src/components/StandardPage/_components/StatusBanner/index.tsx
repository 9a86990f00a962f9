import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {StandardRecord} from '@site/src/core/schema';
import Admonition from '@theme/Admonition';
import React from 'react';
import useStandards from '../../../useStandards';
import {successorOf} from '../../_utils';
import {useLabels} from '../../../labels';
import {standardRoute} from '@site/src/core/paths';
import {statusText, statusViewOf} from '@site/src/core/statusFreshness';

/**
 * A standard that is no longer current says so first, and points to what replaced it; one still
 * called current on old evidence says how old the evidence is.
 */
export default function StatusBanner({standard}: {standard: StandardRecord}): React.ReactElement | null {
  const {i18n} = useDocusaurusContext();
  const {standards} = useStandards();
  const vocabulary = useLabels();
  if (standard.status === 'current' && !standard.statusStale) return null;
  if (standard.statusStale) {
    return (
      <Admonition type="caution" title={statusText(vocabulary, statusViewOf(standard))}>
        <Translate id="standard.status.unconfirmed" values={{year: String(standard.statusConfirmed.asOf)}}>
          {
            'The newest source found that shows this standard as current dates from {year}. It may have been revised, withdrawn or left to lapse since: ask its owner before you rely on it.'
          }
        </Translate>
      </Admonition>
    );
  }
  const successor = standards.find((s) => s.id === successorOf(standard));
  const locale = i18n.currentLocale as keyof StandardRecord['names'];
  return (
    <Admonition type="warning" title={vocabulary.statuses[standard.status]}>
      {successor ? (
        <Translate
          id="standard.status.successor"
          values={{successor: <Link to={standardRoute(successor.id)}>{successor.names[locale].name}</Link>}}
        >
          {'This standard is no longer current. Its successor is {successor}.'}
        </Translate>
      ) : (
        <Translate id="standard.status.noSuccessor">This standard is no longer current.</Translate>
      )}
    </Admonition>
  );
}
