/** The routes of the standards' pages, derived from the content alone. */
import type {RouteConfig} from '@docusaurus/types';
import type {StandardsContent} from './compile';

export const STANDARD_PAGE_COMPONENT = '@site/src/components/StandardPage/index.tsx';

/**
 * One route per standard, at `<baseUrl>standards/<id>`. Docusaurus gives each locale its own
 * baseUrl (`/` and `/zh-Hans/`), so the same function serves every locale.
 */
export function buildRoutes(
  content: StandardsContent,
  baseUrl: string,
  propsModules: Record<string, string>,
): RouteConfig[] {
  return content.standards.map(({id}) => ({
    path: `${baseUrl.replace(/\/?$/, '/')}standards/${id}`,
    component: STANDARD_PAGE_COMPONENT,
    exact: true,
    modules: {page: propsModules[id]},
  }));
}
