/** The site's pages besides the standards': the plugin's own, with their components, and src/pages/'s. */

export const STANDARD_PAGE_COMPONENT = '@site/src/components/StandardPage/index.tsx';
export const LANDSCAPE_PAGE_COMPONENT = '@site/src/components/LandscapePage/index.tsx';
export const COMPARE_PAGE_COMPONENT = '@site/src/components/ComparePage/index.tsx';
export const CROSSWALK_PAGE_COMPONENT = '@site/src/components/CrosswalkPage/index.tsx';
export const ADVISOR_PAGE_COMPONENT = '@site/src/components/AdvisorPage/index.tsx';

/**
 * The plugin's pages besides the standards', by their path below the locale's baseUrl. One list,
 * so that the routes and the prose links' check (crossCheckProse.ts) cannot disagree.
 */
export const PLUGIN_PAGES = {
  landscape: LANDSCAPE_PAGE_COMPONENT,
  compare: COMPARE_PAGE_COMPONENT,
  crosswalk: CROSSWALK_PAGE_COMPONENT,
  advisor: ADVISOR_PAGE_COMPONENT,
} as const;
export type PluginPage = keyof typeof PLUGIN_PAGES;

/**
 * The pages of src/pages/, by route. Docusaurus makes them, so the compiler can only be told of
 * them: a unit test keeps this list in step with the folder.
 */
export const SRC_PAGES = ['/', '/search', '/slides', '/standards'];

/** Every route of a locale's build besides the standards' pages, in the default locale. */
export const SITE_PAGES: readonly string[] = [...SRC_PAGES, ...Object.keys(PLUGIN_PAGES).map((name) => `/${name}`)];
