/**
 * The search index: built with FlexSearch at build time, exported to one JSON file per locale,
 * imported in the browser on the first search, and queried by `SearchEngine.search` — the same
 * code in the browser, the relevance test and the benchmark.
 *
 * FlexSearch holds the inverted index (one per field) and the stored text of each result. The
 * analysis of text into terms is ours (tokenize.ts): the index is fed terms already analyzed, and
 * a query is analyzed, widened (prefixes as you type, one typo, a lone Han character) and scored
 * here, so that the build and the browser can never analyze text differently.
 */
import {Document, type DocumentData} from 'flexsearch';
import type {SearchDocument} from './documents';
import type {SearchKind} from './kinds';
import {type CharacterMap, type QueryTerm, analyze} from './tokenize';
import {parseCharacterTable} from './traditional';

export const SEARCH_INDEX_VERSION = 1;

/** What one locale's index file holds. */
export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  locale: string;
  /** Traditional -> Simplified character pairs (traditional.ts), empty where the text has no Han. */
  characters: string;
  /** The themes clauses are tagged with, named in the locale, for the theme filter. */
  themes: {id: string; name: string}[];
  /** FlexSearch's export, key by key, with the data parsed. */
  chunks: [string, unknown][];
}

/** Indexed fields and how much a match in each counts. */
const FIELD_WEIGHTS = {keys: 4, heading: 3, body: 1} as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];
/** Which kind wins a tie: the standard itself, then its clauses, then prose, then mappings. */
const KIND_WEIGHTS: Record<SearchKind, number> = {standard: 1.3, clause: 1.15, page: 1, crosswalk: 0.9};
const STORED = ['kind', 'standard', 'ref', 'title', 'snippet', 'href', 'themes'] as const;

/** What a result shows: the stored part of a document. */
export type StoredDocument = Pick<SearchDocument, (typeof STORED)[number]>;

export interface SearchHit extends StoredDocument {
  id: number;
  score: number;
  /** The index terms that matched, for highlighting. */
  terms: ReadonlySet<string>;
}

export interface SearchFilters {
  standard?: string;
  kind?: SearchKind;
  theme?: string;
}

// The index is fed analyzed terms separated by spaces: splitting them is all FlexSearch has to do.
const splitTerms = (text: string): string[] => (text ? text.split(' ') : []);

const createDocument = () =>
  new Document<DocumentData>({
    document: {
      id: 'id',
      index: FIELDS.map((field) => ({field, tokenize: 'strict', encode: splitTerms, resolution: field === 'body' ? 3 : 1})),
      store: [...STORED],
    },
  } as never);

const analyzed = (text: string): string => [...new Set(analyze(text).map((t) => t.term))].join(' ');

/** Builds and exports the index of one locale's documents. */
export async function buildSearchIndex(
  docs: readonly SearchDocument[],
  {locale, characters, themes}: Pick<SearchIndexFile, 'locale' | 'characters' | 'themes'>,
): Promise<SearchIndexFile> {
  const index = createDocument();
  for (const d of docs) {
    const stored = Object.fromEntries(STORED.filter((k) => d[k] !== undefined).map((k) => [k, d[k]]));
    index.add({id: d.id, keys: analyzed(d.keys), heading: analyzed(d.title), body: analyzed(d.body), ...stored} as DocumentData);
  }
  const chunks: [string, unknown][] = [];
  await index.export((key: string, data: string) => {
    chunks.push([key, JSON.parse(data)]);
  });
  return {version: SEARCH_INDEX_VERSION, locale, characters, themes, chunks};
}

const PER_TERM_LIMIT = 150;
const PREFIX_LIMIT = 10;
const MIN_TYPO_LENGTH = 5;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit (delete, transpose, substitute, insert) away from `word`. */
function* edits(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (b) yield a + b.slice(1);
    if (b.length > 1) yield a + b[1] + b[0] + b.slice(2);
    for (const c of ALPHABET) {
      if (b) yield a + c + b.slice(1);
      yield a + c + b;
    }
  }
}

export class SearchEngine {
  readonly locale: string;
  readonly themes: SearchIndexFile['themes'];
  private readonly index = createDocument();
  private readonly characters: CharacterMap;
  /** Every term with the number of documents holding it, and the terms sorted for prefixes. */
  private readonly frequency = new Map<string, number>();
  private readonly sorted: string[];
  private readonly size: number;
  /** The stored part of every document, by id, read once from the export. */
  private readonly docs = new Map<number, StoredDocument>();

