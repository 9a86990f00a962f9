/** The relevance set (queries.yaml) and recall@5 over an index, with the browser's query code. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'js-yaml';
import type {SearchEngine} from '../../src/core/search/engine';
import type {Locale} from '../../src/core/vocabulary';

export interface RelevanceQuery {
  locale: Locale;
  query: string;
  /** The link of the result expected in the first five. */
  expect: string;
  script?: 'traditional';
}

export const RECALL_AT = 5;
/** The share of the set whose expected result must be in the first RECALL_AT: the test's bar, and the bench's. */
export const MIN_RECALL = 0.95;

export const readRelevanceSet = (): RelevanceQuery[] =>
  load(readFileSync(path.join(import.meta.dirname, 'queries.yaml'), 'utf8')) as RelevanceQuery[];

/** The queries whose expected result is not in the first five, with what came instead. */
export function misses(
  engine: SearchEngine,
  queries: readonly RelevanceQuery[],
): {query: RelevanceQuery; got: string[]}[] {
  return queries
    .map((query) => ({query, got: engine.search(query.query, {limit: RECALL_AT}).map((h) => h.href)}))
    .filter(({query, got}) => !got.includes(query.expect));
}
