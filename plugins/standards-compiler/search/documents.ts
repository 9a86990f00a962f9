/**
 * What search finds, per locale: each standard (names, aliases, summary), each clause unit (id,
 * title, summary, themes), each crosswalk mapping (its rationale) and each section of a standard's
 * prose, and each term of the glossary. Every document links to a standard's page, a clause's
 * anchor on it, the crosswalk explorer or the glossary. Build time only.
 */
import {explorerParam, isDefaultCatalogue} from '../catalogueEditions';
import {catalogueRef, shownUnitId, walkUnits} from '../../../src/core/clauses';
import type {StandardsContent} from '../compile';
import {standardRoute, unitAnchor} from '../../../src/core/paths';
import {proseHeadings} from '../render';
import {
  type AuthoredLocale,
  LOCALES,
  type Locale,
  authoredLocaleOf,
  isCommonStructure,
} from '../../../src/core/vocabulary';
import type {SearchDocument} from '../../../src/core/search/document';
import {GLOSSARY_GROUP} from '../../../src/core/search/kinds';
import {GLOSSARY_ROUTE, termAnchor} from '../../../src/core/teaching/types';

const SNIPPET_LENGTHS: Record<AuthoredLocale, number> = {en: 200, 'zh-Hans': 90};
/** How much of a prose section travels as its snippet, in characters: a derived locale's is its source's. */
export const snippetLength = (locale: Locale): number => SNIPPET_LENGTHS[authoredLocaleOf(locale)];

/** A sentence boundary near `max`, so a snippet does not stop mid-word. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Markdown to plain text: enough for search, not a renderer. */
export const plainText = (markdown: string): string =>
  markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A page's prose, split at its second-level headings, each section with its anchor. */
function proseSections(markdown: string): {heading: string; anchor: string; text: string}[] {
  const h2 = proseHeadings(markdown).filter((h) => h.level === 2);
  const parts = markdown.split(/^## .*$/m).slice(1);
  return h2
    .map((heading, i) => ({heading: heading.text, anchor: heading.id, text: plainText(parts[i] ?? '')}))
    .filter((s) => s.text);
}

/**
 * The words of the search terms file (standards-data/search-terms.yaml) that name what each
 * standard or clause unit is about, in every locale, by standard id or unit ref: they join the
 * thing's own names (its keys), so the trade's words find it on either site.
 */
function aboutWords(content: StandardsContent): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const group of content.searchTerms)
    for (const ref of group.about ?? []) {
      const list = words.get(ref) ?? [];
      list.push(...LOCALES.flatMap((l) => group.terms[l]));
      words.set(ref, list);
    }
  return words;
}

