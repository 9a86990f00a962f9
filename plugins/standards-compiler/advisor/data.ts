/**
 * The advisor's data: what the rules need to know of each standard, the rates, the coverage the
 * crosswalks give, and the rules themselves, derived from the compiled content. It is plain JSON:
 * the /advisor page loads it as page data and the `advise` command line builds it the same way,
 * so both run the same engine on the same data.
 */
import {buildCrosswalkApi} from '../api';
import type {AdvisorRules, ExchangeRates} from '../advisorSchema';
import {walkUnits} from '../clauses';
import type {StandardsContent} from '../compile';
import type {LocalizedText, Source, StandardRecord} from '../schema';
import {COUNTRY_CODES, FOCUS_DIMENSIONS, GLOBAL_REGION, LOCALES, type FocusDimension, type Locale} from '../vocabulary';

export interface AdvisorCostPoint {
  currency: string;
  min: number;
  max?: number;
  region: string;
  asOf: number;
  covers: LocalizedText;
  sources: string[];
}

export interface AdvisorDuration {
  minMonths: number;
  maxMonths?: number;
  region: string;
  asOf: number;
  covers: LocalizedText;
  sources: string[];
}

export interface AdvisorStandard {
  id: string;
  names: Record<Locale, {name: string; short: string}>;
  kind: StandardRecord['kind'];
  status: StandardRecord['status'];
  certifies: 'organization' | 'individual' | 'none';
  families: string[];
  focus: Record<FocusDimension, number>;
  /** The share of the standard's clause units tagged with each theme, 0 to 1 (0 without a catalogue). */
  themeShares: Record<string, number>;
  regions: string[];
  /** `all` when any usage claim names all industries. */
  industries: string[];
  costs: AdvisorCostPoint[];
  durations: AdvisorDuration[];
  successor?: string;
  /** Standards whose successor this one is. */
  predecessors: string[];
  paths: Record<Locale, string>;
}

export interface AdvisorCoverage {
  /** Standard ids: holding `from` covers these shares of `to`'s clause units. */
  from: string;
  to: string;
  fullShare: number;
  partialShare: number;
}

export interface AdvisorData {
  standards: AdvisorStandard[];
  coverage: AdvisorCoverage[];
  rules: AdvisorRules;
  rates: ExchangeRates;
  /** The year the advice is given in, to age dated figures: the build's year. */
  year: number;
  themes: string[];
  /** Region names per locale, fixed at build time: Node's and browsers' ICU data differ. */
  regionNames: Record<Locale, Record<string, string>>;
  /** The sources the advice cites: rates, costs, durations and general caveats. */
  sources: Pick<Source, 'id' | 'title' | 'publisher' | 'url' | 'year'>[];
}

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())].sort();

function themeSharesOf(content: StandardsContent, id: string): Record<string, number> {
  const units = content.catalogues.filter((c) => c.standard === id).flatMap((c) => [...walkUnits(c.units)]);
  const shares: Record<string, number> = Object.fromEntries(content.themes.map((t) => [t.id, 0]));
  for (const {unit} of units) for (const theme of unit.themes) shares[theme] += 1 / units.length;
  for (const theme of Object.keys(shares)) shares[theme] = Math.round(shares[theme] * 1000) / 1000;
  return shares;
}

function toAdvisorStandard(content: StandardsContent, s: StandardRecord): AdvisorStandard {
  return {
    id: s.id,
    names: Object.fromEntries(LOCALES.map((l) => [l, {name: s.names[l].name, short: s.names[l].short}])) as AdvisorStandard['names'],
    kind: s.kind,
    status: s.status,
    certifies: s.certification?.certifies.party ?? 'none',
    families: [...s.families],
    focus: Object.fromEntries(FOCUS_DIMENSIONS.map((d) => [d, s.focus[d].score])) as AdvisorStandard['focus'],
    themeShares: themeSharesOf(content, s.id),
    regions: union(s.usage.map((u) => u.regions)),
    industries: s.usage.some((u) => u.industries.includes('all')) ? ['all'] : union(s.usage.map((u) => u.industries)),
    costs: (s.costs ?? []).map(({currency, min, max, region, asOf, covers, sources}) => ({currency, min, max, region, asOf, covers, sources})),
    durations: (s.timeToCertify ?? []).map(({minMonths, maxMonths, region, asOf, covers, sources}) => ({minMonths, maxMonths, region, asOf, covers, sources})),
    successor: s.related?.find((r) => r.type === 'successor')?.id,
    predecessors: content.standards.filter((o) => o.related?.some((r) => r.type === 'successor' && r.id === s.id)).map((o) => o.id),
    paths: s.paths,
  };
}

export function buildAdvisorData(content: StandardsContent, year = new Date().getFullYear()): AdvisorData {
  const standards = content.standards.map((s) => toAdvisorStandard(content, s));
  const standardOf = (ref: string) => ref.split(':')[0];
  const coverage = buildCrosswalkApi(content).coverage.map(({from, to, fullShare, partialShare}) => ({
    from: standardOf(from),
    to: standardOf(to),
    fullShare,
    partialShare,
  }));
  const regionNames = Object.fromEntries(
    LOCALES.map((locale) => {
      const names = new Intl.DisplayNames([locale], {type: 'region'});
      return [locale, Object.fromEntries([...COUNTRY_CODES].filter((c) => c !== GLOBAL_REGION).map((c) => [c, names.of(c) ?? c]))];
    }),
  ) as AdvisorData['regionNames'];
  const cited = new Set(
    [
      ...content.exchangeRates.years.flatMap((y) => y.sources),
      ...standards.flatMap((s) => [...s.costs, ...s.durations].flatMap((p) => p.sources)),
      ...content.advisorRules.generalCaveats.flatMap((c) => c.sources),
    ],
  );
  const sources = content.sources
    .filter((s) => cited.has(s.id))
    .map(({id, title, publisher, url, year}) => ({id, title, publisher, url, year}));
  return {
    standards,
    coverage,
    rules: content.advisorRules,
    rates: content.exchangeRates,
    year,
    themes: content.themes.map((t) => t.id),
    regionNames,
    sources,
  };
}
