/** One locale's search files from the compiled content: the index (documents, character table, FlexSearch's ranking) and the texts. */
import type {StandardsContent} from '../compile';
import type {Locale} from '../../../src/core/vocabulary';
import {SNIPPET_LENGTH, buildSearchDocuments} from './documents';
import {type SearchDocument} from '../../../src/core/search/document';
import {buildSearchIndex} from './buildIndex';
import type {SearchIndexFile} from '../../../src/core/search/indexFile';
import {buildSearchTexts} from './textsFile';
import {type SearchTextsFile} from '../../../src/core/search/textsFile';
import {buildCharacterTable} from './traditional';

/** Locales whose text is Han: their index ships a Traditional -> Simplified table. */
const HAN_LOCALES: ReadonlySet<Locale> = new Set(['zh-Hans']);

async function indexOf(content: StandardsContent, locale: Locale, docs: SearchDocument[]): Promise<SearchIndexFile> {
  const characters = HAN_LOCALES.has(locale) ? buildCharacterTable(docs.flatMap((d) => [d.title, d.keys, d.body])) : '';
  const themes = content.themes.map((t) => ({id: t.id, name: t.name[locale]}));
  return buildSearchIndex(docs, {locale, characters, themes});
}

export const buildLocaleSearchIndex = (content: StandardsContent, locale: Locale): Promise<SearchIndexFile> =>
  indexOf(content, locale, buildSearchDocuments(content, locale));

export async function buildLocaleSearchFiles(
  content: StandardsContent,
  locale: Locale,
): Promise<{index: SearchIndexFile; texts: SearchTextsFile}> {
  const docs = buildSearchDocuments(content, locale);
  return {index: await indexOf(content, locale, docs), texts: buildSearchTexts(docs, locale, SNIPPET_LENGTH[locale])};
}
