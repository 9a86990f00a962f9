/**
 * Builds one locale's search index with FlexSearch and writes it in the shape of the index file
 * (build time only: FlexSearch never reaches the browser). The analysis of text into terms is
 * ours (tokenize.ts): FlexSearch is fed terms already analyzed, so that the build and the browser
 * can never analyze text differently. FlexSearch ranks each term's documents by where in the text
 * the term stands; its export is then laid out for a quick first search (indexFile.ts).
 */
import {Document, type DocumentData} from 'flexsearch';
import type {SearchDocument} from '../../../src/core/search/document';
import {
  FIELDS,
  SEARCH_INDEX_VERSION,
  type SearchIndexFile,
  type StoredTuple,
  packHref,
} from '../../../src/core/search/indexFile';
import {SEARCH_KINDS} from '../../../src/core/search/kinds';
import {FIELD_SEPARATOR, encodePostings} from '../../../src/core/search/postings';
import {type CharacterMap, indexTerms} from '../../../src/core/search/tokenize';
import {parseCharacterTable} from '../../../src/core/search/characterTable';
import {type SynonymWords, analyzeSynonyms} from '../../../src/core/search/synonyms';

// The index is fed analyzed terms separated by spaces: splitting them is all FlexSearch has to do.
const splitTerms = (text: string): string[] => (text ? text.split(' ') : []);

/** Body text is long: three buckets of position, so that an early match ranks first. */
const RESOLUTION: Record<(typeof FIELDS)[number], number> = {keys: 1, heading: 1, body: 3, alias: 1};

/** A term's documents in one field as FlexSearch exports them: buckets of ids, earlier positions first. */
type Buckets = (number[] | null)[];

const TRAILING_SEPARATORS = new RegExp(`${FIELD_SEPARATOR}+$`);

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The stored documents, and the standards and titles they point at, each once, in order of first use. */
function storedDocuments(docs: readonly SearchDocument[]): Pick<SearchIndexFile, 'standards' | 'titles' | 'documents'> {
  const standards = new Map<string, number>();
  const titles = new Map<string, number>();
  const place = (list: Map<string, number>, value: string) => list.get(value) ?? list.set(value, list.size).size - 1;
  const documents = docs.map((d) => {
    const kind = SEARCH_KINDS.indexOf(d.kind);
    const href = packHref(d.href, d.standard);
    const tuple: StoredTuple = [kind, place(standards, d.standard), d.ref ?? '', place(titles, d.title), href];
    if (d.themes?.length) tuple.push(d.themes);
    return tuple;
  });
  return {standards: [...standards.keys()], titles: [...titles.keys()], documents};
}

/** FlexSearch's export of each field: term -> buckets. */
async function exportFields(
  docs: readonly SearchDocument[],
  characters: CharacterMap,
): Promise<Map<string, Buckets>[]> {
  const index = new Document<DocumentData>({
    document: {
      id: 'id',
      index: FIELDS.map((field) => ({field, tokenize: 'strict', encode: splitTerms, resolution: RESOLUTION[field]})),
    },
  } as never);
  const analyzed = (text: string) => indexTerms(text, characters).join(' ');
  for (const d of docs)
    index.add({
      id: d.id,
      keys: analyzed(d.keys),
      heading: analyzed(d.title),
      body: analyzed(d.body),
      alias: analyzed(d.alias ?? ''),
    } as DocumentData);
  const fields = FIELDS.map(() => new Map<string, Buckets>());
  await index.export((key: string, data: string) => {
    // `<field>.<n>.map` chunks hold [term, buckets] pairs; the others (registry, config) are not needed.
    const field = FIELDS.indexOf(key.slice(0, key.indexOf('.')) as never);
    if (field < 0 || !key.endsWith('.map')) return;
    for (const [term, buckets] of JSON.parse(data) as [string, Buckets][]) fields[field].set(term, buckets);
  });
  return fields;
}

/**
 * Builds the index file of one locale's documents. The synonyms come as words, each group as
 * [this locale's words, the other locales' words], and ship analysed (synonyms.ts).
 */
export async function buildSearchIndex(
  docs: readonly SearchDocument[],
  {
    locale,
    characters,
    themes,
    synonyms,
    statuses,
  }: Pick<SearchIndexFile, 'locale' | 'characters' | 'themes' | 'statuses'> & {synonyms: SynonymWords},
): Promise<SearchIndexFile> {
  docs.forEach((d, id) => {
    if (d.id !== id) throw new Error(`search document ${id} has id ${d.id}: ids run from 0 in order`);
  });
  const fields = await exportFields(docs, parseCharacterTable(characters));
  const terms = [...new Set(fields.flatMap((f) => [...f.keys()]))].sort(byCodeUnits);
  const frequency = terms.map(() => 0);
  const postings = terms.map((term, t) =>
    fields
      .map((field) => {
        const ids = (field.get(term) ?? []).flatMap((bucket) => bucket ?? []);
        frequency[t] += ids.length;
        return encodePostings(ids);
      })
      .join(FIELD_SEPARATOR)
      .replace(TRAILING_SEPARATORS, ''),
  );
  return {
    version: SEARCH_INDEX_VERSION,
    locale,
    characters,
    synonyms: analyzeSynonyms(synonyms, characters),
    themes,
    ...storedDocuments(docs),
    superseded: docs.filter((d) => d.superseded).map((d) => d.id),
    structure: docs.filter((d) => d.structure).map((d) => d.id),
    statuses,
    terms,
    frequency,
    postings,
  };
}
