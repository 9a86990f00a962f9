/**
 * Reads the corpus from disk and validates each file on its own. Every problem is collected;
 * nothing is dropped or defaulted.
 */
import {readFileSync} from 'node:fs';
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import type {Root} from 'mdast';
import {FrontMatterSyntaxError, parsePage} from './frontMatter';
import {YamlSyntaxError, parseYaml} from './yaml';
import {FILE_CONCURRENCY, mapLimit} from './mapLimit';
import {SOURCES_DIR, STANDARDS_DIR, translationsDir} from './paths';
import {type Problem, problemsFromZod} from './problems';
import {
  type Source,
  type StandardFrontMatter,
  sourcesFileSchema,
  standardFrontMatterSchema,
  translationFrontMatterSchema,
} from './schema';
import {DEFAULT_LOCALE, LOCALES, type Locale} from './vocabulary';

export interface LoadedStandard {
  file: string;
  data: StandardFrontMatter;
  body: Root;
}

export interface LoadedTranslation {
  file: string;
  locale: Locale;
  id: string;
  body: Root;
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
  sources: LoadedSources[];
  /** False when a sources file could not be read: references cannot be checked then. */
  sourcesComplete: boolean;
  problems: Problem[];
}

const FACT_FIELDS = new Set(Object.keys(standardFrontMatterSchema.shape));

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

/** Reads a page and parses its frontmatter; a syntax problem becomes a Problem, not a throw. */
const readPage = async (siteDir: string, file: string, problems: Problem[]) => {
  // Synchronous: pages are small and parsing is CPU-bound, so async reads only add waiting.
  const markdown = readFileSync(path.join(siteDir, file), 'utf8');
  try {
    return parsePage(markdown);
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw new Error(`Processing of ${file} failed`, {cause: error});
    problems.push({file, path: '', message: error.message});
    return undefined;
  }
};

/** The id a page's frontmatter declares, when it declares a readable one. */
const declaredId = (frontMatter: unknown): string | undefined =>
  frontMatter && typeof frontMatter === 'object' && 'id' in frontMatter && typeof frontMatter.id === 'string'
    ? frontMatter.id
    : undefined;

const hasProse = (body: Root): boolean => body.children.some((n) => n.type !== 'html');

async function loadStandard(
  siteDir: string,
  file: string,
  problems: Problem[],
  declared: Set<string>,
): Promise<LoadedStandard | undefined> {
  const page = await readPage(siteDir, file, problems);
  if (!page) return undefined;
  const id = declaredId(page.frontMatter);
  if (id !== undefined) declared.add(id);
  const result = standardFrontMatterSchema.safeParse(page.frontMatter, {reportInput: true});
  if (!hasProse(page.body)) problems.push({file, path: '', message: 'expected prose below the frontmatter, got none'});
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error));
    return undefined;
  }
  return {file, data: result.data, body: page.body};
}

async function loadTranslation(
  siteDir: string,
  file: string,
  locale: Locale,
  problems: Problem[],
  declared: Set<string>,
): Promise<LoadedTranslation | undefined> {
  const page = await readPage(siteDir, file, problems);
  if (!page) return undefined;
  const frontMatter = page.frontMatter;
  const id = declaredId(frontMatter);
  if (id !== undefined) declared.add(id);
  // A fact in a translation would be a second copy of it: say so, rather than "unknown field".
  if (frontMatter && typeof frontMatter === 'object' && !Array.isArray(frontMatter)) {
    const facts = Object.keys(frontMatter).filter((key) => key !== 'id' && FACT_FIELDS.has(key));
    for (const key of facts) {
      problems.push({
        file,
        path: key,
        message: `expected no facts in a translation (write "${key}" once, in ${STANDARDS_DIR}/), got a restated fact`,
      });
    }
    if (facts.length > 0) return undefined;
  }
  const result = translationFrontMatterSchema.safeParse(frontMatter, {reportInput: true});
  if (!hasProse(page.body)) problems.push({file, path: '', message: 'expected prose below the frontmatter, got none'});
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error));
    return undefined;
  }
  return {file, locale, id: result.data.id, body: page.body};
}

async function loadSourcesFile(siteDir: string, file: string, problems: Problem[]): Promise<LoadedSources | undefined> {
  const text = await readFile(path.join(siteDir, file), 'utf8');
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw new Error(`Processing of ${file} failed`, {cause: error});
    problems.push({file, path: '', message: `line ${error.line}: expected valid YAML: ${error.reason}`});
    return undefined;
  }
  const result = sourcesFileSchema.safeParse(raw, {reportInput: true});
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error));
    return undefined;
  }
  return {file, data: result.data};
}

export async function loadCorpus(siteDir: string): Promise<LoadedCorpus> {
  const problems: Problem[] = [];
  const standardFiles = await filesIn(siteDir, STANDARDS_DIR, '.md');
  const translationFiles = await Promise.all(
    LOCALES.filter((l) => l !== DEFAULT_LOCALE).map(async (locale) => ({
      locale,
      files: await filesIn(siteDir, translationsDir(locale), '.md'),
    })),
  );
  const declaredStandardIds = new Set<string>();
  const declaredTranslationIds = new Map(translationFiles.map(({locale}) => [locale, new Set<string>()]));
  const standards = await mapLimit(standardFiles, FILE_CONCURRENCY, (file) =>
    loadStandard(siteDir, file, problems, declaredStandardIds),
  );
  const translations = await mapLimit(
    translationFiles.flatMap(({locale, files}) => files.map((file) => ({locale, file}))),
    FILE_CONCURRENCY,
    ({locale, file}) => loadTranslation(siteDir, file, locale, problems, declaredTranslationIds.get(locale)!),
  );
  const sourceFiles = await filesIn(siteDir, SOURCES_DIR, '.yaml');
  if (sourceFiles.length === 0) problems.push({file: SOURCES_DIR, path: '', message: 'expected one or more .yaml lists of sources, got none'});
  const sources = await mapLimit(sourceFiles, FILE_CONCURRENCY, (file) => loadSourcesFile(siteDir, file, problems));
  return {
    standards: standards.filter((s) => s !== undefined),
    declaredStandardIds,
    declaredTranslationIds,
    translations: translations.filter((t) => t !== undefined),
    sources: sources.filter((s) => s !== undefined),
    sourcesComplete: sourceFiles.length > 0 && sources.every((s) => s !== undefined),
    problems,
  };
}
