/** Renders a page's prose (Markdown) to HTML with heading anchors, and lists its headings. */
import type {Element, Root as HastRoot, RootContent as HastContent} from 'hast';
import rehypeSlug from 'rehype-slug';
import remarkParse from 'remark-parse';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import type {Heading} from '../../src/core/pageData';

export interface RenderedBody {
  html: string;
  headings: Heading[];
}

// CommonMark only: GFM's extensions double the parse time and no page uses them yet.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSlug).use(rehypeStringify);

const textOf = (node: HastContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

const collectHeadings = (tree: HastRoot): Heading[] =>
  tree.children
    .filter((n): n is Element => n.type === 'element' && (n.tagName === 'h2' || n.tagName === 'h3'))
    .map((n) => ({id: String(n.properties.id), text: textOf(n), level: n.tagName === 'h2' ? 2 : 3}));

export function renderMarkdown(markdown: string): RenderedBody {
  const hast = processor.runSync(processor.parse(markdown)) as HastRoot;
  return {html: processor.stringify(hast), headings: collectHeadings(hast)};
}
