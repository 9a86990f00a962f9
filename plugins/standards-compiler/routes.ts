/** The routes of the standards' pages, derived from the content alone. */
import type {RouteConfig} from '@docusaurus/types';
import type {StandardsContent} from './compile';

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
 * One route per standard, at `<baseUrl>standards/<id>`, and the landscape and comparison pages. Docusaurus gives each locale its own
 * baseUrl (`/` and `/zh-Hans/`), so the same function serves every locale.
 */
export function buildRoutes(
  content: StandardsContent,
  baseUrl: string,
  propsModules: {standards: Record<string, string>} & Record<PluginPage, string>,
): RouteConfig[] {
  const base = baseUrl.replace(/\/?$/, '/');
  return [
    ...content.standards.map(({id}) => ({
      path: `${base}standards/${id}`,
      component: STANDARD_PAGE_COMPONENT,
      exact: true,
      modules: {page: propsModules.standards[id]},
    })),
    ...(Object.keys(PLUGIN_PAGES) as PluginPage[]).map((name) => ({
      path: `${base}${name}`,
      component: PLUGIN_PAGES[name],
      exact: true,
      modules: {page: propsModules[name]},
    })),
  ];
}
