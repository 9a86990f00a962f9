/**
 * Checks that hold across the glossary and the rest of the data: ids unique, every `seeAlso` a
 * term of the glossary, every standard and source one that exists.
 */
import {checkSourceReferences} from './crossCheck';
import {GLOSSARY_FILE, STANDARDS_DIR} from './dataFiles';
import type {LoadedCorpus} from './load';
import type {Problem} from './problems';
import {GLOSSARY_GROUP} from '../../src/core/search/kinds';

export function crossCheckGlossary(corpus: LoadedCorpus, sourceIds: ReadonlySet<string> | undefined): Problem[] {
  const problems: Problem[] = [];
  const terms = corpus.glossary;
  if (!terms) return problems;
  if (sourceIds) checkSourceReferences(GLOSSARY_FILE, {terms}, sourceIds, problems);
  // Search groups the glossary's terms under this key, as it groups every other result by standard.
  corpus.standards.forEach(({file, data}) => {
    if (data.id === GLOSSARY_GROUP)
      problems.push({
        file,
        path: 'id',
        message: `expected an id other than "${GLOSSARY_GROUP}", which search keeps for the glossary`,
      });
  });
  const ids = new Set<string>();
  terms.forEach((term, i) => {
    if (ids.has(term.id))
      problems.push({file: GLOSSARY_FILE, path: `terms[${i}].id`, message: `expected a unique id, got "${term.id}"`});
    ids.add(term.id);
  });
  terms.forEach((term, i) => {
    term.seeAlso?.forEach((id, j) => {
      if (!ids.has(id) || id === term.id)
        problems.push({
          file: GLOSSARY_FILE,
          path: `terms[${i}].seeAlso[${j}]`,
          message: `expected the id of another term of the glossary, got "${id}"`,
        });
    });
    term.standards?.forEach((id, j) => {
      if (!corpus.declaredStandardIds.has(id))
        problems.push({
          file: GLOSSARY_FILE,
          path: `terms[${i}].standards[${j}]`,
          message: `expected the id of a standard in ${STANDARDS_DIR}/, got "${id}"`,
        });
    });
  });
  return problems;
}
