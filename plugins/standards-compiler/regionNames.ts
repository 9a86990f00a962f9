/**
 * Region names in a locale, from Node's ICU data at build time: the one place they are named.
 * Named here rather than in the browser because ICU data differ between Node and browsers, and a
 * page's server render must match its client render. `global` has its label in src/core/labels.ts.
 */
import {GLOBAL_REGION, type Locale} from '../../src/core/vocabulary';

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** The names of `codes` (ISO 3166-1 alpha-2) in `locale`, by code; `global` left out. */
export function regionNames(codes: Iterable<string>, locale: Locale): Record<string, string> {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], {type: 'region'})));
  const named: Record<string, string> = {};
  for (const code of codes) if (code !== GLOBAL_REGION) named[code] = names.of(code) ?? code;
  return named;
}
