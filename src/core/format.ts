/**
 * Figures in words, in one locale: money, months, counts and shares. The one formatter of each,
 * read by the pages, the advisor and the command line, and written without Intl so that Node and
 * every browser print the same text (their ICU data differ, and a page's server render must match
 * its client render).
 */
import type {AuthoredLocale, Locale} from './vocabulary';
import {withTaiwan} from './taiwan';

/** "1,200,000": grouping by thousands, the same in every locale and runtime. */
export const groupThousands = (n: number): string => {
  const sign = n < 0 ? '-' : '';
  const [whole, fraction] = String(Math.round(Math.abs(n) * 100) / 100).split('.');
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
};

/** A count, grouped: "2,400". */
export const countText = (n: number): string => groupThousands(n);

/** "CNY 1,200,000": whole units from 100 up, where cents would be false precision. */
export const moneyText = (currency: string, amount: number): string =>
  `${currency} ${groupThousands(amount >= 100 ? Math.round(amount) : amount)}`;

const PHRASES = withTaiwan({
  en: {
    about: (n: string) => `about ${n}`,
    atLeast: (n: string) => `more than ${n}`,
    range: (a: string, b: string) => `${a} to ${b}`,
    moreThan: (a: string) => `more than ${a}`,
    months: (min: number, max?: number) =>
      max !== undefined && max !== min ? `${min}–${max} months` : `${min} month${min === 1 ? '' : 's'}`,
  },
  'zh-Hans': {
    about: (n: string) => `约 ${n}`,
    // Before a count and its unit ("超过 1,000 张有效证书"), where "以上" after the figure reads awkwardly.
    atLeast: (n: string) => `超过 ${n}`,
    range: (a: string, b: string) => `${a} 至 ${b}`,
    moreThan: (a: string) => `${a} 以上`,
    months: (min: number, max?: number) => (max !== undefined && max !== min ? `${min}–${max} 个月` : `${min} 个月`),
  },
} as const satisfies Record<AuthoredLocale, unknown>);

/** A cost as the sources give it: one amount, a range, or (a minimum alone) a lower bound. */
export const amountText = (cost: {currency: string; min: number; max?: number}, locale: Locale): string => {
  const low = moneyText(cost.currency, cost.min);
  if (cost.max === undefined) return PHRASES[locale].moreThan(low);
  return cost.max === cost.min ? low : PHRASES[locale].range(low, moneyText(cost.currency, cost.max));
};

/** "9–12 months", "6 months", "9–12 个月". */
export const monthsText = (min: number, max: number | undefined, locale: Locale): string =>
  PHRASES[locale].months(min, max);

/** A share from 0 to 1 as a whole percentage: "60%". */
export const percentText = (share: number): string => `${Math.round(share * 100)}%`;

/** A count as its source gives it: "1,000", "about 1,000", or (a lower bound) "more than 1,000". */
export const qualifiedCountText = (
  count: number,
  qualifier: {approximate?: boolean; atLeast?: boolean},
  locale: Locale,
): string =>
  qualifier.atLeast
    ? PHRASES[locale].atLeast(countText(count))
    : qualifier.approximate
      ? PHRASES[locale].about(countText(count))
      : countText(count);
