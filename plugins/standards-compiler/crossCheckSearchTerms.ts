/**
 * Checks of the search terms file across files: group ids are unique, every word gives search
 * something to look for, and what a group is `about` exists (a standard, or a clause unit).
 */
import {unitRef, walkUnits} from '../../src/core/clauses';
import {analyze} from '../../src/core/search/tokenize';
import {AUTHORED_LOCALES} from '../../src/core/vocabulary';
import {CLAUSES_DIR, SEARCH_TERMS_FILE, STANDARDS_DIR} from './dataFiles';
import type {LoadedCorpus} from './load';
import {type Problem, formatPath} from './problems';

export function crossCheckSearchTerms(corpus: LoadedCorpus): Problem[] {
  const problems: Problem[] = [];
  if (!corpus.searchTerms) return problems;
  const add = (path: (string | number)[], message: string) =>
    problems.push({file: SEARCH_TERMS_FILE, path: formatPath(path), message});
  const units = new Set(
    corpus.catalogues.flatMap(({data}) => [...walkUnits(data.units)].map(({unit}) => unitRef(data, unit.id))),
  );
  const ids = new Set<string>();
  corpus.searchTerms.forEach((group, g) => {
    if (ids.has(group.id)) add([g, 'id'], `expected a unique group id, got a second "${group.id}"`);
    ids.add(group.id);
    for (const locale of AUTHORED_LOCALES)
      group.terms[locale].forEach((phrase, i) => {
        if (analyze(phrase).length === 0)
          add([g, 'terms', locale, i], `expected a word search can find (not only stop words), got "${phrase}"`);
      });
    group.about?.forEach((ref, i) => {
      if (ref.includes(':') ? !units.has(ref) : !corpus.declaredStandardIds.has(ref))
        add(
          [g, 'about', i],
          ref.includes(':')
            ? `expected a clause unit of a catalogue in ${CLAUSES_DIR}/, got "${ref}"`
            : `expected the id of a standard in ${STANDARDS_DIR}/, got "${ref}"`,
        );
    });
  });
  return problems;
}
