/**
 * Checks that hold across files: ids are unique, every reference names something that exists,
 * and every standard has a page in every locale.
 */
import type {LoadedCorpus} from './load';
import {LANDSCAPE_FILE, SOURCES_DIR, STANDARDS_DIR, translationsDir} from './dataFiles';
import {type Problem, formatPath} from './problems';
import type {StandardFrontMatter} from '../../src/core/schema';
import {
  AUTHORED_LOCALES,
  DEFAULT_LOCALE,
  LOCALE_ENGLISH_NAMES,
  OUR_ANALYSIS_SOURCE_ID,
} from '../../src/core/vocabulary';

/** Every `sources` list in a standard, with its field path. */
function* sourceReferences(value: unknown, path: PropertyKey[] = []): Generator<{path: PropertyKey[]; id: string}> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* sourceReferences(item, [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(item)) {
        for (const [i, id] of item.entries()) yield {path: [...path, key, i], id: String(id)};
      } else {
        yield* sourceReferences(item, [...path, key]);
      }
    }
  }
}

/** Reports every value seen twice, naming the file of its first occurrence. */
const duplicates = <T>(items: readonly T[], key: (item: T) => string, report: (item: T, first: T) => void) => {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, item);
    else report(item, first);
  }
};

export function checkSourceReferences(
  file: string,
  data: unknown,
  sourceIds: ReadonlySet<string>,
  problems: Problem[],
) {
  for (const {path, id} of sourceReferences(data)) {
    if (!sourceIds.has(id)) {
      problems.push({
        file,
        path: formatPath(path),
        message: `expected the id of a source in standards-data/sources/, got "${id}"`,
      });
    }
  }
}

function checkStandardReferences(
  file: string,
  data: StandardFrontMatter,
  standardIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  problems: Problem[],
) {
  const add = (path: PropertyKey[], message: string) => problems.push({file, path: formatPath(path), message});
  checkSourceReferences(file, data, sourceIds, problems);
  // A count is either about a figure or at least it, never both.
  const bothQualifiers = 'expected approximate or atLeast, not both';
  (data.structure ?? []).forEach((claim, i) =>
    claim.levels.forEach((level, j) => {
      if (level.approximate && level.atLeast) add(['structure', i, 'levels', j, 'atLeast'], bothQualifiers);
    }),
  );
  (data.adoption ?? []).forEach((claim, i) => {
    if (claim.approximate && claim.atLeast) add(['adoption', i, 'atLeast'], bothQualifiers);
  });
  const versions = new Set(data.editions.map((e) => e.version));
  data.editions.forEach((edition, i) => {
    if (edition.successor !== undefined && !versions.has(edition.successor)) {
      add(
        ['editions', i, 'successor'],
        `expected the version of another edition of ${data.id}, got "${edition.successor}"`,
      );
    }
    if (edition.successorStandard !== undefined && !standardIds.has(edition.successorStandard)) {
      add(
        ['editions', i, 'successorStandard'],
        `expected the id of a standard in ${STANDARDS_DIR}/, got "${edition.successorStandard}"`,
      );
    }
  });
  // A current edition known current in a year its status confirmation predates would be a
  // freshness the standard's own views could not show.
  data.editions.forEach((edition, i) => {
    if (edition.status === 'current' && edition.asOf > data.statusConfirmed.asOf) {
      add(
        ['statusConfirmed', 'asOf'],
        `expected the year of the newest confirmation, at least ${edition.asOf} (the as-of year of current edition "${edition.version}", editions[${i}]), got ${data.statusConfirmed.asOf}`,
      );
    }
  });
  data.structure?.forEach((structure, i) => {
    if (structure.edition !== undefined && !versions.has(structure.edition)) {
      add(
        ['structure', i, 'edition'],
        `expected the version of one of ${data.id}'s editions, got "${structure.edition}"`,
      );
    }
  });
  data.related?.forEach((relation, i) => {
    if (relation.id === data.id)
      add(['related', i, 'id'], `expected another standard's id, got its own id "${relation.id}"`);
    else if (!standardIds.has(relation.id)) {
      add(['related', i, 'id'], `expected the id of a standard in ${STANDARDS_DIR}/, got "${relation.id}"`);
    }
  });
}

