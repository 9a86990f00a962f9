/**
 * `npm run bench`: times the standards compiler (read, split, validate and cross-check every
 * page of every locale) on the real corpus and on generated corpora (see generateCorpus.ts), and,
 * apart, the rendering of one locale's pages, which a build does for the locale it builds.
 * Targets on a 2-core machine, for the compiler on typical pages: under 2 s for 1,000 pages,
 * under 20 s for 10,000, and linear growth. Pages the size of the real ones are timed too.
 * `--smoke`: generated corpora of tens of pages, targets not judged (harness.ts).
 */
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {compileStandards} from '../../plugins/standards-compiler/compile';
import {STANDARDS_DIR} from '../../plugins/standards-compiler/dataFiles';
import {buildStandardPageProps} from '../../plugins/standards-compiler/props';
import {DEFAULT_LOCALE} from '../../src/core/vocabulary';
import {type CorpusShape, generateCorpus} from './generateCorpus';
import {SMOKE, check, runBench} from './harness';

/** The sizes of the typical corpora, whose growth is judged, and of the one of real-sized pages. */
const TYPICAL_SIZES = SMOKE ? [20, 50] : [1_000, 10_000];
const REAL_SIZE = SMOKE ? 20 : 1_000;

interface Row {
  corpus: string;
  pages: number;
  kbPerPage: number;
  ms: number;
  renderMs: number;
}

async function time(corpus: string, dir: string): Promise<Row> {
  const start = performance.now();
  const content = await compileStandards(dir);
  const ms = performance.now() - start;
  const renderStart = performance.now();
  const rendered = content.standards.map(({id}) => buildStandardPageProps(content, id, DEFAULT_LOCALE, '/'));
  const renderMs = performance.now() - renderStart;
  check(
    rendered.every((props, i) => props.standard.id === content.standards[i].id && props.body.headings.length > 0),
    `${corpus}: every page renders as its own standard, with its prose's headings`,
  );
  const first = content.standards[0].id;
  const bytes = (await readFile(path.join(dir, STANDARDS_DIR, `${first}.md`))).length;
  return {corpus, pages: content.standards.length, kbPerPage: bytes / 1024, ms, renderMs};
}

async function timeGenerated(shape: CorpusShape, count: number): Promise<Row> {
  const dir = await generateCorpus(shape, count);
  try {
    const row = await time(`${shape} ${count}`, dir);
    check(row.pages === count, `${row.corpus}: ${count} pages compiled, got ${row.pages}`);
    return row;
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

async function main(): Promise<void> {
  const rows = [await time('real data', process.cwd())];
  for (const count of TYPICAL_SIZES) rows.push(await timeGenerated('typical', count));
  rows.push(await timeGenerated('real', REAL_SIZE));

  console.log('corpus          pages  KB/page  compile ms  ms/page | render en ms  ms/page');
  for (const r of rows) {
    console.log(
      `${r.corpus.padEnd(15)} ${String(r.pages).padStart(5)} ${r.kbPerPage.toFixed(1).padStart(8)} ${r.ms.toFixed(0).padStart(11)} ${(r.ms / r.pages).toFixed(2).padStart(8)} | ${r.renderMs.toFixed(0).padStart(12)} ${(r.renderMs / r.pages).toFixed(2).padStart(8)}`,
    );
  }
  if (SMOKE) {
    console.log('targets: not judged in a smoke run');
    return;
  }
  const thousand = rows.find((r) => r.corpus === 'typical 1000')!;
  const tenThousand = rows.find((r) => r.corpus === 'typical 10000')!;
  const growth = tenThousand.ms / tenThousand.pages / (thousand.ms / thousand.pages);
  console.log(
    `targets (compiler, typical pages): 1,000 in ${thousand.ms.toFixed(0)} ms ${thousand.ms < 2_000 ? 'met' : 'MISSED'} (< 2,000); ` +
      `10,000 in ${tenThousand.ms.toFixed(0)} ms ${tenThousand.ms < 20_000 ? 'met' : 'MISSED'} (< 20,000); ` +
      `ms/page grows ${growth.toFixed(2)}x from 1,000 to 10,000 (linear: about 1x)`,
  );
}

runBench(main);
