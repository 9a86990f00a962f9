/** Builds the texts file of one locale (src/core/search/textsFile.ts): every result's whole text. */
import type {SearchDocument} from '../../../src/core/search/document';
import type {SearchTextsFile} from '../../../src/core/search/textsFile';

export const buildSearchTexts = (
  docs: readonly SearchDocument[],
  locale: string,
  snippetLength: number,
): SearchTextsFile => ({
  locale,
  snippetLength,
  texts: docs.map((d) => (d.text === d.snippet ? '' : d.text)),
});
