import React from 'react';
import type {LessonFactField, SourcedFact, StandardFacts} from '@site/src/core/teaching/types';
import Sources from './Sources';
import {standardFacts} from './teachingData';

/** One fact of one standard, with the year it describes and its sources, to sit in a sentence. */
export default function Fact({standard, field}: {standard: string; field: LessonFactField}): React.ReactElement {
  const s = standardFacts(standard, '<Fact standard>');
  if (field === 'latestEdition') return <span>{s.editions.at(-1)!.text}</span>;
  const fact: SourcedFact<unknown> | undefined = (s as StandardFacts)[field];
  if (!fact) throw new Error(`<Fact field>: ${standard} has no ${field} in its data (docs/standards/${standard}.md)`);
  return (
    <span>
      {fact.text} <Sources sources={fact.sources} asOf={fact.asOf} />
    </span>
  );
}
