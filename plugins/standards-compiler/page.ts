/**
 * The work done on one page, on its own: read it, split it, validate its frontmatter and check
 * that it has prose. Synchronous: pages are small and the work is CPU-bound, so asynchronous
 * reads would only add waiting.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {FrontMatterSyntaxError, parsePage} from './frontMatter';
import {STANDARDS_DIR} from './dataFiles';
import {type Problem, problemsFromZod} from './problems';
import {type StandardFrontMatter, standardFrontMatterSchema, translationFrontMatterSchema} from '../../src/core/schema';
import type {Locale} from '../../src/core/vocabulary';

export type PageJob = {file: string; role: 'standard'} | {file: string; role: 'translation'; locale: Locale};

export interface PageResult {
  job: PageJob;
  problems: Problem[];
  /** The id the frontmatter declares, valid or not, so one bad field does not orphan references. */
  declaredId?: string;
  /** Set when the page is valid. */
  valid?: {data: StandardFrontMatter | {id: string}; markdown: string; proseLine: number};
}

const FACT_FIELDS = new Set(Object.keys(standardFrontMatterSchema.shape));

const declaredIdOf = (frontMatter: unknown): string | undefined =>
  frontMatter && typeof frontMatter === 'object' && 'id' in frontMatter && typeof frontMatter.id === 'string'
    ? frontMatter.id
    : undefined;

/** The line of the file the prose starts on, so that a problem in the prose can name its line. */
const lineOf = (text: string, offset: number): number => (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;

/** Prose is anything but white space and HTML comments. */
const hasProse = (markdown: string): boolean => markdown.replace(/<!--[\s\S]*?-->/g, '').trim() !== '';

/** A fact in a translation would be a second copy of it: say so, rather than "unknown field". */
const restatedFacts = (file: string, frontMatter: unknown): Problem[] =>
  frontMatter && typeof frontMatter === 'object' && !Array.isArray(frontMatter)
    ? Object.keys(frontMatter)
        .filter((key) => key !== 'id' && FACT_FIELDS.has(key))
        .map((key) => ({
          file,
          path: key,
          message: `expected no facts in a translation (write "${key}" once, in ${STANDARDS_DIR}/), got a restated fact`,
        }))
    : [];

export function processPage(siteDir: string, job: PageJob): PageResult {
  return checkPage(job, readFileSync(path.join(siteDir, job.file), 'utf8'));
}

/** One page's text checked on its own: its problems, or its valid data and prose. Never throws on bad input. */
export function checkPage(job: PageJob, text: string): PageResult {
  const {file} = job;
  let page;
  try {
    page = parsePage(text);
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw new Error(`Processing of ${file} failed`, {cause: error});
    return {job, problems: [{file, path: '', message: error.message}]};
  }
  const declaredId = declaredIdOf(page.frontMatter);
  const problems: Problem[] = job.role === 'translation' ? restatedFacts(file, page.frontMatter) : [];
  if (problems.length > 0) return {job, problems, declaredId};

  const schema = job.role === 'standard' ? standardFrontMatterSchema : translationFrontMatterSchema;
  const result = schema.safeParse(page.frontMatter, {reportInput: true});
  if (!hasProse(page.body)) problems.push({file, path: '', message: 'expected prose below the frontmatter, got none'});
  if (!result.success) problems.push(...problemsFromZod(file, result.error));
  if (!result.success || problems.length > 0) return {job, problems, declaredId};
  const proseLine = lineOf(text, text.length - page.body.length);
  return {job, problems, declaredId, valid: {data: result.data, markdown: page.body, proseLine}};
}
