/**
 * The frontmatter validator on generated pages: a valid page with one or more of its values
 * replaced by arbitrary ones, or arbitrary text. It must never throw; it must return either valid
 * data or problems that each name the file, a field path and what was expected.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import {parsePage} from '../../plugins/standards-compiler/frontMatter';
import {checkPage} from '../../plugins/standards-compiler/page';
import {BASE_CORPUS} from '../support/fixtureCorpus';

const FILE = 'docs/standards/example.md';
const valid = parsePage(readFileSync(path.join(BASE_CORPUS, FILE), 'utf8'));

/** Every path to a value in the frontmatter, so a mutation can land anywhere. */
const paths: (string | number)[][] = [];
const walk = (value: unknown, at: (string | number)[]) => {
  paths.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
};
walk(valid.frontMatter, []);

const setAt = (root: unknown, at: (string | number)[], value: unknown): unknown => {
  if (at.length === 0) return value;
  const copy = (Array.isArray(root) ? [...root] : {...(root as object)}) as Record<string | number, unknown>;
  copy[at[0]] = setAt(copy[at[0]], at.slice(1), value);
  return copy;
};

const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('CNY', 'rmb', 'global', 'XX', 'current', 'our-analysis', '2015', '', '<script>', '{en: x}'),
  fc.array(fc.string(), {maxLength: 3}),
  fc.dictionary(fc.constantFrom('en', 'zh-Hans', 'fr', 'sources', 'asOf', 'x'), fc.oneof(fc.string(), fc.integer()), {
    maxKeys: 3,
  }),
);

const mutatedPage = fc
  .array(fc.tuple(fc.constantFrom(...paths), anyValue), {minLength: 1, maxLength: 3})
  .map((mutations) => {
    const frontMatter = mutations.reduce<unknown>((fm, [at, value]) => setAt(fm, at, value), valid.frontMatter);
    return `---\n${yaml.dump(frontMatter, {skipInvalid: true})}---\n\n${valid.body}`;
  });

const arbitraryPage = fc.oneof(
  fc.string(),
  fc.string().map((s) => `---\n${s}\n---\nprose`),
  fc.string().map((s) => `---\nid: ${s}\n---\n`),
);

describe('the frontmatter validator on generated pages', () => {
  it('accepts the valid page it starts from', () => {
    assert.ok(checkPage({file: FILE, role: 'standard'}, readFileSync(path.join(BASE_CORPUS, FILE), 'utf8')).valid);
  });

  it('never throws, and returns valid data or precise problems, over 10,000 generated pages', () => {
    fc.assert(
      fc.property(fc.oneof({weight: 4, arbitrary: mutatedPage}, {weight: 1, arbitrary: arbitraryPage}), (text) => {
        const result = checkPage({file: FILE, role: 'standard'}, text);
        if (result.valid) {
          assert.deepEqual(result.problems, []);
          return;
        }
        assert.ok(result.problems.length > 0, 'an invalid page has at least one problem');
        for (const problem of result.problems) {
          assert.equal(problem.file, FILE);
          assert.equal(typeof problem.path, 'string');
          assert.match(problem.message, /^(line \d+: )?expected /, problem.message);
        }
      }),
      {numRuns: 10_000},
    );
  });
});
