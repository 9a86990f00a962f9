/**
 * `npm run bench` (issue 19, item 6): our query engine (src/core/search/engine.ts, over the index file
 * the build writes) side by side with FlexSearch's own search over the same documents, per locale, on
 * the real data: what the first search downloads (the data and the search code, gzip), the time from
 * having the file to the first results in Node (parse, load, first query), query latency (median and
 * p95 over the relevance set) and recall@5 and MRR on the relevance set.
 *
 * Both see the same documents and the same analysis of text into terms (our tokenizer: FlexSearch is
 * given it as its encoder, as the build does, with the index's Traditional -> Simplified table), and
 * FlexSearch's results are shown with the same stored documents, counted in its download. FlexSearch
 * runs with `suggest: true` (a document need not hold every term, as ours needs half) and `merge:
 * true` (one list over the fields, FlexSearch's own order). What it has no counterpart for is left
 * as it is: no synonyms of the search terms file, no typo or prefix widening.
 */
import {gzipSync} from 'node:zlib';
import {performance} from 'node:perf_hooks';
import {build} from 'esbuild';
import {Document, type DocumentData} from 'flexsearch';
import {compileStandards} from '../../plugins/standards-compiler/compile';
import {buildLocaleSearchFiles} from '../../plugins/standards-compiler/search/build';
import {buildSearchDocuments} from '../../plugins/standards-compiler/search/documents';
import {parseCharacterTable} from '../../src/core/search/characterTable';
import {SearchEngine} from '../../src/core/search/engine';
import {FIELDS, type SearchIndexFile, unpackHref} from '../../src/core/search/indexFile';
import {analyze} from '../../src/core/search/tokenize';
import {LOCALES, type Locale} from '../../src/core/vocabulary';
import {RECALL_AT, type Summary, readRelevanceSet, score, summarise} from '../search/relevance';
import {SMOKE, check, runBench} from './harness';

const ROUNDS = SMOKE ? 1 : 20;
const FIRST_RUNS = SMOKE ? 1 : 7;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** The search code as the browser gets it: one entry bundled and minified with esbuild, gzipped. */
async function codeGzip(contents: string): Promise<number> {
  const out = await build({
    stdin: {contents, resolveDir: process.cwd(), loader: 'ts'},
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].contents).length;
}

interface Contender {
  /** Bytes (gzip) the first search downloads: data, then code. */
  dataGzip: number;
  codeGzip: number;
  /** From the file's text to the first results: parse, load, one query. */
  first: (query: string) => void;
  search: (query: string, limit: number) => string[];
}

interface Row {
  engine: string;
  locale: Locale;
  dataGzip: number;
  codeGzip: number;
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  relevance: Summary;
}

function ours(file: SearchIndexFile, code: number): Contender {
  const json = JSON.stringify(file);
  const engine = new SearchEngine(JSON.parse(json));
  return {
    dataGzip: gzipSync(json).length,
    codeGzip: code,
    first: (query) => new SearchEngine(JSON.parse(json)).search(query, {limit: 10}),
    search: (query, limit) => engine.search(query, {limit}).map((h) => h.href),
  };
}

