/** The routes of the standards' pages, derived from the content alone. */
import type {RouteConfig} from '@docusaurus/types';
import type {StandardsContent} from './compile';
import {PLUGIN_PAGES, type PluginPage, STANDARD_PAGE_COMPONENT} from './sitePages';

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
