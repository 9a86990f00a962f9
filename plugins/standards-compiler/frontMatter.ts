/**
 * Splits a Markdown page into its YAML frontmatter and its body tree, with unified,
 * remark-parse and remark-frontmatter.
 */
import type {Root, RootContent} from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {YAMLParseError, parse as parseYaml} from 'yaml';

export interface ParsedPage {
  /** The frontmatter as YAML gave it: unknown until the schema has validated it. */
  frontMatter: unknown;
  /** The body: the Markdown tree without its frontmatter node. */
  body: Root;
}

/** Thrown for a page whose frontmatter is missing or is not valid YAML. */
export class FrontMatterSyntaxError extends Error {}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export function parsePage(markdown: string): ParsedPage {
  const tree = parser.parse(markdown);
  const [first, ...rest] = tree.children;
  if (first?.type !== 'yaml') {
    throw new FrontMatterSyntaxError('expected YAML frontmatter between --- lines at the top of the page');
  }
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(first.value, {prettyErrors: true, uniqueKeys: true});
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    // The frontmatter starts on line 2 of the file, after the opening ---.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new FrontMatterSyntaxError(`line ${line}: expected valid YAML frontmatter: ${reason}`);
  }
  return {frontMatter, body: {...tree, children: rest as RootContent[]}};
}
