/**
 * Converting a dated amount into another currency with the dated rates in the data. A figure of
 * year Y is converted at year Y's annual average rate; when the rates have no entry for Y in both
 * currencies, at the nearest year that has both (the later one on a tie), and the result says
 * which year it used. Amounts are not adjusted for inflation.
 */
import type {ExchangeRates} from './schema';

export interface Conversion {
  amount: number;
  /** The year whose rates were used. */
  rateYear: number;
  /** Units of each currency per US dollar in that year. */
  fromPerUsd: number;
  toPerUsd: number;
  sources: string[];
}

const perUsd = (rates: ExchangeRates['years'][number], currency: string): number | undefined =>
  currency === 'USD' ? 1 : rates.perUsd[currency];

/** Every currency the rates can convert between. */
export const ratedCurrencies = (rates: ExchangeRates): string[] =>
  [...new Set(['USD', ...rates.years.flatMap((y) => Object.keys(y.perUsd))])].sort();

export function convert(
  amount: number,
  from: string,
  to: string,
  year: number,
  rates: ExchangeRates,
): Conversion | undefined {
  const usable = rates.years
    .filter((y) => perUsd(y, from) !== undefined && perUsd(y, to) !== undefined)
    .sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || b.year - a.year);
  const chosen = usable[0];
  if (!chosen) return undefined;
  const fromPerUsd = perUsd(chosen, from)!;
  const toPerUsd = perUsd(chosen, to)!;
  return {
    amount: from === to ? amount : roundSignificant((amount / fromPerUsd) * toPerUsd),
    rateYear: from === to ? year : chosen.year,
    fromPerUsd,
    toPerUsd,
    sources: from === to ? [] : chosen.sources,
  };
}

/** Three significant figures: a converted estimate is no more precise than that. */
export const roundSignificant = (n: number, digits = 3): number => Number(n.toPrecision(digits));

/**
 * The currency each country's prices are usually quoted in, for the countries whose currency the
 * exchange rates convert (a unit test checks that each is rated): the advisor's currency follows
 * the first country chosen until one is given. Countries missing here keep US dollars.
 */
export const COUNTRY_CURRENCIES: Readonly<Record<string, string>> = {
  AU: 'AUD',
  BR: 'BRL',
  CA: 'CAD',
  CH: 'CHF',
  LI: 'CHF',
  CN: 'CNY',
  DK: 'DKK',
  GB: 'GBP',
  HK: 'HKD',
  IN: 'INR',
  JP: 'JPY',
  KR: 'KRW',
  LK: 'LKR',
  MX: 'MXN',
  MY: 'MYR',
  NO: 'NOK',
  NZ: 'NZD',
  PH: 'PHP',
  SE: 'SEK',
  SG: 'SGD',
  TH: 'THB',
  TW: 'TWD',
  US: 'USD',
  ZA: 'ZAR',
  // The euro area (with Bulgaria from 2026) and the states that use the euro by agreement.
  ...Object.fromEntries(
    'AT BE BG HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES AD MC SM VA'.split(' ').map((c) => [c, 'EUR']),
  ),
};

/** The currency a country's prices are usually quoted in, when the table knows it. */
export const currencyOfCountry = (country: string): string | undefined => COUNTRY_CURRENCIES[country];
