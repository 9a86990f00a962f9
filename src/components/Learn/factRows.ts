/**
 * The facts a lesson's small comparison and a standard's slides show, in order, each with the label
 * the comparison page gives it (factLabels.ts); design, which that page has no column for, with its own.
 */
import {translate} from '@docusaurus/Translate';
import type {SourcedFact, StandardFacts} from '@site/src/core/teaching/types';
import {factLabels} from '../factLabels';

export const TEACHING_FACTS = ['design', 'certifies', 'owner', 'firstPublished', 'validity'] as const;

export function teachingFactLabels(): Record<(typeof TEACHING_FACTS)[number], string> {
  const labels = factLabels();
  return {
    design: translate({id: 'learn.fact.design', message: 'Design'}),
    certifies: labels.certifies,
    owner: labels.owner,
    firstPublished: labels.firstPublished,
    validity: labels.validity,
  };
}

/** A standard's facts of TEACHING_FACTS, undefined where the data has none. */
export const teachingFacts = (s: StandardFacts): (SourcedFact<unknown> | undefined)[] =>
  TEACHING_FACTS.map((key): SourcedFact<unknown> | undefined => s[key]);
