/**
 * A page's data as one locale's pages receive it: every text kept in the page's locale and in
 * English (the fallback localize() reads), the other locales' dropped. The data is compiled with
 * every locale's texts, and a page's data is a script the browser downloads and parses before the
 * page is interactive: on /advisor and /compare the other scripts' Chinese was most of the bytes,
 * and Lighthouse counts them against the page (issue 17).
 */
import {LOCALES, type Locale} from '../../src/core/vocabulary';

const isLocale = (key: string): key is Locale => (LOCALES as readonly string[]).includes(key);

/** Whether `value` is keyed by locale: a localized text, or anything else held once per locale. */
const byLocale = (value: object): boolean => {
  const keys = Object.keys(value);
  return keys.includes('en') && keys.every(isLocale);
};

export function forLocale<T>(data: T, locale: Locale): T {
  if (Array.isArray(data)) return data.map((item: unknown) => forLocale(item, locale)) as T;
  if (data === null || typeof data !== 'object') return data;
  const entries = byLocale(data)
    ? Object.entries(data).filter(([key]) => key === 'en' || key === locale)
    : Object.entries(data);
  return Object.fromEntries(entries.map(([key, value]) => [key, forLocale(value, locale)])) as T;
}
