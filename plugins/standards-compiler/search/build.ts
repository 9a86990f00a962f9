/**
 * One locale's search files from the compiled content: the index (documents, character table,
 * FlexSearch's ranking), the snippets and the texts.
 */
import type {StandardsContent} from '../compile';
import {DERIVED_LOCALES, LOCALES, type Locale} from '../../../src/core/vocabulary';
import {snippetLength, buildSearchDocuments} from './documents';
import {type SearchDocument} from '../../../src/core/search/document';
import {buildSearchIndex} from './buildIndex';
import type {SearchIndexFile} from '../../../src/core/search/indexFile';
import type {SynonymWords} from '../../../src/core/search/synonyms';
import {buildSearchSnippets} from './snippetsFile';
import type {SearchSnippetsFile} from '../../../src/core/search/snippetsFile';
import {buildSearchTexts} from './textsFile';
import {type SearchTextsFile} from '../../../src/core/search/textsFile';
import {buildCharacterTable, toSimplified} from './traditional';
import {LABELS} from '../../../src/core/labels';
import {statusText, statusViewOf} from '../../../src/core/statusFreshness';

/**
 * The synonym groups as one locale's index ships them: the locale's own words (the first is the one
 * shown as a suggestion), then the other locales', each word once, Traditional forms as Simplified.
 */
export const synonymGroups = (content: StandardsContent, locale: Locale): SynonymWords =>
  content.searchTerms.map((group) => {
    // A Traditional locale's own words stay as its readers write them: the first is its suggestion.
    const own = [...new Set(locale in DERIVED_LOCALES ? group.terms[locale] : group.terms[locale].map(toSimplified))];
    const other = LOCALES.filter((l) => l !== locale).flatMap((l) => group.terms[l].map(toSimplified));
    return [own, [...new Set(other)].filter((word) => !own.includes(word))];
  });

async function indexOf(content: StandardsContent, locale: Locale, docs: SearchDocument[]): Promise<SearchIndexFile> {
  const synonyms = synonymGroups(content, locale);
  // Every index holds Han text (Chinese names, the synonyms), so every one ships the table that
  // reads Traditional characters as the Simplified ones it holds.
  const texts = [...docs.flatMap((d) => [d.title, d.keys, d.body, d.alias ?? '']), ...synonyms.flat(2)];
  // A Traditional locale's index reads its own text through the table too (buildIndex.ts): the
  // table is made from the Simplified forms of that text, so it holds every character it writes.
  const characters = buildCharacterTable(locale in DERIVED_LOCALES ? texts.map(toSimplified) : texts);
  const themes = content.themes.map((t) => ({id: t.id, name: t.name[locale]}));
  const statuses = Object.fromEntries(
    content.standards
      .filter((s) => s.status !== 'current' || s.statusStale)
      .map((s) => [s.id, statusText(LABELS[locale], statusViewOf(s))]),
  );
  return buildSearchIndex(docs, {locale, characters, themes, synonyms, statuses});
}

export const buildLocaleSearchIndex = (content: StandardsContent, locale: Locale): Promise<SearchIndexFile> =>
  indexOf(content, locale, buildSearchDocuments(content, locale));

export async function buildLocaleSearchFiles(
  content: StandardsContent,
  locale: Locale,
): Promise<{index: SearchIndexFile; snippets: SearchSnippetsFile; texts: SearchTextsFile}> {
  const docs = buildSearchDocuments(content, locale);
  return {
    index: await indexOf(content, locale, docs),
    snippets: buildSearchSnippets(docs, locale),
    texts: buildSearchTexts(docs, locale, snippetLength(locale)),
  };
}
