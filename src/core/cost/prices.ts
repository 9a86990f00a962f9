/**
 * A dated amount in today's prices and the reader's currency, in three steps the reader can check:
 * into US dollars at the rates of the figure's own year, to the price year with the US consumer
 * price index (CPI-U annual averages), then into the reader's currency at the price year's rates.
 * A year the rates or the index lack is read at the nearest year they have (the later on a tie),
 * and the step says which year it used.
 */
import type {ExchangeRates} from '../advisor/schema';
import type {PriceIndex} from './schema';

export interface PriceSteps {
  /** The figure as its source gives it. */
  from: {currency: string; amount: number; year: number};
  /** Into US dollars: units per dollar in `rateYear` (absent when the figure is in dollars). */
  toUsd?: {rateYear: number; perUsd: number};
  /** Dollars of `fromYear` to dollars of `toYear`: index values of both years. */
  inflation: {fromYear: number; toYear: number; fromIndex: number; toIndex: number};
  /** Into the reader's currency (absent when it is US dollars). */
  toCurrency?: {currency: string; rateYear: number; perUsd: number};
  amount: number;
  sources: string[];
}

type RateYear = ExchangeRates['years'][number];

const perUsd = (y: RateYear, currency: string): number | undefined => (currency === 'USD' ? 1 : y.perUsd[currency]);

/** The rates' year nearest `year` that has `currency`. */
export function nearestRate(rates: ExchangeRates, currency: string, year: number): RateYear | undefined {
  return rates.years
    .filter((y) => perUsd(y, currency) !== undefined)
    .sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || b.year - a.year)[0];
}

function nearestIndex(index: PriceIndex, year: number): PriceIndex['years'][number] {
  return [...index.years].sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || b.year - a.year)[0];
}

/** The latest year of the price index: the year every estimate's prices are brought to. */
export const priceYearOf = (index: PriceIndex): number => Math.max(...index.years.map((y) => y.year));

/** `amount` of `currency` in `year`, in `target` at `priceYear` prices; undefined when a currency has no rate. */
export function atPriceYear(
  amount: number,
  currency: string,
  year: number,
  target: string,
  rates: ExchangeRates,
  index: PriceIndex,
  priceYear = priceYearOf(index),
): PriceSteps | undefined {
  const from = nearestIndex(index, year);
  const to = nearestIndex(index, priceYear);
  // Already in the reader's currency and at the price year's prices: nothing to convert.
  if (currency === target && from.year === to.year) {
    return {
      from: {currency, amount, year},
      inflation: {fromYear: from.year, toYear: to.year, fromIndex: from.value, toIndex: to.value},
      amount,
      sources: [],
    };
  }
  const sources = new Set<string>();
  let usd = amount;
  let toUsd: PriceSteps['toUsd'];
  if (currency !== 'USD') {
    const y = nearestRate(rates, currency, year);
    if (!y) return undefined;
    toUsd = {rateYear: y.year, perUsd: perUsd(y, currency)!};
    usd = amount / toUsd.perUsd;
    y.sources.forEach((s) => sources.add(s));
  }
  [...from.sources, ...to.sources].forEach((s) => sources.add(s));
  const usdToday = (usd * to.value) / from.value;
  let out = usdToday;
  let toCurrency: PriceSteps['toCurrency'];
  if (target !== 'USD') {
    const y = nearestRate(rates, target, priceYear);
    if (!y) return undefined;
    toCurrency = {currency: target, rateYear: y.year, perUsd: perUsd(y, target)!};
    out = usdToday * toCurrency.perUsd;
    y.sources.forEach((s) => sources.add(s));
  }
  return {
    from: {currency, amount, year},
    ...(toUsd ? {toUsd} : {}),
    inflation: {fromYear: from.year, toYear: to.year, fromIndex: from.value, toIndex: to.value},
    ...(toCurrency ? {toCurrency} : {}),
    amount: out,
    sources: [...sources],
  };
}