export function crossCheck(corpus: LoadedCorpus): Problem[] {
  const problems: Problem[] = [];
  const {standards, translations} = corpus;
  const sources = corpus.sources.flatMap(({file, data}) => data.map((source, index) => ({file, index, source})));

  duplicates(
    standards,
    (s) => s.data.id,
    (s, first) =>
      problems.push({
        file: s.file,
        path: 'id',
        message: `expected a unique id, got "${s.data.id}" (also in ${first.file})`,
      }),
  );
  duplicates(
    sources,
    ({source}) => source.id,
    ({file, index, source}, first) =>
      problems.push({
        file,
        path: `[${index}].id`,
        message: `expected a unique id, got "${source.id}" (also in ${first.file})`,
      }),
  );

  const standardIds = corpus.declaredStandardIds;
  // Without every sources file, references would be reported by the dozen; their own problems say enough.
  const sourceIds = corpus.sourcesComplete ? new Set(sources.map(({source}) => source.id)) : undefined;
  if (sourceIds && !sourceIds.has(OUR_ANALYSIS_SOURCE_ID)) {
    problems.push({
      file: SOURCES_DIR,
      path: '',
      message: `expected a source with id "${OUR_ANALYSIS_SOURCE_ID}", got none`,
    });
  }
  for (const {file, data} of standards) {
    if (sourceIds) checkStandardReferences(file, data, standardIds, sourceIds, problems);
  }
  if (sourceIds) {
    for (const {file, data} of [...corpus.catalogues, ...corpus.crosswalks])
      checkSourceReferences(file, data, sourceIds, problems);
  }
  if (corpus.landscape) {
    const {forerunners, history} = corpus.landscape;
    if (sourceIds) checkSourceReferences(LANDSCAPE_FILE, corpus.landscape, sourceIds, problems);
    forerunners.forEach(({successor}, i) => {
      if (!standardIds.has(successor)) {
        problems.push({
          file: LANDSCAPE_FILE,
          path: `forerunners[${i}].successor`,
          message: `expected the id of a standard in ${STANDARDS_DIR}/, got "${successor}"`,
        });
      }
    });
    duplicates(
      [
        ...forerunners.map((f, i) => ({id: f.id, path: `forerunners[${i}].id`})),
        ...history.map((h, i) => ({id: h.id, path: `history[${i}].id`})),
      ],
      (entry) => entry.id,
      (entry) =>
        problems.push({file: LANDSCAPE_FILE, path: entry.path, message: `expected a unique id, got "${entry.id}"`}),
    );
  }

  for (const locale of AUTHORED_LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const ofLocale = translations.filter((t) => t.locale === locale);
    duplicates(
      ofLocale,
      (t) => t.id,
      (t, first) =>
        problems.push({
          file: t.file,
          path: 'id',
          message: `expected one ${LOCALE_ENGLISH_NAMES[locale]} page per standard, got a second for "${t.id}" (also ${first.file})`,
        }),
    );
    for (const t of ofLocale) {
      if (!standardIds.has(t.id)) {
        problems.push({
          file: t.file,
          path: 'id',
          message: `expected the id of a standard in ${STANDARDS_DIR}/, got "${t.id}"`,
        });
      }
    }
    const translated = corpus.declaredTranslationIds.get(locale) ?? new Set<string>();
    for (const {file, data} of standards) {
      if (!translated.has(data.id)) {
        problems.push({
          file,
          path: '',
          message: `expected a ${LOCALE_ENGLISH_NAMES[locale]} page with id "${data.id}" in ${translationsDir(locale)}/, got none`,
        });
      }
    }
  }
  return problems;
}
