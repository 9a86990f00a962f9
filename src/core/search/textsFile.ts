/**
 * The texts file of one locale: every result's whole text, for the results whose match lies
 * beyond their snippet. The search box fetches it only then, after the first results are shown,
 * and shows the words around the match (src/components/Search/results.ts, `snippetShowingMatch`).
 * It is not part of what the first search fetches: the index's snippets are. Built by
 * plugins/standards-compiler/search/textsFile.ts.
 */
export interface SearchTextsFile {
  locale: string;
  /** How long a snippet is, in characters: a window around a match is as long. */
  snippetLength: number;
  /** By document id: its whole text, or '' where the snippet is all of it. */
  texts: string[];
}
