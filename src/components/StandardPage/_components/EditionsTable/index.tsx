import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {StandardRecord} from '@site/src/core/schema';
import type {StandardPageProps} from '@site/src/core/pageData';
import React from 'react';
import {useLabels} from '../../../labels';
import useStandards from '../../../useStandards';
import {Cited} from '../../../Citation/index';
import {standardRoute} from '@site/src/core/paths';
import {editionStatusText, statusViewOf} from '@site/src/core/statusFreshness';

/** Every edition, superseded ones included, with its status, successor and source. */
export default function EditionsTable({
  standard,
  changes,
}: {
  standard: StandardRecord;
  /** Crosswalks between two editions: the newer edition's row links to what changed. */
  changes: StandardPageProps['editionChanges'];
}): React.ReactElement {
  const vocabulary = useLabels();
  const {nameOf} = useStandards();
  return (
    <>
      <h3 id="editions">
        <Translate id="standard.editions.heading">Editions</Translate>
      </h3>
      <table className="editions">
        <thead>
          <tr>
            <th scope="col">
              <Translate id="standard.editions.version">Edition</Translate>
            </th>
            <th scope="col">
              <Translate id="standard.editions.year">Year</Translate>
            </th>
            <th scope="col">
              <Translate id="standard.editions.status">Status</Translate>
            </th>
            <th scope="col">
              <Translate id="standard.editions.source">Source</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {standard.editions.map((e) => (
            <tr key={e.version}>
              <th scope="row">{e.version}</th>
              <td>{e.date ?? e.year}</td>
              <td>
                {editionStatusText(vocabulary, e, statusViewOf(standard))}
                {e.successor && <> → {e.successor}</>}
                {e.successorStandard && (
                  <>
                    {' '}
                    → <Link to={standardRoute(e.successorStandard)}>{nameOf(e.successorStandard)}</Link>
                  </>
                )}
                {changes
                  .filter((c) => c.toEdition === e.version)
                  .map((c) => (
                    <div key={c.href} className="editions__changes">
                      <Link to={c.href}>
                        <Translate id="standard.editions.changes" values={{from: c.fromEdition}}>
                          {'What changed from {from}'}
                        </Translate>
                      </Link>
                    </div>
                  ))}
              </td>
              <td>
                <Cited claim={e}>{null}</Cited>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
