/**
 * The search index file of one locale, as the build writes it and the browser fetches it: the
 * shape shared by the builder (buildIndex.ts, FlexSearch, build time only) and the engine
 * (engine.ts, in the browser, the relevance test and the benchmark).
 *
 * It is made to be cheap on the first search: mostly strings (the browser parses a string at the
 * speed it copies it), terms already merged and in order, postings decoded term by term when a
 * query first needs them (postings.ts), documents turned into objects only when shown.
 */
import type {SearchDocument} from './document';

/** 3: one merged term list, postings as text (one string per term), documents as tuples. */
export const SEARCH_INDEX_VERSION = 3;

/** The indexed fields, in the order the engine weighs them. */
export const FIELDS = ['keys', 'heading', 'body'] as const;

/** What a result shows: the stored part of a document. */
export type StoredDocument = Pick<SearchDocument, 'kind' | 'standard' | 'ref' | 'title' | 'snippet' | 'href' | 'themes'>;
/** A stored document as the file holds it: its fields in order, '' for a missing ref, [] for no themes. */
export type StoredTuple = [kind: StoredDocument['kind'], standard: string, ref: string, title: string, snippet: string, href: string, themes: string[]];

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  locale: string;
  /** Traditional -> Simplified character pairs (traditional.ts), empty where the text has no Han. */
  characters: string;
  /** The themes clauses are tagged with, named in the locale, for the theme filter. */
  themes: {id: string; name: string}[];
  /** By document id, from 0: what a result shows. */
  documents: StoredTuple[];
  /** Every indexed term once, in UTF-16 code unit order (prefixes are a range of it). */
  terms: string[];
  /** By term: how many documents hold it, a document counting once per field. */
  frequency: number[];
  /**
   * By term: the documents holding it in each field, as FlexSearch ranked them (earlier positions
   * in the text first), as postings text (postings.ts), the fields in the order of FIELDS joined
   * by FIELD_SEPARATOR ("!!…" for a term found only in body text).
   */
  postings: string[];
}
