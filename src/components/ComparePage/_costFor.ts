/**
 * The cost column and chart of /compare: each organisational certification's estimate for N staff
 * in country X, from the same engine and data as the advisor (src/core/cost/), in the country's
 * currency when the rates have it, else US dollars. Pure: the page loads the data and renders.
 */
import type {AdvisorData} from '@site/src/core/advisor/data';
import {regionNames} from '@site/src/core/advisor/explain';
import {isOrganisationalCertification} from '@site/src/core/advisor/facts';
import {currencyOfCountry, ratedCurrencies} from '@site/src/core/advisor/money';
import {estimateOrganisation} from '@site/src/core/cost/estimate';
import {type EstimateSummary, summarizeEstimate} from '@site/src/core/cost/summary';
import {amountText, groupThousands} from '@site/src/core/format';
import type {Locale} from '@site/src/core/vocabulary';
import {withTaiwan} from '@site/src/core/taiwan';

/** The sizes the chart draws, from a small team to a large operation. */
export const CHART_STAFF = [25, 50, 100, 250, 500, 1000, 2500, 5000] as const;

export const currencyFor = (data: AdvisorData, country: string): string => {
  const local = currencyOfCountry(country);
  return local && ratedCurrencies(data.rates).includes(local) ? local : 'USD';
};

/** One standard's estimate for `staff` people on one site in `country`; null when it is not an organisational certification. */
export function estimateFor(
  data: AdvisorData,
  id: string,
  staff: number,
  country: string,
  locale: Locale,
): EstimateSummary | null {
  const standard = data.standards.find((s) => s.id === id);
  if (!standard || !isOrganisationalCertification(standard)) return null;
  const e = estimateOrganisation(
    standard,
    {staff, staffFrom: 'staff', sites: 1},
    [country],
    currencyFor(data, country),
    data.cost,
    data.rates,
  );
  return summarizeEstimate(e, locale, (codes) => regionNames(codes, data, locale));
}

const WORDS = withTaiwan({
  en: {
    quote: 'quote required',
    days: (n: number) => `${groupThousands(n)} audit days`,
    notOrganisational: 'not an organisational certification',
    proxy: 'proxy figure',
    reported: (places: string, years: string) => `reported for ${places}, ${years}`,
  },
  'zh-Hans': {
    quote: '需询价',
    days: (n: number) => `审核 ${groupThousands(n)} 人日`,
    notOrganisational: '非组织认证',
    proxy: '含替代数据',
    reported: (places: string, years: string) => `${places}报道的费用，${years} 年`,
  },
} as const);

/** "proxy figure" in the reader's language: said wherever a stand-in figure shows. */
export const proxyText = (locale: Locale): string => WORDS[locale].proxy;

/**
 * The cell's text, the same on screen and in the CSV: money (or "quote required"), the audit days,
 * and, for a reported cost, where and when it was reported: never another country's figure unsaid.
 */
export function costCellText(
  e: EstimateSummary | null,
  locale: Locale,
  names: (codes: readonly string[]) => string,
): string {
  const w = WORDS[locale];
  if (!e) return w.notOrganisational;
  const first = e.firstCertification;
  const money = first
    ? amountText({currency: e.currency, min: first.min, ...(first.max === null ? {} : {max: first.max})}, locale)
    : w.quote;
  const reported =
    e.basis === 'reported' &&
    w.reported(names(e.figuresFrom.regions), e.figuresFrom.years.join(locale === 'en' ? ', ' : '、'));
  return [money, e.auditDays && w.days(e.auditDays.initial), e.proxy && first && w.proxy, reported]
    .filter(Boolean)
    .join(locale === 'en' ? '; ' : '；');
}

export interface CostSeries {
  id: string;
  name: string;
  currency: string;
  /** Whether its money rests on a figure standing in for another (an accreditation body's fee, say). */
  proxy: boolean;
  points: {
    staff: number;
    firstMin: number | null;
    firstMax: number | null;
    cycleMin: number | null;
    cycleMax: number | null;
  }[];
}

/** First-certification and cycle cost against size for each standard that has money in `country`. */
export function costSeries(data: AdvisorData, ids: readonly string[], country: string, locale: Locale): CostSeries[] {
  return ids.flatMap((id) => {
    const estimates = CHART_STAFF.map((staff) => estimateFor(data, id, staff, country, locale));
    // Only an estimate sized by audit days changes with size: a reported cost alone would draw a flat line.
    if (!estimates.some((e) => e?.auditDays && e.firstCertification)) return [];
    const points = CHART_STAFF.map((staff, i) => {
      const e = estimates[i];
      return {
        staff,
        firstMin: e?.firstCertification?.min ?? null,
        firstMax: e?.firstCertification?.max ?? null,
        cycleMin: e?.cycle.min ?? null,
        cycleMax: e?.cycle.max ?? null,
      };
    });
    const standard = data.standards.find((s) => s.id === id)!;
    const proxy = estimates.some((e) => e?.proxy);
    return [{id, name: standard.names[locale].short, currency: currencyFor(data, country), proxy, points}];
  });
}
