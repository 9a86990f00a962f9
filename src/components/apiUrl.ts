/**
 * The address of a file of the site's API (`/api/...`), from any locale's pages. The API is one
 * set of files at the site's root, written by the default locale's build; a localized build's
 * base URL ends in its locale (`/zh-Hans/`), which the API's address must not carry.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export function useApiUrl(): (path: string) => string {
  const {siteConfig, i18n} = useDocusaurusContext();
  const localized = `${i18n.currentLocale}/`;
  const root =
    i18n.currentLocale !== i18n.defaultLocale && siteConfig.baseUrl.endsWith(localized)
      ? siteConfig.baseUrl.slice(0, -localized.length)
      : siteConfig.baseUrl;
  return (path: string) => `${root}${path.replace(/^\//, '')}`;
}
