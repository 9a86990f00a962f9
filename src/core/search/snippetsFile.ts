/**
 * The snippets file of one locale: the text each result shows under its title, by document id.
 * Apart from the index so that the first results wait only for the index (titles, numbers, links):
 * at 500 pages the snippets are more than half of what the first search would otherwise fetch.
 * The search box fetches it as soon as the engine is made and fills the snippets in when it lands.
 * Built by plugins/standards-compiler/search/snippetsFile.ts.
 */
export interface SearchSnippetsFile {
  locale: string;
  /** By document id: the opening words of its text, cut at a sentence or a word (documents.ts). */
  snippets: string[];
}
