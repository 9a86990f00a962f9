/** Texts of the data in a reader's language: a localized text, a region's name. */
import type {LocalizedText} from './schema';
import {GLOBAL_REGION, type Locale} from './vocabulary';
import {withTaiwan} from './taiwan';

/** A text in the reader's locale, falling back to English where a locale has none. */
export const localize = (text: LocalizedText, locale: string): string => text[locale as Locale] ?? text.en;

/** A region's name in the reader's language, from the names the compiler gave the page. */
export const regionName = (code: string, names: Readonly<Record<string, string>>, globalLabel: string): string =>
  code === GLOBAL_REGION ? globalLabel : (names[code] ?? code);

/**
 * Punctuation between the items of a list, between lists, after a label, around an aside, at the
 * end of a sentence, and between two sentences (Chinese sentences follow one another without a space), in each locale.
 */
export const PUNCTUATION: Record<
  Locale,
  {list: string; items: string; label: string; parenthesis: readonly [string, string]; stop: string; sentence: string}
> = withTaiwan({
  en: {list: ', ', items: '; ', label: ': ', parenthesis: [' (', ')'], stop: '.', sentence: ' '},
  'zh-Hans': {list: '、', items: '；', label: '：', parenthesis: ['（', '）'], stop: '。', sentence: ''},
});

/** `text (aside)` in English, `text（aside）` in Chinese. */
export const withAside = (text: string, aside: string, locale: Locale): string =>
  `${text}${PUNCTUATION[locale].parenthesis[0]}${aside}${PUNCTUATION[locale].parenthesis[1]}`;

const collators = new Map<string, Intl.Collator>();

/**
 * Compares two texts in a locale's alphabetical order, through one Intl.Collator per locale:
 * `a.localeCompare(b, locale)` builds a collator on every call, and sorting a page's names that way
 * was a measurable part of /compare's hydration (issue 17).
 */
export function compareText(locale: string): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator.compare;
}
