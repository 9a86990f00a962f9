/**
 * Checks every link in every standard's prose, in every locale, as the page will render it
 * (links.ts): a link within the site must lead to a page of the locale it is read in, and its
 * anchor to a heading of that page's prose or one of its clauses; a link off the site must be a
 * well-formed http:, https: or mailto: address (it is not fetched). Docusaurus's checker sees the
 * prose's links too (the page reports them), but it names only the page's route, not the file.
 */
import type {Nodes as MdastNodes} from 'mdast';
import {walkUnits} from '../../src/core/clauses';
import {localePath, standardPath, unitAnchor} from '../../src/core/paths';
import {DEFAULT_LOCALE, LOCALES, type Locale} from '../../src/core/vocabulary';
import {localizeLink, resolveLink} from './links';
import {SITE_PAGES} from './sitePages';
import type {LoadedCorpus} from './load';
import type {Problem} from './problems';
import {parseProse, proseAnchors} from './render';

interface Prose {
  file: string;
  id: string;
  locale: Locale;
  markdown: string;
  proseLine: number;
}

// A Markdown link needs `](` (inline), `]:` (a reference's definition) or `<` (an autolink). Prose
// without any of them has no link and is not parsed: parsing every page of every locale costs
// more than all the rest of the compiler.
const MAY_LINK = /\]\(|\]:|</;

/** Links and reference definitions, as the author wrote them, with their line in the prose. */
function* linksIn(node: MdastNodes): Generator<{url: string; line: number}> {
  if (node.type === 'link' || node.type === 'definition') yield {url: node.url, line: node.position?.start.line ?? 1};
  if ('children' in node) for (const child of node.children) yield* linksIn(child);
}

const OFF_SITE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

const OTHER_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/**
 * A locale's routes, each mapped to the standard whose page it is (undefined for other pages).
 * Every declared id has its page, so that one bad field in a page does not break links to it.
 */
const routesOf = (standardIds: ReadonlySet<string>, locale: Locale): Map<string, string | undefined> =>
  new Map([
    ...SITE_PAGES.map((path): [string, string | undefined] => [localePath(path, locale), undefined]),
    ...[...standardIds].map((id): [string, string | undefined] => [standardPath(id, locale), id]),
  ]);

/** The anchors of every standard's clauses, by standard: the same in every locale. */
const clauseAnchorsOf = (catalogues: LoadedCorpus['catalogues']): Map<string, string[]> => {
  const anchors = new Map<string, string[]>();
  for (const {data} of catalogues) {
    const own = [...walkUnits(data.units)].map(({unit}) => unitAnchor(data.key, unit.id));
    anchors.set(data.standard, [...(anchors.get(data.standard) ?? []), ...own]);
  }
  return anchors;
};

export function crossCheckProse(corpus: LoadedCorpus): Problem[] {
  const prose: Prose[] = [
    ...corpus.standards.map(({file, data, markdown, proseLine}) => ({
      file,
      id: data.id,
      locale: DEFAULT_LOCALE,
      markdown,
      proseLine,
    })),
    // A translation of no standard has no page to link from; its own problem says so.
    ...corpus.translations
      .filter(({id}) => corpus.declaredStandardIds.has(id))
      .map(({file, id, locale, markdown, proseLine}) => ({file, id, locale, markdown, proseLine})),
  ];
  const routes = new Map(LOCALES.map((locale) => [locale, routesOf(corpus.declaredStandardIds, locale)]));
  const clauseAnchors = clauseAnchorsOf(corpus.catalogues);

  // A page's anchors are worked out only when a link needs them: most pages are never linked to.
  const pages = new Map(prose.map((page) => [`${page.locale} ${page.id}`, page]));
  const anchors = new Map<string, Set<string> | undefined>();
  const anchorsOf = (id: string, locale: Locale): Set<string> | undefined => {
    const key = `${locale} ${id}`;
    if (!anchors.has(key)) {
      // A page without valid prose has its own problem; its anchors are not guessed at.
      const page = pages.get(key);
      anchors.set(key, page && new Set([...proseAnchors(page.markdown), ...(clauseAnchors.get(id) ?? [])]));
    }
    return anchors.get(key);
  };

  /** What is wrong with a link, or undefined. */
  const mistakeIn = (href: string, from: Prose): string | undefined => {
    const target = resolveLink(localizeLink(href, localePath('/', from.locale)), standardPath(from.id, from.locale));
    if (target.kind === 'malformed') return 'is not a well-formed address';
    if (target.kind === 'external') {
      if (!OFF_SITE_SCHEMES.has(target.url.protocol))
        return 'is neither a link within the site nor an http:, https: or mailto: address';
      return target.url.protocol === 'mailto:' && !target.url.pathname ? 'is not a well-formed address' : undefined;
    }
    const localeRoutes = routes.get(from.locale)!;
    if (!localeRoutes.has(target.path)) {
      const named = OTHER_LOCALES.find((l) => href.startsWith('/') && href.split(/[/?#]/)[1] === l);
      return named
        ? `leads to no page: write it without "/${named}", as each locale's build adds its own`
        : 'leads to no page';
    }
    if (!target.anchor) return undefined;
    const standard = localeRoutes.get(target.path);
    if (standard === undefined) {
      return `leads to an anchor on ${target.path} that the build cannot check: link to that page alone, or to a standard's heading or clause`;
    }
    const onPage = anchorsOf(standard, from.locale);
    return onPage && !onPage.has(target.anchor)
      ? `leads to no heading or clause "${target.anchor}" on ${target.path}`
      : undefined;
  };

  const problems: Problem[] = [];
  for (const page of prose) {
    if (!MAY_LINK.test(page.markdown)) continue;
    for (const {url, line} of linksIn(parseProse(page.markdown))) {
      const mistake = mistakeIn(url, page);
      if (mistake)
        problems.push({
          file: page.file,
          path: 'prose',
          message: `line ${page.proseLine + line - 1}: link "${url}" ${mistake}`,
        });
    }
  }
  return problems;
}
