/**
 * Splits a Markdown page into its YAML frontmatter and its prose.
 *
 * The fences follow remark-frontmatter's rules for YAML (a first line `---`, a closing line
 * `---`, trailing spaces or tabs allowed, nothing else on the line); a unit test checks that
 * this split and remark-frontmatter agree on every page of the corpus. The YAML between the
 * fences goes straight to the YAML parser: tokenizing it as Markdown first cost two thirds of the
 * compiler's time. The prose is parsed and rendered (unified, remark-parse) only for the locale
 * being built: see render.ts.
 */
import {YamlSyntaxError, parseYaml} from './yaml';

export interface ParsedPage {
  /** The frontmatter as YAML gave it: unknown until the schema has validated it. */
  frontMatter: unknown;
  /** The prose: the Markdown after the closing fence. */
  body: string;
}

/** Thrown for a page whose frontmatter is missing or is not valid YAML. */
export class FrontMatterSyntaxError extends Error {}

export interface SplitPage {
  /** The text between the fences, without the line ending before the closing fence. */
  yaml: string;
  /** Everything after the closing fence's line. */
  body: string;
}

/**
 * An opening fence on the first line; then, lazily, either nothing or the YAML and a line ending;
 * then the first line that is a fence. Lazy both ways, so the first closing fence wins, as in
 * remark-frontmatter.
 */
const FRONT_MATTER = /^---[ \t]*(?:\r\n|\r|\n)(?:([\s\S]*?)(?:\r\n|\r|\n))??---[ \t]*(?:\r\n|\r|\n|$)/;

/** The frontmatter and the body of a page, or undefined when the page has no frontmatter. */
export function splitFrontMatter(markdown: string): SplitPage | undefined {
  const match = FRONT_MATTER.exec(markdown);
  return match ? {yaml: match[1] ?? '', body: markdown.slice(match[0].length)} : undefined;
}

export function parsePage(markdown: string): ParsedPage {
  const split = splitFrontMatter(markdown);
  if (!split) throw new FrontMatterSyntaxError('expected YAML frontmatter between --- lines at the top of the page');
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(split.yaml);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    // The frontmatter starts on line 2 of the file, after the opening ---.
    throw new FrontMatterSyntaxError(`line ${error.line + 1}: expected valid YAML frontmatter: ${error.reason}`);
  }
  return {frontMatter, body: split.body};
}
