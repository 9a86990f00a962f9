/**
 * Builds a corpus for a compiler test in a temporary folder: the valid base corpus, with a
 * case's files laid over it, and the files its `.delete` list names removed.
 */
import {cp, mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

// Tests run from the repository root (npm test).
export const FIXTURES_DIR = path.resolve('test/fixtures/compiler');
export const BASE_CORPUS = path.join(FIXTURES_DIR, 'base');
export const CASES_DIR = path.join(FIXTURES_DIR, 'cases');

export async function corpusForCase(caseName: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `atlas-${caseName}-`));
  await cp(BASE_CORPUS, dir, {recursive: true});
  const caseDir = path.join(CASES_DIR, caseName);
  await cp(caseDir, dir, {recursive: true, filter: (src) => !['expected.txt', '.delete'].includes(path.basename(src))});
  const deletions = await readFile(path.join(caseDir, '.delete'), 'utf8').catch(() => '');
  for (const file of deletions.split('\n').filter(Boolean)) await rm(path.join(dir, file));
  return dir;
}
