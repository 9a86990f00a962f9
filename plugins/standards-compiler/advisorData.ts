/**
 * Builds the advisor's data (src/core/advisor/data.ts) from the compiled content: what the rules
 * need to know of each standard, the rates, the coverage the crosswalks give, and the rules.
 */
import type {AdvisorData, AdvisorStandard} from '../../src/core/advisor/data';
import {walkUnits} from '../../src/core/clauses';
import type {StandardsContent} from './compile';
import type {StandardRecord} from '../../src/core/schema';
import {regionNames} from './regionNames';
import {costModelSources} from './crossCheckCostModel';
import {COUNTRY_CODES, FOCUS_DIMENSIONS, LOCALES, isCommonStructure} from '../../src/core/vocabulary';

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())].sort();

function themeSharesOf(content: StandardsContent, id: string): Record<string, number> {
  const units = content.catalogues.filter((c) => c.standard === id).flatMap((c) => [...walkUnits(c.units)]);
  const shares: Record<string, number> = Object.fromEntries(content.themes.map((t) => [t.id, 0]));
  for (const {themes} of units) for (const theme of themes) shares[theme] += 1 / units.length;
  for (const theme of Object.keys(shares)) shares[theme] = Math.round(shares[theme] * 1000) / 1000;
  return shares;
}

/** A country's newest adoptions only (both parts of a two-part standard): the ones a centre would use today. */
const latestAdoptions = <A extends {region: string; year: number}>(adoptions: A[]): A[] =>
  adoptions.filter((a) => !adoptions.some((b) => b.region === a.region && b.year > a.year));

function toAdvisorStandard(content: StandardsContent, s: StandardRecord): AdvisorStandard {
  return {
    id: s.id,
    names: Object.fromEntries(
      LOCALES.map((l) => [l, {name: s.names[l].name, short: s.names[l].short}]),
    ) as AdvisorStandard['names'],
    kind: s.kind,
    status: s.status,
    statusStale: s.statusStale,
    statusConfirmedIn: s.statusConfirmed.asOf,
    nationalAdoptions: latestAdoptions(s.nationalAdoptions ?? []).map(({region, designation, sources}) => ({
      region,
      designation,
      sources,
    })),
    certifies: s.certification?.certifies.party ?? 'none',
    scope: [...s.scope.operations],
    use: s.scope.use,
    scopeNote: s.scope.note,
    scopeSources: s.scope.sources,
    recognition: (s.recognition ?? []).map(({by, regions, sources}) => ({by, regions, sources})),
    steps: {items: s.certification?.steps?.items ?? [], sources: s.certification?.steps?.sources ?? []},
    ...(s.certification?.validity
      ? {validityYears: s.certification.validity.years, validitySources: s.certification.validity.sources}
      : {}),
    ...(s.certification?.surveillance ? {surveillance: s.certification.surveillance.text} : {}),
    families: [...s.families],
    focus: Object.fromEntries(FOCUS_DIMENSIONS.map((d) => [d, s.focus[d].score])) as AdvisorStandard['focus'],
    themeShares: themeSharesOf(content, s.id),
    regions: union(s.usage.map((u) => u.regions)),
    industries: s.usage.some((u) => u.industries.includes('all')) ? ['all'] : union(s.usage.map((u) => u.industries)),
    costs: (s.costs ?? []).map(({currency, item, min, max, region, asOf, covers, sources}) => ({
      currency,
      item,
      min,
      max,
      region,
      asOf,
      covers,
      sources,
    })),
    durations: (s.timeToCertify ?? []).map(({minMonths, maxMonths, region, asOf, covers, sources}) => ({
      minMonths,
      maxMonths,
      region,
      asOf,
      covers,
      sources,
    })),
    successor: s.related?.find((r) => r.type === 'successor')?.id,
    predecessors: content.standards
      .filter((o) => o.related?.some((r) => r.type === 'successor' && r.id === s.id))
      .map((o) => o.id),
    paths: s.paths,
  };
}

export function buildAdvisorData(content: StandardsContent, year = new Date().getFullYear()): AdvisorData {
  // A common structure (the Harmonized Structure) is written for those who draft standards: no
  // organisation pursues or adopts it by itself, so the advisor neither weighs nor names it.
  const advised = content.standards.filter((s) => !isCommonStructure(s));
  const standards = advised.map((s) => toAdvisorStandard(content, s));
  const isAdvised = new Set(advised.map((s) => s.id));
  const standardOf = (ref: string) => ref.split(':')[0];
  const coverage = content.coverage
    .filter(({from, to}) => isAdvised.has(standardOf(from)) && isAdvised.has(standardOf(to)))
    .map(({from, to, fullShare, partialShare}) => ({
      from: standardOf(from),
      to: standardOf(to),
      fullShare,
      partialShare,
    }));
  const regionNamesByLocale = Object.fromEntries(
    LOCALES.map((locale) => [locale, regionNames(COUNTRY_CODES, locale)]),
  ) as AdvisorData['regionNames'];
  const accreditation = (content.landscape.accreditation ?? []).map(({region, acronym, sources}) => ({
    region,
    acronym,
    sources,
  }));
  const cited = new Set([
    ...content.exchangeRates.years.flatMap((y) => y.sources),
    ...standards.flatMap((s) => [...s.costs, ...s.durations].flatMap((p) => p.sources)),
    ...standards.flatMap((s) => [...s.scopeSources, ...s.steps.sources, ...s.recognition.flatMap((r) => r.sources)]),
    ...content.advisorRules.generalCaveats.flatMap((c) => c.sources),
    ...costModelSources(content.costModel),
    ...standards.flatMap((s) => s.validitySources ?? []),
    ...standards.flatMap((s) => s.nationalAdoptions.flatMap((a) => a.sources)),
    ...accreditation.flatMap((a) => a.sources),
  ]);
  const sources = content.sources
    .filter((s) => cited.has(s.id))
    .map(({id, title, publisher, url, year, language, titleLanguage}) => ({
      id,
      title,
      publisher,
      url,
      year,
      language,
      ...(titleLanguage && {titleLanguage}),
    }));
  return {
    standards,
    coverage,
    rules: content.advisorRules,
    rates: content.exchangeRates,
    cost: content.costModel,
    year,
    themes: content.themes.map((t) => t.id),
    accreditation,
    regionNames: regionNamesByLocale,
    sources,
  };
}
