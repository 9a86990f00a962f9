/**
 * Reads the corpus from disk and validates each file on its own. Every problem is collected;
 * nothing is dropped or defaulted.
 */
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {type PageJob, processPage} from './page';
import {FrontMatterSyntaxError, parsePage} from './frontMatter';
import {
  ADVISOR_RULES_FILE,
  CLAUSES_DIR,
  COST_MODEL_FILES,
  EXCHANGE_RATES_FILE,
  CROSSWALKS_DIR,
  GLOSSARY_FILE,
  LESSONS_DIR,
  LANDSCAPE_FILE,
  SOURCES_DIR,
  STANDARDS_DIR,
  SEARCH_TERMS_FILE,
  THEMES_FILE,
  lessonTranslationsDir,
  translationsDir,
} from './dataFiles';
import type {Problem} from './problems';
import type * as z from 'zod';
import {
  type AdvisorRules,
  type ExchangeRates,
  advisorRulesSchema,
  exchangeRatesSchema,
} from '../../src/core/advisor/schema';
import {
  type Catalogue,
  type Crosswalk,
  type GlossaryTerm,
  type LocalizedText,
  type Landscape,
  type SearchTermGroup,
  type Source,
  type StandardFrontMatter,
  type Theme,
  catalogueSchema,
  crosswalkSchema,
  glossaryFileSchema,
  landscapeSchema,
  searchTermsFileSchema,
  sourcesFileSchema,
  themesFileSchema,
} from '../../src/core/schema';
import {AUTHORED_LOCALES, DEFAULT_LOCALE, DERIVED_LOCALES, type Locale} from '../../src/core/vocabulary';
import {type WithDerivedLocales, addDerivedLocales} from '../../src/core/derivedLocales';
import {loadTaiwanConverter} from './taiwan/load';
import {readDataFile} from './readDataFile';
import {
  type CostModel,
  auditTimeFileSchema,
  dayRatesFileSchema,
  feesFileSchema,
  priceIndexFileSchema,
  schemesFileSchema,
} from '../../src/core/cost/schema';

export interface LoadedStandard {
  file: string;
  data: StandardFrontMatter;
  /** The English prose, as Markdown. */
  markdown: string;
  /** The line of the file the prose starts on. */
  proseLine: number;
}

export interface LoadedTranslation {
  file: string;
  locale: Locale;
  id: string;
  /** The translated prose, as Markdown. */
  markdown: string;
  /** The line of the file the prose starts on. */
  proseLine: number;
}

export interface LoadedSources {
  file: string;
  data: Source[];
}

export interface LoadedCorpus {
  /** Valid standards' pages. */
  standards: LoadedStandard[];
  /**
   * The id every standard's page declares, valid or not, so that a page with a mistake in one
   * field does not also make every reference to it fail.
   */
  declaredStandardIds: Set<string>;
  /** Likewise for translated pages, per locale. */
  declaredTranslationIds: Map<Locale, Set<string>>;
  translations: LoadedTranslation[];
  /**
   * The derived locales' pages, converted from their source locale's: checked through their
   * sources, never reported on their own (their `file` is the source's).
   */
  derivedTranslations: LoadedTranslation[];
  sources: LoadedSources[];
  landscape: Landscape | undefined;
  glossary: GlossaryTerm[] | undefined;
  /** The lessons as written, in every authored locale: the compiler checks what their components name. */
  lessons: {file: string; text: string}[];
  /** Each lesson's title (its frontmatter's `title`) by id, in every locale. */
  lessonTitles: Record<string, LocalizedText>;
  themes: Theme[] | undefined;
  searchTerms: SearchTermGroup[] | undefined;
  catalogues: {file: string; data: Catalogue}[];
  crosswalks: {file: string; data: Crosswalk}[];
  advisorRules: AdvisorRules | undefined;
  exchangeRates: ExchangeRates | undefined;
  costModel: Partial<CostModel>;
  /** False when a sources file could not be read: references cannot be checked then. */
  sourcesComplete: boolean;
  problems: Problem[];
}

