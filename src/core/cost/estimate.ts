/**
 * The estimate of one organisational certification for one centre: the audit days its rule gives
 * for the centre's effective personnel and sites, the cycle, the months to certify, and, where
 * sourced figures allow, the money for the first certification and for the whole cycle.
 *
 * The money is built only from sourced figures, never guessed:
 * - audit days x a sourced day rate of the centre's own country (never another country's),
 *   plus the fees the scheme charges on top;
 * - else a fee that pays for the whole assessment;
 * - else, for the first certification only, a reported cost of certifying (the standard's page).
 * Where none applies, the money is null and the estimate says "quote required". Every figure is
 * brought to the price year (./prices.ts) and rounded to three significant figures.
 */
import type {AdvisorStandard} from '../advisor/data';
import type {ExchangeRates} from '../advisor/schema';
import {estimateTime} from '../advisor/estimate';
import {roundSignificant} from '../advisor/money';
import type {LocalizedText} from '../schema';
import {GLOBAL_REGION} from '../vocabulary';
import {type AuditDays, auditDays, sampledSites} from './auditDays';
import {type PriceSteps, atPriceYear, priceYearOf} from './prices';
import type {AuditTimeRule, CostModel, DayRate, Fee, FeeBasis} from './schema';

/** How many people the audit is sized for, and where that number came from. */
export interface Sizing {
  staff?: number;
  /** `staff` as given; `seats` counted one person a seat; `none` when neither was given. */
  staffFrom: 'staff' | 'seats' | 'none';
  sites: number;
}

/** A range of money or months; `max` null when open-ended ("more than"). */
export interface Range {
  min: number;
  max: number | null;
}

export interface PricedRange {
  min: PriceSteps;
  max: PriceSteps;
}

export interface EstimateDays {
  initial: number;
  /** Null where the rule states no share for these audits. */
  surveillance: number | null;
  recertification: number | null;
  /** Audits between certification and recertification; null when unsourced. */
  surveillanceAudits: number | null;
  /** Sites visited at each audit (1 for a single site). */
  sitesVisited: {initial: number; surveillance: number; recertification: number};
  /** The days of one site's audit, from the table. */
  perSite: AuditDays;
  staffPerSite: number;
}

export interface OrganisationEstimate {
  standard: string;
  currency: string;
  priceYear: number;
  sizing: Sizing;
  /** Audits between certification and recertification, where sourced. */
  surveillanceAudits: number | null;
  firstCertification: Range | null;
  cycle: {years: number | null; min: number | null; max: number | null};
  quoteRequired: boolean;
  /** Where the money comes from. */
  basis: 'audit-days' | 'assessment-fee' | 'reported' | null;
  auditDays: EstimateDays | null;
  months: Range | null;
  rule: {
    id: string;
    name: LocalizedText;
    column: string;
    /** True when the table has one column: the method then names none. */
    singleColumn: boolean;
    proxy: boolean;
    why: LocalizedText;
    multiSite: {id: string; name: LocalizedText} | null;
  } | null;
  /** Why no rule sizes the audit, when none does. */
  noRule: LocalizedText | null;
  dayRate: (Omit<DayRate, 'min' | 'max'> & {original: {min: number; max: number}; priced: PricedRange}) | null;
  /** The countries asked about that have no sourced day rate. */
  noDayRateFor: string[];
  fees: (Fee & {priced: PricedRange; times: {first: number; cycle: number}})[];
  /** Fees of this scheme that no public source gives. */
  feesNotFound: LocalizedText[];
  /** A reported whole cost, when it is all the money there is. */
  reported: {
    original: {currency: string; min: number; max?: number; region: string; asOf: number}[];
    priced: PricedRange[];
  } | null;
  sources: string[];
}

/** The same `amount` of every figure, so ranges never invert. */
const priced = (
  min: number,
  max: number,
  currency: string,
  year: number,
  target: string,
  rates: ExchangeRates,
  model: CostModel,
): PricedRange | undefined => {
  const lo = atPriceYear(min, currency, year, target, rates, model.priceIndex);
  const hi = atPriceYear(max, currency, year, target, rates, model.priceIndex);
  return lo && hi ? {min: lo, max: hi} : undefined;
};

/** How many times a fee is charged in the first certification and over the cycle. */
function timesCharged(
  per: FeeBasis,
  sites: number,
  years: number | null,
  audits: {first: number; cycle: number | null},
): {first: number; cycle: number | null} {
  switch (per) {
    case 'certificate':
      // Issued at certification and again at recertification.
      return {first: 1, cycle: audits.cycle === null ? null : 2};
    case 'site':
      return {first: sites, cycle: audits.cycle === null ? null : sites * 2};
    case 'additional-site':
      return {first: sites - 1, cycle: audits.cycle === null ? null : (sites - 1) * 2};
    case 'year':
      return {first: 1, cycle: years};
    case 'audit':
      return {first: audits.first, cycle: audits.cycle};
  }
}

