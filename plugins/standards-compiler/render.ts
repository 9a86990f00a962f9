/** Renders a page's prose (Markdown) to HTML with heading anchors, and lists its headings, anchors and links. */
import type {Element, Root as HastRoot, RootContent as HastContent} from 'hast';
import type {Root as MdastRoot} from 'mdast';
import rehypeSlug from 'rehype-slug';
import remarkParse from 'remark-parse';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {localizeLink, staysOnSite} from './links';
import type {Heading, ProseBody} from '../../src/core/pageData';

// CommonMark only: GFM's extensions double the parse time and no page uses them yet.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSlug).use(rehypeStringify);

const textOf = (node: HastContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

function* elementsIn(node: HastRoot | HastContent): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elementsIn(child);
}

const collectHeadings = (tree: HastRoot): Heading[] =>
  tree.children
    .filter((n): n is Element => n.type === 'element' && (n.tagName === 'h2' || n.tagName === 'h3'))
    .map((n) => ({id: String(n.properties.id), text: textOf(n), level: n.tagName === 'h2' ? 2 : 3}));

const collectAnchors = (tree: HastRoot): string[] =>
  [...elementsIn(tree)].map((e) => e.properties.id).filter((id): id is string => typeof id === 'string');

/** The prose's syntax tree, where its links are as the author wrote them, each with its line. */
export const parseProse = (markdown: string): MdastRoot => processor.parse(markdown);

/** The prose as HTML's tree, with the ids rehype-slug gives its headings. */
const proseTree = (markdown: string): HastRoot => processor.runSync(processor.parse(markdown)) as HastRoot;

export const proseHeadings = (markdown: string): Heading[] => collectHeadings(proseTree(markdown));

/** Every id in the rendered prose: the anchors a link may lead to, from the same pipeline that renders it. */
export const proseAnchors = (markdown: string): string[] => collectAnchors(proseTree(markdown));

/**
 * The prose as HTML for a locale's page. Links from the site's root get the locale's `baseUrl`
 * (links.ts); the links that stay on the site are listed, with every anchor, for Docusaurus's
 * link checker, which cannot see into raw HTML.
 */
export function renderMarkdown(markdown: string, baseUrl: string): ProseBody {
  const hast = proseTree(markdown);
  const links: string[] = [];
  for (const element of elementsIn(hast)) {
    const {href} = element.properties;
    if (element.tagName !== 'a' || typeof href !== 'string') continue;
    element.properties.href = localizeLink(href, baseUrl);
    if (staysOnSite(href)) links.push(element.properties.href);
  }
  return {
    html: processor.stringify(hast),
    headings: collectHeadings(hast),
    anchors: collectAnchors(hast),
    links: [...new Set(links)],
  };
}
