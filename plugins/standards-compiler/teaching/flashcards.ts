/**
 * Flashcards from the data: each glossary term with its definition, and each current standard with
 * its key facts (owner, design, who is certified, first published, how long a certificate runs),
 * each card citing the sources of what its back says.
 */
import type {Flashcard, GlossaryEntry, StandardFacts} from '../../../src/core/teaching/types';
import {GLOSSARY_ROUTE, termAnchor} from '../../../src/core/teaching/types';
import {fill, TEACHING_PHRASES} from '../../../src/core/teaching/phrases';
import type {Locale} from '../../../src/core/vocabulary';

const uniqueSources = (lists: Flashcard['sources'][]): Flashcard['sources'] => {
  const seen = new Map(lists.flat().map((s) => [s.id, s]));
  return [...seen.values()];
};

export function buildFlashcards(
  glossary: readonly GlossaryEntry[],
  standards: readonly (StandardFacts & {current: boolean})[],
  locale: Locale,
): Flashcard[] {
  const p = TEACHING_PHRASES[locale];
  const terms: Flashcard[] = glossary.map((t) => ({
    id: `term:${t.id}`,
    deck: 'terms',
    front: t.term,
    back: [t.definition],
    sources: t.sources,
    path: `${GLOSSARY_ROUTE}#${termAnchor(t.id)}`,
  }));
  const facts: Flashcard[] = standards
    .filter((s) => s.current)
    .map((s) => {
      const shown = [
        {line: fill(p.cardOwner, {owner: s.owner.text}), fact: s.owner},
        s.design && {line: fill(p.cardDesign, {design: s.design.text}), fact: s.design},
        s.certifies && {line: fill(p.cardCertifies, {party: s.certifies.text}), fact: s.certifies},
        s.firstPublished && {line: fill(p.cardFirst, {year: s.firstPublished.value}), fact: s.firstPublished},
        s.validity && {line: fill(p.cardValidity, {validity: s.validity.text}), fact: s.validity},
      ].filter((x) => !!x);
      return {
        id: `standard:${s.id}`,
        deck: 'standards' as const,
        front: s.short === s.name ? s.short : `${s.short}: ${s.name}`,
        back: shown.map((x) => x.line),
        sources: uniqueSources(shown.map((x) => x.fact.sources)),
        path: s.path,
      };
    });
  return [...terms, ...facts];
}