/** The day rates of the first asked country that has any: all of its figures make one range. */
function dayRateFor(rates: readonly DayRate[], countries: readonly string[]): DayRate[] {
  for (const country of countries) {
    const found = rates.filter((r) => r.country === country);
    if (found.length) return found;
  }
  return [];
}

function daysFor(
  rule: AuditTimeRule,
  column: string,
  sizing: Sizing,
  multiSite: CostModel['auditTime']['multiSite'][number] | undefined,
  surveillanceAudits: number | null,
): EstimateDays | null {
  if (sizing.staff === undefined) return null;
  // Staff are taken as spread evenly over the sites: each site's audit is sized for its share.
  const staffPerSite = Math.ceil(sizing.staff / sizing.sites);
  const perSite = auditDays(rule, column, staffPerSite);
  const all = {initial: sizing.sites, surveillance: sizing.sites, recertification: sizing.sites};
  const sitesVisited = sizing.sites > 1 && multiSite ? sampledSites(multiSite, sizing.sites) : all;
  return {
    initial: perSite.initial * sitesVisited.initial,
    surveillance: perSite.surveillance === null ? null : perSite.surveillance * sitesVisited.surveillance,
    recertification: perSite.recertification === null ? null : perSite.recertification * sitesVisited.recertification,
    surveillanceAudits,
    sitesVisited,
    perSite,
    staffPerSite,
  };
}

const round = (n: number) => roundSignificant(n);

