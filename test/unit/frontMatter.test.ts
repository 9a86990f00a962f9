/**
 * The compiler splits frontmatter from prose itself (see frontMatter.ts). remark-frontmatter is the
 * reference: on every page of the corpus, of the fixtures and on the edge cases below, both must
 * find the same YAML and the same prose.
 */
import assert from 'node:assert/strict';
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {splitFrontMatter} from '../../plugins/standards-compiler/frontMatter';

const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const bodyParser = unified().use(remarkParse);
const bodyOf = (markdown: string) => bodyParser.parse(markdown);

/** A tree without positions, which differ because the split body starts on its own line 1. */
const shape = (node: unknown): unknown =>
  JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)));

const referenceSplit = (markdown: string) => {
  const tree = reference.parse(markdown);
  const [first, ...rest] = tree.children;
  return first?.type === 'yaml' ? {yaml: first.value, body: shape({type: 'root', children: rest})} : undefined;
};

const markdownFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir, {recursive: true})).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));

const EDGE_CASES: Record<string, string> = {
  'trailing spaces after the fences': '---  \nid: a\n---\t\n\nProse.\n',
  'Windows line endings': '---\r\nid: a\r\nb: c\r\n---\r\n\r\nProse.\r\n',
  'an empty frontmatter': '---\n---\nProse.\n',
  'no closing fence': '---\nid: a\n\nProse.\n',
  'a fence that is not on the first line': '\n---\nid: a\n---\nProse.\n',
  'a longer first rule': '----\nid: a\n---\nProse.\n',
  'a dash line inside the YAML': '---\nlist:\n  - a\n---\n---\nProse.\n',
  'nothing after the closing fence': '---\nid: a\n---',
  'two fences in a row, then a rule': '---\n---\n---\nProse.\n',
  'a line that only starts like a fence': '---\nid: a\n--- not a fence\n---\nProse.\n',
};

describe('the frontmatter split', () => {
  it('agrees with remark-frontmatter on every page of the corpus and of the fixtures', async () => {
    const files = [
      ...(await markdownFiles('docs')),
      ...(await markdownFiles('i18n')),
      ...(await markdownFiles('test/fixtures/compiler')),
    ];
    assert.ok(files.length > 20);
    for (const file of files) {
      const markdown = await readFile(file, 'utf8');
      const split = splitFrontMatter(markdown);
      const expected = referenceSplit(markdown);
      assert.equal(split?.yaml, expected?.yaml, `${file}: YAML`);
      if (split) assert.deepEqual(shape(bodyOf(split.body)), expected?.body, `${file}: prose`);
    }
  });

  for (const [name, markdown] of Object.entries(EDGE_CASES)) {
    it(`agrees with remark-frontmatter on ${name}`, () => {
      const split = splitFrontMatter(markdown);
      const expected = referenceSplit(markdown);
      assert.equal(split?.yaml, expected?.yaml);
      if (split) assert.deepEqual(shape(bodyOf(split.body)), expected?.body);
    });
  }
});
