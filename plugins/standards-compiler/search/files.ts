/**
 * The name of each locale's search index among the plugin's generated data
 * (`.docusaurus/standards-compiler/default/`); every locale's build writes its own.
 */
export const SEARCH_INDEX_FILE = 'search-index.json';