export function estimateOrganisation(
  standard: AdvisorStandard,
  sizing: Sizing,
  countries: readonly string[],
  currency: string,
  model: CostModel,
  rates: ExchangeRates,
): OrganisationEstimate {
  const scheme = model.schemes.find((s) => s.standard === standard.id);
  const priceYear = priceYearOf(model.priceIndex);
  const sources = new Set<string>();
  const cite = (ids: readonly string[]) => ids.forEach((id) => sources.add(id));
  const years = standard.validityYears ?? null;
  const surveillanceAudits = scheme?.surveillanceAudits?.count ?? null;
  if (scheme?.surveillanceAudits) cite(scheme.surveillanceAudits.sources);

  // The audit days, where a rule sizes them.
  const auditTime = scheme?.auditTime;
  const rule =
    auditTime && auditTime.rule !== null ? model.auditTime.rules.find((r) => r.id === auditTime.rule) : undefined;
  const multiSite =
    scheme?.multiSite != null ? model.auditTime.multiSite.find((m) => m.id === scheme.multiSite) : undefined;
  const days =
    rule && auditTime && auditTime.rule !== null
      ? daysFor(rule, auditTime.column, sizing, multiSite, surveillanceAudits)
      : null;
  if (rule && auditTime && auditTime.rule !== null) {
    cite(rule.sources);
    cite(auditTime.sources);
    if (multiSite && sizing.sites > 1) cite(multiSite.sources);
  }

  // The day rate of the centre's country.
  const rateFigures = dayRateFor(model.dayRates, countries);
  const noDayRateFor = rateFigures.length ? [] : [...countries];
  let dayRate: OrganisationEstimate['dayRate'] = null;
  if (rateFigures.length) {
    const first = rateFigures[0];
    const lowest = rateFigures.reduce((a, b) => (b.min < a.min ? b : a));
    const highest = rateFigures.reduce((a, b) => (b.max > a.max ? b : a));
    const lo = atPriceYear(lowest.min, lowest.currency, lowest.asOf, currency, rates, model.priceIndex);
    const hi = atPriceYear(highest.max, highest.currency, highest.asOf, currency, rates, model.priceIndex);
    if (lo && hi) {
      dayRate = {
        ...first,
        sources: [...new Set(rateFigures.flatMap((r) => r.sources))],
        proxy: rateFigures.some((r) => r.proxy),
        original: {min: lowest.min, max: highest.max},
        priced: {min: lo, max: hi},
      };
    }
  }

  // The fees charged on top of (or instead of) audit days, for the centre's countries or worldwide.
  const auditsCharged = {
    first: 1,
    cycle: surveillanceAudits === null ? null : surveillanceAudits + 2,
  };
  const places = new Set([GLOBAL_REGION, ...countries]);
  const fees: OrganisationEstimate['fees'] = [];
  let feesUncounted = false;
  for (const fee of model.fees.filter((f) => f.standards.includes(standard.id) && places.has(f.region))) {
    const p = priced(fee.min, fee.max, fee.currency, fee.asOf, currency, rates, model);
    const times = timesCharged(fee.per, sizing.sites, years, auditsCharged);
    if (!p || times.first + (times.cycle ?? 0) === 0) continue;
    if (times.cycle === null) feesUncounted = true;
    fees.push({...fee, priced: p, times: {first: times.first, cycle: times.cycle ?? 0}});
  }
  const wholeFees = fees.filter((f) => f.wholeAssessment);
  const addedFees = fees.filter((f) => !f.wholeAssessment);
  const sum = (list: typeof fees, which: 'first' | 'cycle', end: 'min' | 'max') =>
    list.reduce((total, f) => total + f.priced[end].amount * f.times[which], 0);

  let firstCertification: Range | null = null;
  let cycleMoney: Range | null = null;
  let basis: OrganisationEstimate['basis'] = null;
  let reported: OrganisationEstimate['reported'] = null;
  if (days && dayRate) {
    basis = 'audit-days';
    cite(dayRate.sources);
    const perDay = {min: dayRate.priced.min.amount, max: dayRate.priced.max.amount};
    const firstDays = days.initial;
    // Above the table's last band the rule asks for more days than it states: the high end is open.
    const open = days.perSite.beyondTable;
    firstCertification = {
      min: round(firstDays * perDay.min + sum(addedFees, 'first', 'min')),
      max: open ? null : round(firstDays * perDay.max + sum(addedFees, 'first', 'max')),
    };
    if (
      years !== null &&
      days.surveillanceAudits !== null &&
      days.surveillance !== null &&
      days.recertification !== null &&
      !feesUncounted
    ) {
      const cycleDays = firstDays + days.surveillance * days.surveillanceAudits + days.recertification;
      cycleMoney = {
        min: round(cycleDays * perDay.min + sum(addedFees, 'cycle', 'min')),
        max: open ? null : round(cycleDays * perDay.max + sum(addedFees, 'cycle', 'max')),
      };
    }
  } else if (wholeFees.length) {
    basis = 'assessment-fee';
    firstCertification = {
      min: round(sum(fees, 'first', 'min')),
      max: round(sum(fees, 'first', 'max')),
    };
    if (years !== null && auditsCharged.cycle !== null && !feesUncounted) {
      cycleMoney = {min: round(sum(fees, 'cycle', 'min')), max: round(sum(fees, 'cycle', 'max'))};
    }
  } else if (standard.costs.some((c) => c.item === 'certification')) {
    // A reported cost of certifying: the centre's countries, else worldwide, else any, as the page gives them.
    const certifying = standard.costs.filter((c) => c.item === 'certification');
    const local = certifying.filter((c) => countries.includes(c.region));
    const global = certifying.filter((c) => c.region === GLOBAL_REGION);
    const chosen = local.length ? local : global.length ? global : certifying;
    const pricedAll = chosen.map((c) => priced(c.min, c.max ?? c.min, c.currency, c.asOf, currency, rates, model));
    if (pricedAll.every(Boolean)) {
      basis = 'reported';
      const ranges = pricedAll as PricedRange[];
      reported = {
        original: chosen.map(({currency: cur, min, max, region, asOf}) => ({
          currency: cur,
          min,
          ...(max === undefined ? {} : {max}),
          region,
          asOf,
        })),
        priced: ranges,
      };
      firstCertification = {
        min: round(Math.min(...ranges.map((r) => r.min.amount))),
        // A figure given as "more than" leaves the range open.
        max: chosen.some((c) => c.max === undefined) ? null : round(Math.max(...ranges.map((r) => r.max.amount))),
      };
      chosen.forEach((c) => cite(c.sources));
      ranges.forEach((r) => [r.min, r.max].forEach((steps) => cite(steps.sources)));
    }
  }
  // The fees and their conversions are cited where they count in the money.
  if (basis !== null) fees.forEach((f) => [f.sources, f.priced.min.sources, f.priced.max.sources].forEach(cite));
  if (dayRate) [dayRate.priced.min, dayRate.priced.max].forEach((s) => cite(s.sources));

  const time = estimateTime(standard.durations, countries);
  if (time) cite(time.sources);
  const cycleSources = standard.validitySources ?? [];
  cite(cycleSources);

  return {
    standard: standard.id,
    currency,
    priceYear,
    sizing,
    surveillanceAudits,
    firstCertification,
    cycle: {years, min: cycleMoney?.min ?? null, max: cycleMoney?.max ?? null},
    quoteRequired: firstCertification === null,
    basis,
    auditDays: days,
    months: time ? {min: time.minMonths, max: time.maxMonths ?? time.minMonths} : null,
    rule:
      rule && auditTime && auditTime.rule !== null
        ? {
            id: rule.id,
            name: rule.name,
            column: auditTime.column,
            singleColumn: rule.columns.length === 1,
            proxy: auditTime.proxy,
            why: auditTime.why,
            multiSite: multiSite ? {id: multiSite.id, name: multiSite.name} : null,
          }
        : null,
    noRule: auditTime && auditTime.rule === null ? auditTime.note : null,
    dayRate: basis === 'audit-days' || days ? dayRate : null,
    noDayRateFor: days ? noDayRateFor : [],
    fees,
    feesNotFound: model.notFound.filter((n) => n.standard === standard.id).map((n) => n.what),
    reported,
    sources: [...sources].sort(),
  };
}
