/**
 * One malformed corpus per kind of author mistake (test/fixtures/compiler/cases/<case>/), each
 * with the exact messages the build must fail with in expected.txt.
 */
import assert from 'node:assert/strict';
import {readFile, readdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {compileStandards} from '../../plugins/standards-compiler/compile';
import {StandardsDataError, formatProblem} from '../../plugins/standards-compiler/problems';
import {BASE_CORPUS, CASES_DIR, corpusForCase} from '../support/fixtureCorpus';

// UPDATE_FIXTURES=1 writes what the compiler says into expected.txt, for review in the diff.
const update = process.env.UPDATE_FIXTURES === '1';

const problemsOf = async (siteDir: string): Promise<string[]> => {
  try {
    await compileStandards(siteDir);
  } catch (error) {
    if (error instanceof StandardsDataError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
};

describe('the compiler on malformed corpora', async () => {
  it('accepts the valid base corpus the cases start from', async () => {
    assert.deepEqual(await problemsOf(BASE_CORPUS), []);
  });

  for (const caseName of (await readdir(CASES_DIR)).sort()) {
    it(`reports ${caseName.replaceAll('-', ' ')} with file, field and expectation`, async () => {
      const dir = await corpusForCase(caseName);
      try {
        const actual = await problemsOf(dir);
        const expectedFile = path.join(CASES_DIR, caseName, 'expected.txt');
        if (update) await writeFile(expectedFile, `${actual.join('\n')}\n`);
        const expected = (await readFile(expectedFile, 'utf8')).split('\n').filter(Boolean);
        assert.ok(expected.length > 0, 'a case must expect at least one problem');
        assert.deepEqual(actual, expected);
      } finally {
        await rm(dir, {recursive: true, force: true});
      }
    });
  }
});
