/** The routes of the standards' pages, derived from the content alone. */
import type {RouteConfig} from '@docusaurus/types';
import type {StandardsContent} from './compile';

export const STANDARD_PAGE_COMPONENT = '@site/src/components/StandardPage/index.tsx';
export const LANDSCAPE_PAGE_COMPONENT = '@site/src/components/LandscapePage/index.tsx';
export const COMPARE_PAGE_COMPONENT = '@site/src/components/ComparePage/index.tsx';
export const CROSSWALK_PAGE_COMPONENT = '@site/src/components/CrosswalkPage/index.tsx';
export const ADVISOR_PAGE_COMPONENT = '@site/src/components/AdvisorPage/index.tsx';

/**
 * One route per standard, at `<baseUrl>standards/<id>`, and the landscape and comparison pages. Docusaurus gives each locale its own
 * baseUrl (`/` and `/zh-Hans/`), so the same function serves every locale.
 */
export function buildRoutes(
  content: StandardsContent,
  baseUrl: string,
  propsModules: {standards: Record<string, string>; landscape: string; compare: string; crosswalk: string; advisor: string},
): RouteConfig[] {
  const base = baseUrl.replace(/\/?$/, '/');
  return [
    ...content.standards.map(({id}) => ({
      path: `${base}standards/${id}`,
      component: STANDARD_PAGE_COMPONENT,
      exact: true,
      modules: {page: propsModules.standards[id]},
    })),
    {path: `${base}landscape`, component: LANDSCAPE_PAGE_COMPONENT, exact: true, modules: {page: propsModules.landscape}},
    {path: `${base}compare`, component: COMPARE_PAGE_COMPONENT, exact: true, modules: {page: propsModules.compare}},
    {path: `${base}crosswalk`, component: CROSSWALK_PAGE_COMPONENT, exact: true, modules: {page: propsModules.crosswalk}},
    {path: `${base}advisor`, component: ADVISOR_PAGE_COMPONENT, exact: true, modules: {page: propsModules.advisor}},
  ];
}
