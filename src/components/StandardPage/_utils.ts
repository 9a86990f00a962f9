/**
 * Pure helpers of the standard page: formatting figures for a locale. Words are translated by the
 * components; numbers, currencies and region names come from Intl, so no translation restates them.
 */
import type {CostPoint, LocalizedText, StandardRecord} from '@site/src/core/schema';
import type {Locale} from '@site/src/core/vocabulary';
import {GLOBAL_REGION} from '@site/src/core/vocabulary';

export const localize = (text: LocalizedText, locale: string): string => text[locale as Locale] ?? text.en;

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number in the reader's locale; one formatter per locale, since creating one is slow. */
export const formatNumber = (value: number, locale: string): string => {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
};

export const formatMoney = (amount: number, currency: string, locale: string): string =>
  new Intl.NumberFormat(locale, {style: 'currency', currency, maximumFractionDigits: 0}).format(amount);

/** A cost point's amount: an exact amount, a range, or (min alone) a lower bound. */
export type AmountShape = {kind: 'exact'; amount: string} | {kind: 'range'; min: string; max: string} | {kind: 'more-than'; amount: string};

export const costAmount = (cost: Pick<CostPoint, 'min' | 'max' | 'currency'>, locale: string): AmountShape => {
  const money = (v: number) => formatMoney(v, cost.currency, locale);
  if (cost.max === undefined) return {kind: 'more-than', amount: money(cost.min)};
  if (cost.max === cost.min) return {kind: 'exact', amount: money(cost.min)};
  return {kind: 'range', min: money(cost.min), max: money(cost.max)};
};

/** A region's name in the reader's language, from the names the compiler gave the page. */
export const regionName = (code: string, names: Readonly<Record<string, string>>, globalLabel: string): string =>
  code === GLOBAL_REGION ? globalLabel : (names[code] ?? code);

/** The edition that replaced the standard, when the standard itself is no longer current. */
export const successorOf = (standard: StandardRecord): string | undefined => {
  if (standard.status === 'current') return undefined;
  const latest = standard.editions.reduce((a, b) => (b.year >= a.year ? b : a));
  return latest.successorStandard;
};

