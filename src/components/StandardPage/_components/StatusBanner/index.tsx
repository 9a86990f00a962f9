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

/** A standard that is no longer current says so first, and points to what replaced it. */
export default function StatusBanner({standard}: {standard: StandardRecord}): React.ReactElement | null {
  const {i18n} = useDocusaurusContext();
  const {standards} = useStandards();
  const vocabulary = useLabels();
  if (standard.status === 'current') return null;
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
