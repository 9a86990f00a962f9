/**
 * What one standard covers of another, weighed by strength, in one sentence: the gap view, its
 * slides, the side-by-side comparison and the lessons all say it in these words. No one holds a
 * common structure (the Harmonized Structure), so from it the sentence says how much of the other
 * standard is its shared core instead.
 */
import Translate from '@docusaurus/Translate';
import {percentText} from '@site/src/core/format';
import React from 'react';

export default function CoverageSentence({
  from,
  to,
  weightedShare,
  fromIsStructure,
}: {
  /** The two standards' names as the view shows them. */
  from: string;
  to: string;
  weightedShare: number;
  fromIsStructure: boolean;
}): React.ReactElement {
  const values = {from, to, weighted: percentText(weightedShare)};
  return fromIsStructure ? (
    <Translate id="crosswalk.gap.weightedCore" values={values}>
      {'About {weighted} of what {to} asks is the shared core of {from}.'}
    </Translate>
  ) : (
    <Translate id="crosswalk.gap.weighted" values={values}>
      {'Holding {from} covers about {weighted} of what {to} asks.'}
    </Translate>
  );
}
