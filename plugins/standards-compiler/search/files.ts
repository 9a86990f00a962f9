/**
 * The name of each locale's search index among the plugin's generated data
 * (`.docusaurus/standards-compiler/default/`); every locale's build writes its own.
 */
export const SEARCH_INDEX_FILE = 'search-index.json';
/** The generated index, wherever the generated data lives: the bundler emits it as a file to fetch. */
export const SEARCH_INDEX_PATH = /[\\/]standards-compiler[\\/]default[\\/]search-index\.json$/;
/** Where the built site holds it: a content-hashed name under each locale's assets. */
export const SEARCH_INDEX_ASSET = 'assets/search/[name].[contenthash:8][ext]';
