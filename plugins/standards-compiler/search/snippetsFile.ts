/** Builds the snippets file of one locale (src/core/search/snippetsFile.ts): what each result shows under its title. */
import type {SearchDocument} from '../../../src/core/search/document';
import type {SearchSnippetsFile} from '../../../src/core/search/snippetsFile';

export const buildSearchSnippets = (docs: readonly SearchDocument[], locale: string): SearchSnippetsFile => ({
  locale,
  snippets: docs.map((d) => d.snippet),
});
