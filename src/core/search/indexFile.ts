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
import {SEARCH_KINDS} from './kinds';
import type {SynonymGroup} from './synonyms';

/**
 * 4: one merged term list, postings as text (one string per term), documents as tuples that write
 * what many of them share (kind, standard, title, the standard's page in the link) once.
 * 5: a fourth field, `alias` (the thing's names in the other locales), and the synonym groups of
 * the search terms file; a term's postings text ends after its last non-empty field.
 * 6: no snippets: they are a file of their own (snippetsFile.ts), fetched after the index, so that
 * the first results (titles) wait for half the bytes; the synonym groups analysed (synonyms.ts).
 * 7: `superseded`, the clauses of editions other than the one a standard's name means.
 * 8: `statuses`, what a standard's own result says of its status when it is not plainly current.
 * 9: the glossary's terms, a fifth kind (`term`), grouped under GLOSSARY_GROUP.
 * 10: `structure`, the clauses of the common structure other standards are written on.
 */
export const SEARCH_INDEX_VERSION = 10;

/** The indexed fields, in the order the engine weighs them. */
export const FIELDS = ['keys', 'heading', 'body', 'alias'] as const;

/** What a result shows, bar its snippet (snippetsFile.ts): the stored part of a document. */
export type StoredDocument = Pick<SearchDocument, 'kind' | 'standard' | 'ref' | 'title' | 'href' | 'themes'>;
/**
 * A stored document as the file holds it, its fields in order. Every byte of the file is downloaded
 * and parsed before the first results: what documents share is written once and pointed at. The
 * kind is its place in SEARCH_KINDS; the standard and the title are their places in the file's
 * `standards` and `titles` (a standard's prose sections bear the same headings as every other
 * standard's); the link is written relative to its standard's page (packHref). A missing ref is '',
 * and no themes, no element.
 */
export type StoredTuple = [kind: number, standard: number, ref: string, title: number, href: string, themes?: string[]];

/** The page of a standard, without the locale's base URL, as documents link to it. */
const standardPage = (standard: string) => `/standards/${standard}`;

/**
 * A document's link as the file stores it: what follows its standard's page ('' or '#anchor') when
 * it links to that page, else the link itself, which starts with '/' (unpackHref tells them apart).
 */
export function packHref(href: string, standard: string): string {
  if (!href.startsWith('/')) throw new Error(`a search document links to a path from the site's root, got "${href}"`);
  const page = standardPage(standard);
  const onPage = href.startsWith(page) && (href.length === page.length || href[page.length] === '#');
  return onPage ? href.slice(page.length) : href;
}

/** A document's link from the file's form of it (packHref). */
export const unpackHref = (stored: string, standard: string): string =>
  stored.startsWith('/') ? stored : standardPage(standard) + stored;

/** The kind of a stored tuple, from its place in SEARCH_KINDS. */
export const storedKind = (tuple: StoredTuple): StoredDocument['kind'] => SEARCH_KINDS[tuple[0]];

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  locale: string;
  /** Traditional -> Simplified character pairs (traditional.ts), empty where the text has no Han. */
  characters: string;
  /**
   * The field's vocabulary (standards-data/search-terms.yaml): groups of words that mean the same,
   * this locale's first, analysed as the engine matches them (synonyms.ts).
   */
  synonyms: SynonymGroup[];
  /** The themes clauses are tagged with, named in the locale, for the theme filter. */
  themes: {id: string; name: string}[];
  /** Every standard documents belong to, once: documents name theirs by its place here. */
  standards: string[];
  /** Every document title, once: documents name theirs by its place here. */
  titles: string[];
  /** By document id, from 0: what a result shows. */
  documents: StoredTuple[];
  /** The ids of the documents that are clauses of a superseded edition (document.ts), in order. */
  superseded: number[];
  /** The ids of the documents that are clauses of a common structure (document.ts), in order. */
  structure: number[];
  /**
   * A standard's status in the locale's words, by standard id, where it is not plainly current
   * (superseded, withdrawn, or current but not confirmed for years: statusFreshness.ts).
   */
  statuses: Record<string, string>;
  /** Every indexed term once, in UTF-16 code unit order (prefixes are a range of it). */
  terms: string[];
  /** By term: how many documents hold it, a document counting once per field. */
  frequency: number[];
  /**
   * By term: the documents holding it in each field, as FlexSearch ranked them (earlier positions
   * in the text first), as postings text (postings.ts), the fields in the order of FIELDS joined
   * by FIELD_SEPARATOR ("!!…" for a term found only in body text), empty fields at the end left out.
   */
  postings: string[];
}