/** FlexSearch's Document index over the same documents, exported as a browser would fetch it, and imported again. */
async function flexsearch(
  file: SearchIndexFile,
  locale: Locale,
  docs: ReturnType<typeof buildSearchDocuments>,
  code: number,
): Promise<Contender> {
  const characters = parseCharacterTable(file.characters);
  const encode = (text: string): string[] => [...new Set(analyze(text, characters).map((t) => t.term))];
  const make = () =>
    new Document<DocumentData>({
      document: {id: 'id', index: FIELDS.map((field) => ({field, tokenize: 'strict', encode}))},
    } as never);
  const built = make();
  for (const d of docs)
    built.add({id: d.id, keys: d.keys, heading: d.title, body: d.body, alias: d.alias ?? ''} as DocumentData);
  const chunks: Record<string, string> = {};
  await built.export((key: string, data: string) => {
    chunks[key] = data;
  });
  // What a result shows, as our file stores it: the same bytes for both.
  const stored = {standards: file.standards, titles: file.titles, documents: file.documents};
  const json = JSON.stringify({chunks, stored});
  const load = () => {
    const parsed = JSON.parse(json) as {chunks: Record<string, string>; stored: typeof stored};
    const index = make();
    for (const [key, data] of Object.entries(parsed.chunks)) index.import(key, data);
    return {index, stored: parsed.stored};
  };
  const loaded = load();
  const hrefOf = (s: typeof stored, id: number) => {
    const tuple = s.documents[id];
    return unpackHref(tuple[4], s.standards[tuple[1]]);
  };
  const run = (l: ReturnType<typeof load>, query: string, limit: number) =>
    (l.index.search(query, {limit, suggest: true, merge: true} as never) as unknown as {id: number}[]).map((r) =>
      hrefOf(l.stored, Number(r.id)),
    );
  void locale;
  return {
    dataGzip: gzipSync(json).length,
    codeGzip: code,
    first: (query) => run(load(), query, 10),
    search: (query, limit) => run(loaded, query, limit),
  };
}

function measure(
  name: string,
  locale: Locale,
  contender: Contender,
  queries: ReturnType<typeof readRelevanceSet>,
): Row {
  const texts = queries.map((q) => q.query);
  const firsts: number[] = [];
  for (let i = 0; i < FIRST_RUNS; i++) {
    const t = performance.now();
    contender.first(texts[i % texts.length]);
    firsts.push(performance.now() - t);
  }
  for (const q of texts) contender.search(q, 10);
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++)
    for (const q of texts) {
      const t = performance.now();
      contender.search(q, 10);
      times.push(performance.now() - t);
    }
  times.sort((a, b) => a - b);
  const relevance = summarise(score((_, query, limit) => contender.search(query, limit), queries));
  return {
    engine: name,
    locale,
    dataGzip: contender.dataGzip,
    codeGzip: contender.codeGzip,
    firstMs: median(firsts),
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    relevance,
  };
}

async function main(): Promise<void> {
  const content = await compileStandards(process.cwd());
  const relevance = readRelevanceSet();
  const [ourCode, flexCode] = await Promise.all([
    codeGzip(`export {SearchEngine} from './src/core/search/engine';`),
    codeGzip(`export {Document} from 'flexsearch';`),
  ]);
  const rows: Row[] = [];
  for (const locale of LOCALES) {
    const queries = relevance.filter((q) => q.locale === locale);
    const {index} = await buildLocaleSearchFiles(content, locale);
    const docs = buildSearchDocuments(content, locale);
    rows.push(measure('ours', locale, ours(index, ourCode), queries));
    rows.push(measure('FlexSearch', locale, await flexsearch(index, locale, docs, flexCode), queries));
  }
  console.log(
    'real data, per locale: download (gzip), first results in Node (parse, load, one query), latency, relevance set',
  );
  console.log('engine      locale   data KB  code KB   first ms  median ms   p95 ms  recall@5     MRR');
  for (const r of rows)
    console.log(
      `${r.engine.padEnd(11)} ${r.locale.padEnd(8)} ${(r.dataGzip / 1024).toFixed(1).padStart(7)} ${(r.codeGzip / 1024).toFixed(1).padStart(8)} ${r.firstMs.toFixed(2).padStart(10)} ${r.medianMs.toFixed(4).padStart(10)} ${r.p95Ms.toFixed(4).padStart(8)} ${`${(r.relevance.recall * 100).toFixed(1)}%`.padStart(9)} ${r.relevance.mrr.toFixed(3).padStart(7)}`,
    );
  check(
    rows.every((r) => r.relevance.count > 0),
    'every locale has relevance queries',
  );
  console.log(`(recall@${RECALL_AT} over each locale's queries; FlexSearch without the search terms' synonyms)`);
}

runBench(main);
