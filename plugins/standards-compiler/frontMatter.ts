/**
 * Splits a Markdown page into its YAML frontmatter and its body tree, with unified,
 * remark-parse and remark-frontmatter.
 */
import type {Root, RootContent} from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {YamlSyntaxError, parseYaml} from './yaml';

export interface ParsedPage {
  /** The frontmatter as YAML gave it: unknown until the schema has validated it. */
  frontMatter: unknown;
  /** The body: the Markdown tree without its frontmatter node. */
  body: Root;
}

/** Thrown for a page whose frontmatter is missing or is not valid YAML. */
export class FrontMatterSyntaxError extends Error {}

// CommonMark only: GFM's extensions cost twice the parse time and no page uses them yet.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function parsePage(markdown: string): ParsedPage {
  const tree = parser.parse(markdown);
  const [first, ...rest] = tree.children;
  if (first?.type !== 'yaml') {
    throw new FrontMatterSyntaxError('expected YAML frontmatter between --- lines at the top of the page');
  }
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(first.value);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    // The frontmatter starts on line 2 of the file, after the opening ---.
    throw new FrontMatterSyntaxError(`line ${error.line + 1}: expected valid YAML frontmatter: ${error.reason}`);
  }
  return {frontMatter, body: {...tree, children: rest as RootContent[]}};
}