export function buildSearchDocuments(content: StandardsContent, locale: Locale): SearchDocument[] {
  const docs: Omit<SearchDocument, 'id'>[] = [];
  const byId = new Map(content.standards.map((s) => [s.id, s]));
  const short = (id: string) => byId.get(id)?.names[locale].short ?? id;
  const others = LOCALES.filter((l) => l !== locale);
  const about = aboutWords(content);
  /** The other locales' names of a thing, and the words of the trade it is about. */
  const aliasOf = (names: string[], ref: string) => [...names, ...(about.get(ref) ?? [])].join(' ');

  for (const s of content.standards) {
    const names = s.names[locale];
    docs.push({
      kind: 'standard',
      standard: s.id,
      title: names.name,
      keys: [
        s.id,
        names.name,
        names.short,
        ...(names.aliases ?? []),
        ...s.editions.map((e) => `${names.short} ${e.version}`),
        // A national designation (GB/T 19001-2016) is how many readers know the standard.
        ...(s.nationalAdoptions ?? []).map((a) => a.designation),
      ].join(' '),
      body: `${s.summary[locale]} ${s.question[locale]}`,
      alias: aliasOf(
        others.flatMap((l) => {
          const other = s.names[l];
          return [other.name, other.short, ...(other.aliases ?? [])];
        }),
        s.id,
      ),
      snippet: s.summary[locale],
      text: `${s.summary[locale]} ${s.question[locale]}`,
      href: standardRoute(s.id),
    });
  }

  const themeNames = new Map(content.themes.map((t) => [t.id, t.name[locale]]));
  const catalogues = new Map(content.catalogues.map((c) => [catalogueRef(c), c]));
  const units = new Map<string, {title: string}>();
  for (const catalogue of content.catalogues) {
    // A clause of an edition other than the one a reader means by the standard's name ranks below it.
    const superseded = !isDefaultCatalogue(content, catalogue);
    // A clause of the structure standards are written on ranks below the same clause of a standard built on it.
    const owner = content.standards.find((s) => s.id === catalogue.standard);
    const structure = owner !== undefined && isCommonStructure(owner);
    for (const {unit, themes} of walkUnits(catalogue.units)) {
      units.set(`${catalogueRef(catalogue)}/${unit.id}`, {title: unit.title[locale]});
      const themeText = themes.map((t) => themeNames.get(t) ?? t);
      // A unit listed by its title alone is found by it; its snippet names its themes.
      const summary = unit.summary?.[locale] ?? '';
      docs.push({
        kind: 'clause',
        standard: catalogue.standard,
        // A clause of an older edition says which, beside its number: "9.2 (2013)" under "9.2" of the current one.
        ref: superseded
          ? [shownUnitId(unit.id), `(${catalogue.edition})`].filter(Boolean).join(' ')
          : shownUnitId(unit.id),
        title: unit.title[locale],
        // A unit id that is a slug of its English title ("knowledge-management") is not a number to
        // type: it would be English words among the keys of every locale, above the locale's own title.
        // The unit's number right after the standard's name, as a reader types it ("ISO 9001 8.5"); the edition after.
        keys: `${short(catalogue.standard)} ${shownUnitId(unit.id) ?? ''} ${catalogue.edition}`,
        body: `${summary} ${themeText.join(' ')}`.trim(),
        alias: aliasOf(
          others.map((l) => unit.title[l]),
          `${catalogueRef(catalogue)}/${unit.id}`,
        ),
        snippet: summary || themeText.join(' · '),
        text: summary ? `${summary} — ${themeText.join(' · ')}` : themeText.join(' · '),
        href: standardRoute(catalogue.standard, unitAnchor(catalogue.key, unit.id)),
        themes,
        ...(superseded && {superseded}),
        ...(structure && {structure}),
      });
    }
  }

  for (const crosswalk of content.crosswalks) {
    const from = catalogues.get(crosswalk.from)!;
    const to = catalogues.get(crosswalk.to)!;
    for (const m of crosswalk.mappings) {
      const fromTitle = units.get(`${crosswalk.from}/${m.from}`)?.title ?? '';
      const toTitle = units.get(`${crosswalk.to}/${m.to}`)?.title ?? '';
      docs.push({
        kind: 'crosswalk',
        standard: from.standard,
        ref: [shownUnitId(m.from), '→', short(to.standard), shownUnitId(m.to)].filter(Boolean).join(' '),
        title: `${fromTitle} → ${toTitle}`,
        keys: `${short(from.standard)} ${shownUnitId(m.from) ?? ''} ${short(to.standard)} ${shownUnitId(m.to) ?? ''}`,
        body: m.rationale[locale],
        snippet: m.rationale[locale],
        text: m.rationale[locale],
        href: `/crosswalk?${new URLSearchParams({from: explorerParam(content, crosswalk.from), to: explorerParam(content, crosswalk.to)})}`,
      });
    }
  }

  for (const s of content.standards) {
    const page = content.pages[s.id]?.[locale];
    if (!page) continue;
    for (const section of proseSections(page.markdown)) {
      docs.push({
        kind: 'page',
        standard: s.id,
        title: section.heading,
        keys: '',
        body: section.text,
        snippet: truncate(section.text, snippetLength(locale)),
        text: section.text,
        href: standardRoute(s.id, section.anchor),
      });
    }
  }
  for (const term of content.glossary) {
    const aliases = term.aliases?.[locale] ?? [];
    docs.push({
      kind: 'term',
      standard: GLOSSARY_GROUP,
      title: term.term[locale],
      // The term is its title (the heading field, as a clause's): a clause of the same words outranks it.
      keys: aliases.join(' '),
      body: term.definition[locale],
      alias: others.map((l) => term.term[l]).join(' '),
      snippet: truncate(term.definition[locale], snippetLength(locale)),
      text: term.definition[locale],
      href: `${GLOSSARY_ROUTE}#${termAnchor(term.id)}`,
    });
  }
  return docs.map((d, id) => ({id, ...d}));
}
