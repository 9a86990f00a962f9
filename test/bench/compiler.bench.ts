/**
 * `npm run bench`: times the standards compiler on the real corpus and on generated corpora of
 * 1,000 and 10,000 standards (each with its Chinese page), written to a temporary folder and
 * removed afterwards. Targets on a 2-core machine: under 2 s for 1,000 pages, under 20 s for
 * 10,000, and linear growth.
 */
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {compileStandards} from '../../plugins/standards-compiler/compile';
import {FILE_CONCURRENCY, mapLimit} from '../../plugins/standards-compiler/mapLimit';
import {STANDARDS_DIR, SOURCES_DIR, translationsDir} from '../../plugins/standards-compiler/paths';

const siteDir = process.cwd();
const TEMPLATE_ID = 'copc';

/** Writes `count` copies of a real standard (and its translation) under new ids. */
async function generateCorpus(count: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `atlas-bench-${count}-`));
  await cp(path.join(siteDir, SOURCES_DIR), path.join(dir, SOURCES_DIR), {recursive: true});
  await mkdir(path.join(dir, STANDARDS_DIR), {recursive: true});
  await mkdir(path.join(dir, translationsDir('zh-Hans')), {recursive: true});
  const page = await readFile(path.join(siteDir, STANDARDS_DIR, `${TEMPLATE_ID}.md`), 'utf8');
  const translation = await readFile(path.join(siteDir, translationsDir('zh-Hans'), `${TEMPLATE_ID}.md`), 'utf8');
  // Relations point at standards the generated corpus does not hold: drop them.
  const withoutRelations = page.replace(/^related:\n(?:[ -].*\n)*/m, '');
  const ids = Array.from({length: count}, (_, i) => `standard-${i}`);
  await mapLimit(ids, FILE_CONCURRENCY, async (id) => {
    await writeFile(path.join(dir, STANDARDS_DIR, `${id}.md`), withoutRelations.replace(/^id: .*$/m, `id: ${id}`));
    await writeFile(path.join(dir, translationsDir('zh-Hans'), `${id}.md`), translation.replace(/^id: .*$/m, `id: ${id}`));
  });
  return dir;
}

async function time(dir: string): Promise<{ms: number; pages: number}> {
  const start = performance.now();
  const content = await compileStandards(dir);
  return {ms: performance.now() - start, pages: content.standards.length};
}

async function main(): Promise<void> {
  const rows: {corpus: string; pages: number; ms: number}[] = [];
  const real = await time(siteDir);
  rows.push({corpus: 'real data', ...real});
  for (const count of [1_000, 10_000]) {
    const dir = await generateCorpus(count);
    try {
      rows.push({corpus: `generated ${count}`, ...(await time(dir))});
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  }
  console.log('corpus          pages   total ms   ms/page');
  for (const r of rows) {
    console.log(`${r.corpus.padEnd(15)} ${String(r.pages).padStart(5)} ${r.ms.toFixed(0).padStart(10)} ${(r.ms / r.pages).toFixed(3).padStart(9)}`);
  }
  const [, thousand, tenThousand] = rows;
  const growth = tenThousand.ms / tenThousand.pages / (thousand.ms / thousand.pages);
  console.log(`targets: 1,000 pages ${thousand.ms < 2_000 ? 'met' : 'MISSED'} (< 2,000 ms); 10,000 pages ${tenThousand.ms < 20_000 ? 'met' : 'MISSED'} (< 20,000 ms); ms/page at 10,000 is ${growth.toFixed(2)}x that at 1,000 (linear: about 1x)`);
}

void main();
