import React from 'react';
import type {SourcedFact, StandardFacts} from '@site/src/core/teaching/types';
import Sources from './Sources';
import {standardFacts} from './teachingData';

/** The facts a lesson may show of a standard. */
export const FACT_FIELDS = ['firstPublished', 'owner', 'certifies', 'validity', 'latestEdition', 'design'] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** One fact of one standard, with the year it describes and its sources, to sit in a sentence. */
export default function Fact({standard, field}: {standard: string; field: FactField}): React.ReactElement {
  const s = standardFacts(standard, '<Fact standard>');
  if (field === 'latestEdition') return <span>{s.latestEdition.text}</span>;
  const fact: SourcedFact<unknown> | undefined = (s as StandardFacts)[field];
  if (!fact) throw new Error(`<Fact field>: ${standard} has no ${field} in its data (docs/standards/${standard}.md)`);
  return (
    <span>
      {fact.text} <Sources sources={fact.sources} asOf={fact.asOf} />
    </span>
  );
}
