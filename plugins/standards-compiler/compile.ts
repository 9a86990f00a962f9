/**
 * The standards compiler: reads and validates the corpus, checks it across files, and returns
 * plain JSON-serialisable content, or throws one StandardsDataError listing every problem.
 */
import {crossCheckGlossary} from './crossCheckGlossary';
import {crossCheckLessons} from './crossCheckLessons';
import {crossCheck} from './crossCheck';
import {crossCheckAdvisor} from './crossCheckAdvisor';
import {crossCheckClauses} from './crossCheckClauses';
import {crossCheckProse} from './crossCheckProse';
import {crossCheckSearchTerms} from './crossCheckSearchTerms';
import {loadCorpus} from './load';
import {standardPath} from '../../src/core/paths';
import type {Problem} from './problems';
import {StandardsDataError} from './problems';
import {catalogueRef} from '../../src/core/clauses';
import {type Coverage, computeCoverage} from '../../src/core/coverage';
import type {AdvisorRules, ExchangeRates} from '../../src/core/advisor/schema';
import type {CostModel} from '../../src/core/cost/schema';
import {crossCheckCostModel} from './crossCheckCostModel';
import {isStatusStale} from '../../src/core/statusFreshness';
import type {
  Catalogue,
  Crosswalk,
  Landscape,
  SearchTermGroup,
  GlossaryTerm,
  LocalizedText,
  Source,
  StandardFrontMatter,
  StandardRecord,
  Theme,
} from '../../src/core/schema';
import {DEFAULT_LOCALE, LOCALES, type Locale} from '../../src/core/vocabulary';

export interface StandardsContent {
  standards: StandardRecord[];
  landscape: Landscape;
  /** The field's terms, defined (standards-data/glossary.yaml). */
  glossary: GlossaryTerm[];
  /** Each lesson's title by its id, in every locale (the lessons' frontmatter). */
  lessonTitles: Record<string, LocalizedText>;
  themes: Theme[];
  /** The field's vocabulary for search (standards-data/search-terms.yaml). */
  searchTerms: SearchTermGroup[];
  catalogues: Catalogue[];
  crosswalks: Crosswalk[];
  /** For every crosswalk, what holding either side covers of the other: computed once, here. */
  coverage: Coverage[];
  sources: Source[];
  advisorRules: AdvisorRules;
  exchangeRates: ExchangeRates;
  costModel: CostModel;
  /**
   * Each standard's prose per locale, as Markdown: `pages[id][locale]`. Rendering waits for the
   * pages of the locale being built (props.ts), so each locale's build renders only its own prose.
   */
  pages: Record<string, Record<Locale, {file: string; markdown: string}>>;
}

/** A standard is current while any edition is; otherwise it has the status of its latest edition. */
export const deriveStatus = (editions: StandardFrontMatter['editions']): StandardRecord['status'] => {
  if (editions.some((e) => e.status === 'current')) return 'current';
  const latest = editions.reduce((a, b) => (b.year >= a.year ? b : a));
  return latest.status;
};

const toRecord = (data: StandardFrontMatter, year: number): StandardRecord => {
  const status = deriveStatus(data.editions);
  return {
    ...data,
    status,
    statusStale: isStatusStale(status, data.statusConfirmed.asOf, year),
    paths: Object.fromEntries(LOCALES.map((l) => [l, standardPath(data.id, l)])) as StandardRecord['paths'],
  };
};

const byFile = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export interface CompileOptions {
  /** The year statuses are judged fresh or stale against: the year of the build unless given. */
  year?: number;
}

export async function compileStandards(
  siteDir: string,
  {year = new Date().getFullYear()}: CompileOptions = {},
): Promise<StandardsContent> {
  const corpus = await loadCorpus(siteDir);
  const sourceIds = corpus.sourcesComplete
    ? new Set(corpus.sources.flatMap((s) => s.data.map((source) => source.id)))
    : undefined;
  const problems = [
    ...corpus.problems,
    ...crossCheck(corpus),
    ...crossCheckClauses(corpus),
    ...crossCheckProse(corpus),
    ...crossCheckSearchTerms(corpus),
    ...crossCheckAdvisor(corpus, sourceIds),
    ...crossCheckCostModel(corpus, sourceIds),
    ...crossCheckGlossary(corpus, sourceIds),
    ...crossCheckLessons(corpus),
  ].sort(byFile);
  if (problems.length > 0) throw new StandardsDataError(problems);

  const standards = corpus.standards.map((s) => toRecord(s.data, year)).sort((a, b) => a.id.localeCompare(b.id));
  const pages: StandardsContent['pages'] = {};
  for (const {file, data, markdown} of corpus.standards) {
    pages[data.id] = {[DEFAULT_LOCALE]: {file, markdown}} as StandardsContent['pages'][string];
  }
  for (const {file, id, locale, markdown} of [...corpus.translations, ...corpus.derivedTranslations]) {
    pages[id][locale] = {file, markdown};
  }
  const sources = corpus.sources.flatMap((s) => s.data).sort((a, b) => a.id.localeCompare(b.id));
  const catalogues = corpus.catalogues
    .map((c) => c.data)
    .sort((a, b) => catalogueRef(a).localeCompare(catalogueRef(b)));
  const crosswalks = corpus.crosswalks.map((c) => c.data);
  const byRef = new Map(catalogues.map((c) => [catalogueRef(c), c]));
  const coverage = crosswalks.flatMap((x) => [
    computeCoverage(x, byRef.get(x.from)!, byRef.get(x.to)!),
    computeCoverage(x, byRef.get(x.to)!, byRef.get(x.from)!),
  ]);
  return {
    standards,
    landscape: corpus.landscape!,
    glossary: corpus.glossary!,
    lessonTitles: corpus.lessonTitles,
    themes: corpus.themes!,
    searchTerms: corpus.searchTerms!,
    catalogues,
    crosswalks,
    coverage,
    sources,
    advisorRules: corpus.advisorRules!,
    exchangeRates: corpus.exchangeRates!,
    costModel: corpus.costModel as CostModel,
    pages,
  };
}
