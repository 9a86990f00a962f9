import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {StandardRecord} from '@site/src/core/schema';
import {FOCUS_DIMENSIONS, FOCUS_SCORE_MAX} from '@site/src/core/vocabulary';
import React from 'react';
import {useLabels} from '../../../labels';
import {localize} from '@site/src/core/text';
import Citation from '../../../Citation/index';

/** The focus profile as a table: the score is text, the bar only repeats it. */
export default function FocusProfile({focus}: {focus: StandardRecord['focus']}): React.ReactElement {
  const vocabulary = useLabels();
  const {i18n} = useDocusaurusContext();
  const labels = vocabulary.focus;
  return (
    <>
      <table className="focus-profile">
        <thead>
          <tr>
            <th scope="col">
              <Translate id="standard.focus.dimension">Dimension</Translate>
            </th>
            <th scope="col">
              <Translate id="standard.focus.score" values={{max: String(FOCUS_SCORE_MAX)}}>
                {'Score (0–{max})'}
              </Translate>
            </th>
            <th scope="col">
              <Translate id="standard.focus.reason">Why</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {FOCUS_DIMENSIONS.map((d) => (
            <tr key={d}>
              <th scope="row">{labels[d]}</th>
              <td>
                <span className="focus-profile__score">{focus[d].score}</span>
                <span
                  className="focus-profile__bar"
                  aria-hidden="true"
                  style={{width: `${(focus[d].score / FOCUS_SCORE_MAX) * 5}em`}}
                />
              </td>
              <td>{localize(focus[d].reason, i18n.currentLocale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="fact-note">
        <Citation sources={focus.sources} asOf={focus.asOf} circa={focus.circa} />
      </p>
    </>
  );
}
