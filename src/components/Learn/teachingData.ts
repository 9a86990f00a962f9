/**
 * The teaching data of the locale being built (plugins/standards-compiler/teaching/), and lookups
 * that fail the build on an id the data lacks: a lesson naming a standard or a term that does not
 * exist is a mistake to mend, not something to render as blank.
 */
import data from '@generated/standards-compiler/default/teaching.json';
import type {GlossaryEntry, StandardFacts, TeachingData} from '@site/src/core/teaching/types';

export const teaching: TeachingData = data;

export function standardFacts(id: string, where: string): StandardFacts {
  const facts = teaching.standards[id];
  if (!facts) throw new Error(`${where}: "${id}" is not the id of a standard in docs/standards/`);
  return facts;
}

export function glossaryEntry(id: string, where: string): GlossaryEntry {
  const entry = teaching.glossary.find((t) => t.id === id);
  if (!entry) throw new Error(`${where}: "${id}" is not the id of a term in standards-data/glossary.yaml`);
  return entry;
}

/** A comma-separated list of standard ids, as lessons write them in an attribute. */
export const standardIds = (list: string): string[] =>
  list
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
