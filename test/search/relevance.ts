/**
 * The relevance set (queries.yaml) and how it is scored: recall@5 and mean reciprocal rank, overall
 * and by kind, over whatever answers a query with a list of links (our engine in Node, or another).
 * Nothing here reads the index's inner workings: a query is answered by a function.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'js-yaml';
import {z} from 'zod';
import type {SearchEngine} from '../../src/core/search/engine';
import {LOCALES, type Locale} from '../../src/core/vocabulary';

export const RELEVANCE_KINDS = [
  'id',
  'standard',
  'clause',
  'typo',
  'word-form',
  'trade-word',
  'cross-language',
  'term',
] as const;
export type RelevanceKind = (typeof RELEVANCE_KINDS)[number];

const queryShape = z.strictObject({
  /** The site the query is typed on. */
  locale: z.enum(LOCALES),
  query: z.string().min(1),
  /** The link (or links, any of which counts) expected in the first five. A link without `#` is a standard's page. */
  expect: z.union([z.string().startsWith('/'), z.array(z.string().startsWith('/')).min(1)]),
  kind: z.enum(RELEVANCE_KINDS),
  script: z.literal('traditional').optional(),
});

export interface RelevanceQuery {
  locale: Locale;
  query: string;
  expect: string | string[];
  kind: RelevanceKind;
  script?: 'traditional';
}

export const RECALL_AT = 5;
/** The share of the set whose expected result must be in the first RECALL_AT: the test's bar, and the bench's. */
export const MIN_RECALL = 0.9;

export function readRelevanceSet(): RelevanceQuery[] {
  const file = path.join(import.meta.dirname, 'queries.yaml');
  const parsed = z.array(queryShape).safeParse(load(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new Error(`${file}: [${issue.path.join('.')}]: ${issue.message}`);
  }
  return parsed.data;
}

export const expectedLinks = (query: RelevanceQuery): string[] =>
  typeof query.expect === 'string' ? [query.expect] : query.expect;

/** Whether a result's link is what the query expects: the link itself, or for a standard's page any part of it. */
export function isExpected(query: RelevanceQuery, href: string): boolean {
  return expectedLinks(query).some((want) =>
    want.includes('#') ? href === want : href === want || href.startsWith(`${want}#`),
  );
}

/** The 1-based rank of the first expected result, or 0 when none is in the list. */
export function rankOf(query: RelevanceQuery, hrefs: readonly string[]): number {
  return hrefs.findIndex((href) => isExpected(query, href)) + 1;
}

/** Answers a query typed on a locale's site with the links of its results, best first. */
export type Searcher = (locale: Locale, query: string, limit: number) => string[];

export const engineSearcher =
  (engines: Record<Locale, SearchEngine>): Searcher =>
  (locale, query, limit) =>
    engines[locale].search(query, {limit}).map((h) => h.href);

export interface Scored {
  query: RelevanceQuery;
  got: string[];
  /** 1-based rank of the first expected result within the first RECALL_AT, 0 if none. */
  rank: number;
}

export const score = (search: Searcher, queries: readonly RelevanceQuery[]): Scored[] =>
  queries.map((query) => {
    const got = search(query.locale, query.query, RECALL_AT);
    return {query, got, rank: rankOf(query, got)};
  });

export interface Summary {
  count: number;
  recall: number;
  mrr: number;
}

export function summarise(scored: readonly Scored[]): Summary {
  const count = scored.length;
  const found = scored.filter((s) => s.rank > 0).length;
  const mrr = scored.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0);
  return {count, recall: count ? found / count : 0, mrr: count ? mrr / count : 0};
}

/** Recall@5 and MRR for the whole set and for each kind present in it. */
export function summariseByKind(scored: readonly Scored[]): {all: Summary; byKind: [RelevanceKind, Summary][]} {
  const byKind = RELEVANCE_KINDS.map(
    (kind) => [kind, summarise(scored.filter((s) => s.query.kind === kind))] as [RelevanceKind, Summary],
  ).filter(([, s]) => s.count > 0);
  return {all: summarise(scored), byKind};
}

export const describeMiss = ({query, got}: Scored): string =>
  `${query.locale} [${query.kind}] "${query.query}": expected ${expectedLinks(query).join(' or ')}, got ${got.join(', ') || 'nothing'}`;

/** The queries whose expected result is not in the first five, with what came instead. */
export const misses = (engine: SearchEngine, queries: readonly RelevanceQuery[]): Scored[] =>
  score((_, query, limit) => engine.search(query, {limit}).map((h) => h.href), queries).filter((s) => s.rank === 0);
