/**
 * Checks of clause catalogues and crosswalks across files: each catalogue names a standard and one
 * of its editions, unit ids are unique, themes exist; each crosswalk joins two catalogues and maps
 * units that exist.
 */
import {catalogueRef, walkUnits} from '../../src/core/clauses';
import type {LoadedCorpus} from './load';
import {STANDARDS_DIR, THEMES_FILE} from './dataFiles';
import {type Problem, formatPath} from './problems';
import {OUR_ANALYSIS_SOURCE_ID} from '../../src/core/vocabulary';

export function crossCheckClauses(corpus: LoadedCorpus): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, path: (string | number)[], message: string) =>
    problems.push({file, path: formatPath(path), message});
  const editions = new Map(corpus.standards.map((s) => [s.data.id, new Set(s.data.editions.map((e) => e.version))]));
  const themeIds = new Set((corpus.themes ?? []).map((t) => t.id));

  const unitsByCatalogue = new Map<string, Set<string>>();
  for (const {file, data} of corpus.catalogues) {
    const ref = catalogueRef(data);
    if (!corpus.declaredStandardIds.has(data.standard)) {
      add(file, ['standard'], `expected the id of a standard in ${STANDARDS_DIR}/, got "${data.standard}"`);
    } else if (editions.has(data.standard) && !editions.get(data.standard)!.has(data.edition)) {
      add(file, ['edition'], `expected the version of one of ${data.standard}'s editions, got "${data.edition}"`);
    }
    if (unitsByCatalogue.has(ref)) add(file, ['key'], `expected a unique catalogue, got a second "${ref}"`);
    const ids = new Set<string>();
    for (const {unit, path, ancestors} of walkUnits(data.units)) {
      if (ids.has(unit.id)) add(file, [...path, 'id'], `expected a unique unit id, got a second "${unit.id}"`);
      ids.add(unit.id);
      if (!unit.themes && ancestors.length === 0) {
        add(file, [...path, 'themes'], "expected themes on a top-level unit (a unit below takes its parent's)");
      }
      if (corpus.themes) {
        unit.themes?.forEach((theme, i) => {
          if (!themeIds.has(theme))
            add(file, [...path, 'themes', i], `expected a theme id from ${THEMES_FILE}, got "${theme}"`);
        });
      }
    }
    unitsByCatalogue.set(ref, ids);
  }

  const pairs = new Map<string, string>();
  for (const {file, data} of corpus.crosswalks) {
    const pair = [data.from, data.to].sort().join(' ~ ');
    if (pairs.has(pair))
      add(file, ['to'], `expected one crosswalk per pair of catalogues, got a second (also ${pairs.get(pair)})`);
    pairs.set(pair, file);
    const {provenance} = data;
    if (provenance.kind === 'published' && provenance.sources.every((id) => id === OUR_ANALYSIS_SOURCE_ID)) {
      add(
        file,
        ['provenance', 'sources'],
        `expected the published mapping among the sources of a published crosswalk, got only "${OUR_ANALYSIS_SOURCE_ID}"`,
      );
    }
    for (const side of ['from', 'to'] as const) {
      if (!unitsByCatalogue.has(data[side]))
        add(file, [side], `expected a catalogue in standards-data/clauses/, got "${data[side]}"`);
    }
    data.mappings.forEach((mapping, i) => {
      for (const side of ['from', 'to'] as const) {
        const units = unitsByCatalogue.get(data[side]);
        if (units && !units.has(mapping[side])) {
          add(file, ['mappings', i, side], `expected a unit of ${data[side]}, got "${mapping[side]}"`);
        }
      }
    });
  }
  return problems;
}
