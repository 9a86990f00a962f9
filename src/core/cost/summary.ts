/**
 * An estimate as the advice shows it and the command line's JSON gives it: the figures a reader
 * acts on, what is unknown as null, and the method in the reader's locale. The page and the
 * command line print this one object, so they never disagree.
 */
import type {Locale} from '../vocabulary';
import type {OrganisationEstimate, Range} from './estimate';
import {methodText} from './method';

export interface EstimateSummary {
  currency: string;
  priceYear: number;
  /** The effective personnel the audit is sized for; null when neither staff nor seats were given. */
  staff: number | null;
  sites: number;
  firstCertification: Range | null;
  cycle: {years: number | null; min: number | null; max: number | null};
  quoteRequired: boolean;
  auditDays: {initial: number; surveillance: number | null; recertification: number | null} | null;
  months: Range | null;
  /** Whether a figure in it stands in for another (a proxy day rate, a stand-in table). */
  proxy: boolean;
  /** What the money rests on: audit days and a day rate, an assessment fee, a reported cost, or nothing. */
  basis: OrganisationEstimate['basis'];
  /** The places and years of the figures the money rests on. */
  figuresFrom: {regions: string[]; years: number[]};
  method: string;
  sources: string[];
}

function figuresFrom(e: OrganisationEstimate): EstimateSummary['figuresFrom'] {
  const figures =
    e.basis === 'reported'
      ? (e.reported?.original ?? [])
      : e.basis === null
        ? []
        : [...(e.dayRate ? [{region: e.dayRate.country, asOf: e.dayRate.asOf}] : []), ...e.fees];
  return {
    regions: [...new Set(figures.map((f) => f.region))],
    years: [...new Set(figures.map((f) => f.asOf))].sort((a, b) => a - b),
  };
}

export function summarizeEstimate(
  e: OrganisationEstimate,
  locale: Locale,
  names: (codes: readonly string[]) => string,
): EstimateSummary {
  return {
    currency: e.currency,
    priceYear: e.priceYear,
    staff: e.sizing.staff ?? null,
    sites: e.sizing.sites,
    firstCertification: e.firstCertification,
    cycle: e.cycle,
    quoteRequired: e.quoteRequired,
    auditDays: e.auditDays
      ? {
          initial: e.auditDays.initial,
          surveillance: e.auditDays.surveillance,
          recertification: e.auditDays.recertification,
        }
      : null,
    months: e.months,
    proxy: Boolean(e.rule?.proxy || e.dayRate?.proxy || e.fees.some((f) => f.proxy)),
    basis: e.basis,
    figuresFrom: figuresFrom(e),
    method: methodText(e, locale, names),
    sources: e.sources,
  };
}
