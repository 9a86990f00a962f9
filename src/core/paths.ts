/** The site's paths: where a standard's page and a clause's anchor live, in every locale. */
import {DEFAULT_LOCALE, type Locale} from './vocabulary';

/** The anchor of a clause unit on its standard's page. */
export const unitAnchor = (key: string, unitId: string): string => `clause-${key}-${unitId}`;

/**
 * A standard's page, and with an anchor a place on it, within the reader's locale: what a link
 * takes (the site adds the locale's base).
 */
export const standardRoute = (id: string, anchor?: string): string => `/standards/${id}${anchor ? `#${anchor}` : ''}`;

/**
 * A route of the site in a locale, without the site's baseUrl: the default locale's at the root,
 * every other under `/<locale>`, as Docusaurus lays out each locale's build.
 */
export const localePath = (path: string, locale: Locale): string =>
  locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;

/** The route of a standard's page in a locale, without the site's baseUrl. */
export const standardPath = (id: string, locale: Locale): string => localePath(standardRoute(id), locale);
