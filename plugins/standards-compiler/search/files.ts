/**
 * The names of each locale's search files among the plugin's generated data
 * (`.docusaurus/standards-compiler/default/`); every locale's build writes its own.
 */
export const SEARCH_INDEX_FILE = 'search-index.json';
export const SEARCH_SNIPPETS_FILE = 'search-snippets.json';
export const SEARCH_TEXTS_FILE = 'search-texts.json';
/**
 * What the first search fetches (the index, then the snippets) again, gzipped, for browsers that
 * can decompress it (src/core/search/readSearchFile.ts).
 */
export const gzipped = (file: string): string => `${file}.gz`;
const FILES = [SEARCH_INDEX_FILE, SEARCH_SNIPPETS_FILE, SEARCH_TEXTS_FILE];
const GZIPPED_FILES = [SEARCH_INDEX_FILE, SEARCH_SNIPPETS_FILE].map(gzipped);
const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The generated search files, wherever the generated data lives: the bundler emits them as files to fetch. */
export const SEARCH_FILES_PATH = new RegExp(
  `[\\\\/]standards-compiler[\\\\/]default[\\\\/](?:${[...FILES, ...GZIPPED_FILES].map(escaped).join('|')})$`,
);
/** Where the built site holds them: content-hashed names under each locale's assets. */
export const SEARCH_ASSET = 'assets/search/[name].[contenthash:8][ext]';
