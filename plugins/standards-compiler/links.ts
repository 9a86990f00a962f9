/**
 * Links in a standard's prose, resolved as a browser on the site resolves them. The prose reaches
 * its page as raw HTML, past Docusaurus's Link: nothing else gives its links the locale's baseUrl,
 * and Docusaurus's link checker does not see them. render.ts localizes them and hands them to the
 * page, which reports them to that checker; crossCheckProse.ts checks them when the data compiles.
 */

// Any origin serves to resolve against: all that matters is whether a link stays on it.
const SITE = 'https://site.invalid';

export type LinkTarget =
  /** A route of the site (percent-encoded, as in a URL) and the anchor, decoded; `''` for none. */
  {kind: 'internal'; path: string; anchor: string} | {kind: 'external'; url: URL} | {kind: 'malformed'};

/** Where `href` leads from the page at route `from`. */
export function resolveLink(href: string, from: string): LinkTarget {
  let url: URL;
  try {
    url = new URL(href, SITE + from);
  } catch {
    return {kind: 'malformed'};
  }
  if (url.origin !== SITE) return {kind: 'external', url};
  try {
    return {kind: 'internal', path: url.pathname, anchor: decodeURIComponent(url.hash.slice(1))};
  } catch {
    return {kind: 'malformed'};
  }
}

/** True for a link that stays on the site: a route, relative or not, or an anchor. */
export const staysOnSite = (href: string): boolean => resolveLink(href, '/').kind === 'internal';

/**
 * A link from the site's root (`/standards/iso-9001`) gets the locale's baseUrl (`/zh-Hans/`), as
 * Docusaurus's Link would give it, so that it leads to the page in the reader's locale. Relative
 * links and anchors already resolve within the locale; links off the site stay as written.
 */
export const localizeLink = (href: string, baseUrl: string): string =>
  href.startsWith('/') && staysOnSite(href) ? `${baseUrl}${href.slice(1)}` : href;
