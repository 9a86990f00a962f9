/** One locale's search index from the compiled content: documents, character table, FlexSearch export. */
import type {StandardsContent} from '../compile';
import type {Locale} from '../vocabulary';
import {buildSearchDocuments} from './documents';
import {buildSearchIndex} from './buildIndex';
import type {SearchIndexFile} from './indexFile';
import {buildCharacterTable} from './traditional';

/** Locales whose text is Han: their index ships a Traditional -> Simplified table. */
const HAN_LOCALES: ReadonlySet<Locale> = new Set(['zh-Hans']);

export async function buildLocaleSearchIndex(content: StandardsContent, locale: Locale): Promise<SearchIndexFile> {
  const docs = buildSearchDocuments(content, locale);
  const characters = HAN_LOCALES.has(locale) ? buildCharacterTable(docs.flatMap((d) => [d.title, d.keys, d.body])) : '';
  const themes = content.themes.map((t) => ({id: t.id, name: t.name[locale]}));
  return buildSearchIndex(docs, {locale, characters, themes});
}
