import Translate from '@docusaurus/Translate';
import React from 'react';
import Sources from './Sources';
import {teaching} from './teachingData';
import styles from './styles.module.css';

/** The accreditation bodies the data knows, by region, with what their accreditation means. */
export default function AccreditationBodies(): React.ReactElement {
  const bodies = [...teaching.accreditation].sort((a, b) => a.region.localeCompare(b.region));
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="learn.accreditation.region">Region</Translate>
            </th>
            <th scope="col">
              <Translate id="learn.accreditation.body">Accreditation body</Translate>
            </th>
            <th scope="col">
              <Translate id="learn.accreditation.meaning">What its accreditation means</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {bodies.map((b) => (
            <tr key={b.acronym}>
              <td>{b.region}</td>
              <th scope="row">
                {b.url ? <a href={b.url}>{b.acronym}</a> : b.acronym} <span className={styles.muted}>{b.name}</span>
              </th>
              <td>
                {b.meaning} <Sources sources={b.sources} asOf={b.asOf} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