const filesIn = async (siteDir: string, dir: string, extension: string): Promise<string[]> => {
  try {
    const entries = await readdir(path.join(siteDir, dir), {withFileTypes: true});
    return entries
      .filter((e) => e.isFile() && e.name.endsWith(extension))
      .map((e) => `${dir}/${e.name}`)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
};

/** The conversions that give each derived locale its text (vocabulary.ts: DERIVED_LOCALES). */
type Derive = <T>(value: T) => WithDerivedLocales<T>;

/** Reads and validates a YAML data file and derives its derived locales' texts (readDataFile.ts). */
async function loadDataFile<S extends z.ZodType>(
  siteDir: string,
  file: string,
  schema: S,
  problems: Problem[],
  derive: Derive,
): Promise<WithDerivedLocales<z.output<S>> | undefined> {
  const data = await readDataFile(siteDir, file, schema, problems);
  return data === undefined ? undefined : derive(data);
}

/** A lesson's title, from its frontmatter as the standards' pages are read; a problem where it has none. */
function lessonTitle(file: string, text: string, problems: Problem[]): string | undefined {
  try {
    const {title} = (parsePage(text).frontMatter ?? {}) as {title?: unknown};
    if (typeof title === 'string' && title.trim()) return title.trim();
    problems.push({file, path: 'title', message: `expected the lesson's title, got ${JSON.stringify(title)}`});
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    problems.push({file, path: '', message: error.message});
  }
  return undefined;
}

export async function loadCorpus(siteDir: string): Promise<LoadedCorpus> {
  const translationLocales = AUTHORED_LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  const jobs: PageJob[] = (await filesIn(siteDir, STANDARDS_DIR, '.md')).map((file) => ({file, role: 'standard'}));
  for (const locale of translationLocales) {
    for (const file of await filesIn(siteDir, translationsDir(locale), '.md'))
      jobs.push({file, role: 'translation', locale});
  }

  const corpus: LoadedCorpus = {
    standards: [],
    declaredStandardIds: new Set(),
    declaredTranslationIds: new Map(translationLocales.map((l) => [l, new Set()])),
    translations: [],
    derivedTranslations: [],
    sources: [],
    landscape: undefined,
    glossary: undefined,
    lessons: [],
    lessonTitles: {},
    themes: undefined,
    searchTerms: undefined,
    catalogues: [],
    crosswalks: [],
    advisorRules: undefined,
    exchangeRates: undefined,
    costModel: {},
    sourcesComplete: false,
    problems: [],
  };
  const toTaiwan = await loadTaiwanConverter(siteDir, corpus.problems);
  const derive: Derive = (value) => addDerivedLocales(value, {'zh-Hant': toTaiwan});
  for (const {job, problems, declaredId, valid} of jobs.map((job) => processPage(siteDir, job))) {
    corpus.problems.push(...problems);
    if (job.role === 'standard') {
      if (declaredId !== undefined) corpus.declaredStandardIds.add(declaredId);
      if (valid)
        corpus.standards.push({
          file: job.file,
          data: derive(valid.data) as StandardFrontMatter,
          markdown: valid.markdown,
          proseLine: valid.proseLine,
        });
    } else {
      if (declaredId !== undefined) corpus.declaredTranslationIds.get(job.locale)!.add(declaredId);
      if (valid) {
        const translation = {file: job.file, id: valid.data.id, markdown: valid.markdown, proseLine: valid.proseLine};
        corpus.translations.push({...translation, locale: job.locale});
        // A derived locale's page is its source's, converted: no one writes a second copy.
        if (job.locale === DERIVED_LOCALES['zh-Hant'])
          corpus.derivedTranslations.push({...translation, locale: 'zh-Hant', markdown: toTaiwan(valid.markdown)});
      }
    }
  }

  const sourceFiles = await filesIn(siteDir, SOURCES_DIR, '.yaml');
  if (sourceFiles.length === 0) {
    corpus.problems.push({
      file: SOURCES_DIR,
      path: '',
      message: 'expected one or more .yaml lists of sources, got none',
    });
  }
  for (const file of sourceFiles) {
    const data = await loadDataFile(siteDir, file, sourcesFileSchema, corpus.problems, derive);
    if (data) corpus.sources.push({file, data});
  }
  corpus.landscape = await loadDataFile(siteDir, LANDSCAPE_FILE, landscapeSchema, corpus.problems, derive);
  const titles: Record<string, Partial<Record<string, string>>> = {};
  for (const [i, dir] of [LESSONS_DIR, ...translationLocales.map(lessonTranslationsDir)].entries()) {
    for (const file of await filesIn(siteDir, dir, '.mdx')) {
      const text = await readFile(path.join(siteDir, file), 'utf8');
      corpus.lessons.push({file, text});
      const title = lessonTitle(file, text, corpus.problems);
      if (title)
        (titles[path.posix.basename(file, '.mdx')] ??= {})[i === 0 ? DEFAULT_LOCALE : translationLocales[i - 1]] =
          title;
    }
  }
  // A lesson missing in a translation has no title here, and the slides list it under none.
  for (const [id, title] of Object.entries(titles))
    if (AUTHORED_LOCALES.every((l) => title[l])) corpus.lessonTitles[id] = derive(title) as LocalizedText;
  corpus.glossary = (await loadDataFile(siteDir, GLOSSARY_FILE, glossaryFileSchema, corpus.problems, derive))?.terms;
  corpus.themes = await loadDataFile(siteDir, THEMES_FILE, themesFileSchema, corpus.problems, derive);
  corpus.searchTerms = await loadDataFile(siteDir, SEARCH_TERMS_FILE, searchTermsFileSchema, corpus.problems, derive);
  for (const file of await filesIn(siteDir, CLAUSES_DIR, '.yaml')) {
    const data = await loadDataFile(siteDir, file, catalogueSchema, corpus.problems, derive);
    if (data) corpus.catalogues.push({file, data});
  }
  for (const file of await filesIn(siteDir, CROSSWALKS_DIR, '.yaml')) {
    const data = await loadDataFile(siteDir, file, crosswalkSchema, corpus.problems, derive);
    if (data) corpus.crosswalks.push({file, data});
  }
  corpus.advisorRules = await loadDataFile(siteDir, ADVISOR_RULES_FILE, advisorRulesSchema, corpus.problems, derive);
  corpus.exchangeRates = await loadDataFile(siteDir, EXCHANGE_RATES_FILE, exchangeRatesSchema, corpus.problems, derive);
  const cost = corpus.costModel;
  cost.auditTime = await loadDataFile(
    siteDir,
    COST_MODEL_FILES.auditTime,
    auditTimeFileSchema,
    corpus.problems,
    derive,
  );
  cost.schemes = await loadDataFile(siteDir, COST_MODEL_FILES.schemes, schemesFileSchema, corpus.problems, derive);
  cost.dayRates = await loadDataFile(siteDir, COST_MODEL_FILES.dayRates, dayRatesFileSchema, corpus.problems, derive);
  const fees = await loadDataFile(siteDir, COST_MODEL_FILES.fees, feesFileSchema, corpus.problems, derive);
  if (fees) {
    cost.fees = fees.fees;
    cost.notFound = fees.notFound;
  }
  cost.priceIndex = await loadDataFile(
    siteDir,
    COST_MODEL_FILES.priceIndex,
    priceIndexFileSchema,
    corpus.problems,
    derive,
  );
  corpus.sourcesComplete = sourceFiles.length > 0 && corpus.sources.length === sourceFiles.length;
  return corpus;
}