  constructor(file: SearchIndexFile) {
    if (file.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${file.version}, expected ${SEARCH_INDEX_VERSION}`);
    this.locale = file.locale;
    this.themes = file.themes;
    this.characters = parseCharacterTable(file.characters);
    let size = 0;
    for (const [key, data] of file.chunks) {
      if (key.endsWith('.map')) {
        for (const [term, buckets] of data as [string, (number[] | null)[]][]) {
          let n = this.frequency.get(term) ?? 0;
          for (const ids of buckets) n += ids?.length ?? 0;
          this.frequency.set(term, n);
        }
      } else if (key.endsWith('.reg')) size = Math.max(size, (data as unknown[]).length);
      else if (key.endsWith('.doc')) for (const [id, doc] of data as [number, StoredDocument][]) this.docs.set(id, doc);
      this.index.import(key, data as string);
    }
    this.size = size;
    this.sorted = [...this.frequency.keys()].sort();
  }

  /** Indexed terms that start with `prefix` (not the prefix itself), most frequent first. */
  private withPrefix(prefix: string, limit = PREFIX_LIMIT): string[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) if (this.sorted[i] !== prefix) found.push(this.sorted[i]);
    return found.length <= limit ? found : found.sort((a, b) => this.frequency.get(b)! - this.frequency.get(a)!).slice(0, limit);
  }

  /** The indexed terms a query term stands for, each with how much a match counts. */
  private alternatives(q: QueryTerm, typing: boolean): Map<string, number> {
    const alts = new Map<string, number>();
    const add = (term: string, weight: number) => {
      if (this.frequency.has(term) && (alts.get(term) ?? 0) < weight) alts.set(term, weight);
    };
    add(q.term, 1);
    if (q.script === 'han') {
      // A lone character: the pairs that begin with it.
      if ([...q.term].length === 1) for (const t of this.withPrefix(q.term)) add(t, 0.8);
      return alts;
    }
    if (typing || (q.script === 'id' && alts.size === 0)) {
      for (const t of this.withPrefix(q.term)) add(t, 0.7);
      if (q.source !== q.term) for (const t of this.withPrefix(q.source)) add(t, 0.7);
    }
    if (q.script === 'latin' && alts.size === 0 && q.source.length >= MIN_TYPO_LENGTH) {
      for (const candidate of edits(q.term)) add(candidate, 0.5);
    }
    if (q.script === 'latin' && alts.size === 0) {
      // A word typed past its stem ("certificat" where the index holds "certif").
      for (let n = q.source.length - 1; n >= 4 && alts.size === 0; n--) add(q.source.slice(0, n), 0.6);
    }
    return alts;
  }

  /** The documents matching `query`, best first. `query` is what the reader typed, as typed. */
  search(query: string, {limit = 20, filters = {}}: {limit?: number; filters?: SearchFilters} = {}): SearchHit[] {
    const terms = analyze(query, this.characters);
    if (terms.length === 0) return [];
    const typingAt = /[\s\p{P}]$/u.test(query) ? -1 : terms.length - 1;
    const candidates = new Map<number, {score: number; matched: number; terms: string[]}>();
    terms.forEach((q, slot) => {
      const alts = this.alternatives(q, slot === typingAt);
      let df = 1;
      for (const t of alts.keys()) df = Math.max(df, this.frequency.get(t)!);
      const idf = Math.log(1 + this.size / df);
      // Per document, the best match of this query term: its score and the index term that made it.
      const best = new Map<number, number>();
      const bestTerm = new Map<number, string>();
      for (const [term, weight] of alts) {
        for (const {field, result} of this.index.search(term, {limit: PER_TERM_LIMIT}) as unknown as {field: Field; result: number[]}[]) {
          const fieldWeight = FIELD_WEIGHTS[field] * weight;
          const n = result.length;
          for (let rank = 0; rank < n; rank++) {
            const id = result[rank];
            // Earlier in FlexSearch's ranking (an earlier position in the text) counts a little more.
            const s = fieldWeight * (1 - rank / (4 * n));
            if ((best.get(id) ?? 0) < s) {
              best.set(id, s);
              bestTerm.set(id, term);
            }
          }
        }
      }
      for (const [id, s] of best) {
        const c = candidates.get(id);
        if (c) {
          c.score += s * idf;
          c.matched += 1;
          c.terms.push(bestTerm.get(id)!);
        } else candidates.set(id, {score: s * idf, matched: 1, terms: [bestTerm.get(id)!]});
      }
    });
    const needed = Math.ceil(terms.length / 2);
    const ranked: SearchHit[] = [];
    for (const [id, c] of candidates) {
      if (c.matched < needed) continue;
      const doc = this.docs.get(id)!;
      if (filters.kind && doc.kind !== filters.kind) continue;
      if (filters.standard && doc.standard !== filters.standard) continue;
      if (filters.theme && !doc.themes?.includes(filters.theme)) continue;
      ranked.push({id, ...doc, score: c.matched * 1000 + c.score * KIND_WEIGHTS[doc.kind], terms: new Set(c.terms)});
    }
    return ranked.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
  }

  /** The query's text normalized as the index sees it (Traditional mapped to Simplified). */
  analyze(query: string): QueryTerm[] {
    return analyze(query, this.characters);
  }
}
