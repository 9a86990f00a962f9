/**
 * Builds one locale's search index with FlexSearch and exports it (build time only: FlexSearch
 * never reaches the browser). The analysis of text into terms is ours (tokenize.ts): FlexSearch is
 * fed terms already analyzed, so that the build and the browser can never analyze text differently.
 */
import {Document, type DocumentData} from 'flexsearch';
import type {SearchDocument} from './documents';
import {FIELDS, SEARCH_INDEX_VERSION, STORED, type SearchIndexFile} from './indexFile';
import {indexTerms} from './tokenize';

// The index is fed analyzed terms separated by spaces: splitting them is all FlexSearch has to do.
const splitTerms = (text: string): string[] => (text ? text.split(' ') : []);

/** Body text is long: three buckets of position, so that an early match ranks first. */
const RESOLUTION: Record<(typeof FIELDS)[number], number> = {keys: 1, heading: 1, body: 3};

/** Builds and exports the index of one locale's documents. */
export async function buildSearchIndex(
  docs: readonly SearchDocument[],
  {locale, characters, themes}: Pick<SearchIndexFile, 'locale' | 'characters' | 'themes'>,
): Promise<SearchIndexFile> {
  const index = new Document<DocumentData>({
    document: {
      id: 'id',
      index: FIELDS.map((field) => ({field, tokenize: 'strict', encode: splitTerms, resolution: RESOLUTION[field]})),
      store: [...STORED],
    },
  } as never);
  const analyzed = (text: string) => indexTerms(text).join(' ');
  for (const d of docs) {
    const stored = Object.fromEntries(STORED.filter((k) => d[k] !== undefined).map((k) => [k, d[k]]));
    index.add({id: d.id, keys: analyzed(d.keys), heading: analyzed(d.title), body: analyzed(d.body), ...stored} as DocumentData);
  }
  const chunks: [string, unknown][] = [];
  await index.export((key: string, data: string) => {
    const parsed = JSON.parse(data);
    // Terms in order (of UTF-16 code units): the engine merges the fields' lists as they are,
    // instead of sorting every term in the browser when the reader starts to search.
    if (key.endsWith('.map')) (parsed as [string, unknown][]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    chunks.push([key, parsed]);
  });
  return {version: SEARCH_INDEX_VERSION, locale, characters, themes, chunks};
}
