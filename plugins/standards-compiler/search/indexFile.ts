/**
 * The search index file of one locale, as the build writes it and the browser fetches it: the
 * shape shared by the builder (buildIndex.ts, FlexSearch, build time only) and the engine
 * (searchIndex.ts, in the browser, the relevance test and the benchmark).
 */
import type {SearchDocument} from './documents';

/** 2: the terms of every `.map` chunk are in order. */
export const SEARCH_INDEX_VERSION = 2;

/** The indexed fields, in the order the engine weighs them. */
export const FIELDS = ['keys', 'heading', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** What a result shows: the stored part of a document. */
export const STORED = ['kind', 'standard', 'ref', 'title', 'snippet', 'href', 'themes'] as const;
export type StoredDocument = Pick<SearchDocument, (typeof STORED)[number]>;

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  locale: string;
  /** Traditional -> Simplified character pairs (traditional.ts), empty where the text has no Han. */
  characters: string;
  /** The themes clauses are tagged with, named in the locale, for the theme filter. */
  themes: {id: string; name: string}[];
  /**
   * FlexSearch's export, key by key, with the data parsed: `<field>.<n>.map` chunks hold
   * [term, buckets] pairs (the ids of the documents holding the term, bucket by bucket, earlier
   * positions in the text first), sorted by term in UTF-16 code unit order; `<n>.reg` every id,
   * `<n>.doc` [id, stored document] pairs.
   */
  chunks: [string, unknown][];
}
