/** Builds what the pages receive (src/core/pageData.ts) from the compiled content. */
import type {StandardsContent} from './compile';
import {regionNames} from './regionNames';
import {COUNTRY_CODES} from '../../src/core/vocabulary';
import {renderMarkdown} from './render';
import type {
  ComparePageProps,
  CompareRow,
  CostTimePoint,
  CrosswalkPageProps,
  ExplorerUnit,
  LandscapePageProps,
  StandardPageProps,
  StandardSummary,
  StandardsGlobalData,
} from '../../src/core/pageData';
import {convert} from '../../src/core/advisor/money';
import {catalogueRef, unitRef, walkUnits} from '../../src/core/clauses';
import {catalogueEditions, explorerParam} from './catalogueEditions';
import type {StandardRecord} from '../../src/core/schema';
import {statusViewOf} from '../../src/core/statusFreshness';
import {FOCUS_DIMENSIONS, GLOBAL_REGION, type Locale} from '../../src/core/vocabulary';

const summarize = (standard: StandardRecord): StandardSummary => {
  const {id, kind, names, summary, paths} = standard;
  return {id, kind, ...statusViewOf(standard), names, summary, paths};
};
export const buildGlobalData = (content: StandardsContent): StandardsGlobalData => ({
  standards: content.standards.map(summarize),
});

/** Every value of a field named `key`, at any depth. */
const valuesOf = (value: unknown, key: string, into = new Set<unknown>()): Set<unknown> => {
  if (Array.isArray(value)) value.forEach((v) => valuesOf(v, key, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === key) (Array.isArray(v) ? v : [v]).forEach((x) => into.add(x));
      else valuesOf(v, key, into);
    }
  }
  return into;
};

const regionNamesFor = (standard: StandardRecord, locale: Locale): Record<string, string> =>
  regionNames([...valuesOf(standard, 'region'), ...valuesOf(standard, 'regions')].map(String), locale);

/** `baseUrl` is the locale's, as Docusaurus gives it (`/`, `/zh-Hans/`): the prose's links need it. */
export function buildStandardPageProps(
  content: StandardsContent,
  id: string,
  locale: Locale,
  baseUrl: string,
): StandardPageProps {
  const standard = content.standards.find((s) => s.id === id);
  if (!standard) throw new Error(`No standard with id "${id}"`);
  const cited = valuesOf(standard, 'sources');
  const body = renderMarkdown(content.pages[id][locale].markdown, baseUrl);
  // Newest edition first: the one a reader most likely holds or weighs, then the ones before it.
  const catalogues = catalogueEditions(content, content.catalogues, id).own.reverse();
  const usedThemes = valuesOf(catalogues, 'themes');
  for (const id of valuesOf(catalogues, 'sources')) cited.add(id);
  const adoptedIn = new Set((standard.nationalAdoptions ?? []).map((a) => a.region));
  const accreditation = (content.landscape.accreditation ?? []).filter((body) => adoptedIn.has(body.region));
  for (const id of valuesOf(accreditation, 'sources')) cited.add(id);
  return {
    standard,
    accreditation,
    catalogues,
    themes: content.themes.filter((t) => usedThemes.has(t.id)),
    sources: content.sources.filter((s) => cited.has(s.id)),
    body,
    regionNames: regionNamesFor(standard, locale),
    editionChanges: content.crosswalks
      .filter((x) => [x.from, x.to].every((ref) => ref.startsWith(`${id}:`)))
      .map((x) => {
        const edition = (ref: string) => content.catalogues.find((c) => catalogueRef(c) === ref)!.edition;
        const params = new URLSearchParams({from: explorerParam(content, x.from), to: explorerParam(content, x.to)});
        return {fromEdition: edition(x.from), toEdition: edition(x.to), href: `/crosswalk?${params}`};
      }),
  };
}

export function buildLandscapePageProps(content: StandardsContent, locale: Locale): LandscapePageProps {
  const cited = valuesOf(content.landscape, 'sources');
  return {
    regionNames: regionNames(
      (content.landscape.accreditation ?? []).map((a) => a.region),
      locale,
    ),
    standards: content.standards.map((s) => ({
      ...summarize(s),
      families: s.families,
      question: s.question,
      editions: s.editions.map(({version, year, status}) => ({version, year, status})),
    })),
    landscape: content.landscape,
    sources: content.sources.filter((s) => cited.has(s.id)),
  };
}

export function buildComparePageProps(content: StandardsContent, locale: Locale): ComparePageProps {
  const rows = content.standards.map((s): CompareRow => {
    const times = s.timeToCertify ?? [];
    return {
      ...summarize(s),
      focus: Object.fromEntries(FOCUS_DIMENSIONS.map((d) => [d, s.focus[d].score])) as CompareRow['focus'],
      editions: s.editions.map(({version, year, status}) => ({version, year, status})),
      families: s.families,
      question: s.question,
      owner: s.owner.name,
      firstPublished: s.firstPublished ? Math.min(...s.firstPublished.map((c) => c.year)) : undefined,
      regions: [...new Set(s.usage.flatMap((u) => u.regions))],
      industries: [...new Set(s.usage.flatMap((u) => u.industries))],
      certifies: s.certification?.certifies.party,
      validityYears: s.certification?.validity?.years,
      assessor: s.certification?.assessor?.text,
      surveillance: s.certification?.surveillance?.text,
      costs: (s.costs ?? []).map(({currency, min, max, asOf, circa, region}) => ({
        currency,
        min,
        max,
        asOf,
        circa,
        region,
      })),
      months: times.length
        ? {
            min: Math.min(...times.map((t) => t.minMonths)),
            max: Math.max(...times.map((t) => t.maxMonths ?? t.minMonths)),
          }
        : undefined,
      structure: latestStructure(s),
      adoption: (s.adoption ?? []).map(({count, approximate, atLeast, measure, region, asOf}) => ({
        count,
        approximate,
        ...(atLeast ? {atLeast} : {}),
        measure,
        region,
        asOf,
      })),
      costUsd: costInUsd(s, content),
      sources: [
        ...new Set(
          [
            ...(s.firstPublished ?? []),
            ...(s.structure ?? []),
            ...[s.certification?.validity, s.certification?.assessor, s.certification?.surveillance].filter(
              (c) => c !== undefined,
            ),
            ...(s.costs ?? []),
            ...times,
            ...(s.adoption ?? []),
          ].flatMap((claim) => claim.sources),
        ),
      ],
    };
  });
  // Every code the page shows: where a standard is used, its costs' regions and its adoption counts' regions.
  const codes = new Set(
    rows.flatMap((r) => [...r.regions, ...r.costs.map((c) => c.region), ...r.adoption.map((a) => a.region)]),
  );
  const themeCounts: ComparePageProps['themeCounts'] = {};
  for (const catalogue of content.catalogues) {
    const counts = (themeCounts[catalogue.standard] ??= {});
    for (const {themes} of walkUnits(catalogue.units))
      for (const theme of themes) counts[theme] = (counts[theme] ?? 0) + 1;
  }
  const standardOf = (ref: string) => ref.split(':')[0];
  // Between standards as the table names them: each one's default catalogue (its current edition).
  const byDefault = (ref: string) => explorerParam(content, ref) === standardOf(ref);
  const coverage = content.coverage
    .filter(({from, to}) => byDefault(from) && byDefault(to) && standardOf(from) !== standardOf(to))
    .map(({from, to, units, fullShare, partialShare, weightedShare}) => ({
      from: standardOf(from),
      to: standardOf(to),
      units,
      fullShare,
      partialShare,
      weightedShare,
    }));
  return {
    rows,
    costTime: buildCostTimePoints(content),
    sources: content.sources.filter((source) => rows.some((r) => r.sources.includes(source.id))),
    themes: content.themes,
    themeCounts,
    coverage,
    regionNames: regionNames(codes, locale),
    countryNames: regionNames([...COUNTRY_CODES], locale),
  };
}

const latestStructure = (s: StandardRecord): CompareRow['structure'] => {
  const claims = s.structure ?? [];
  if (!claims.length) return undefined;
  const latest = claims.reduce((a, b) => (b.asOf > a.asOf ? b : a));
  return {
    levels: latest.levels.map(({name, count, approximate, atLeast}) => ({
      name,
      count,
      ...(approximate ? {approximate} : {}),
      ...(atLeast ? {atLeast} : {}),
    })),
    asOf: latest.asOf,
  };
};

const costInUsd = (s: StandardRecord, content: StandardsContent): CompareRow['costUsd'] => {
  const converted = (s.costs ?? []).map((c) => ({
    min: convert(c.min, c.currency, 'USD', c.asOf, content.exchangeRates)?.amount,
    max: c.max === undefined ? undefined : convert(c.max, c.currency, 'USD', c.asOf, content.exchangeRates)?.amount,
  }));
  const mins = converted.map((c) => c.min).filter((n): n is number => n !== undefined);
  if (!mins.length) return undefined;
  const open = converted.some((c) => c.max === undefined);
  return {min: Math.min(...mins), ...(open ? {} : {max: Math.max(...converted.map((c) => c.max!))})};
};

export function buildCostTimePoints(content: StandardsContent): CostTimePoint[] {
  const points: CostTimePoint[] = [];
  for (const s of content.standards) {
    for (const cost of s.costs ?? []) {
      const times = (s.timeToCertify ?? []).filter((t) => t.region === cost.region);
      const matched = times.length ? times : (s.timeToCertify ?? []).filter((t) => t.region === GLOBAL_REGION);
      if (!matched.length) continue;
      const low = convert(cost.min, cost.currency, 'USD', cost.asOf, content.exchangeRates);
      const high =
        cost.max === undefined ? undefined : convert(cost.max, cost.currency, 'USD', cost.asOf, content.exchangeRates);
      if (!low) continue;
      points.push({
        id: s.id,
        region: cost.region,
        cost: {
          currency: cost.currency,
          min: cost.min,
          ...(cost.max === undefined ? {} : {max: cost.max}),
          asOf: cost.asOf,
        },
        usd: {min: low.amount, ...(high ? {max: high.amount} : {}), rateYear: low.rateYear, perUsd: low.fromPerUsd},
        months: {
          min: Math.min(...matched.map((t) => t.minMonths)),
          max: Math.max(...matched.map((t) => t.maxMonths ?? t.minMonths)),
        },
      });
    }
  }
  return points;
}

/** The explorer's catalogues, by standard in the order of the standards, editions oldest first. */
function explorerCatalogues(
  content: StandardsContent,
  catalogues: StandardsContent['catalogues'],
): CrosswalkPageProps['standards'] {
  return content.standards.flatMap((standard) => {
    const {own, byDefault} = catalogueEditions(content, catalogues, standard.id);
    // A draft is not yet an edition one can hold: only published ones count as newer.
    const newest = standard.editions
      .filter((e) => e.status !== 'draft')
      .sort((a, b) => a.year - b.year)
      .at(-1);
    return own.map((c) => ({
      ...summarize(standard),
      catalogue: catalogueRef(c),
      edition: c.edition,
      isDefault: c === byDefault,
      hasEditions: own.length > 1,
      ...(newest && newest.version !== c.edition && {newerEdition: newest.version}),
    }));
  });
}

export function buildCrosswalkPageProps(content: StandardsContent): CrosswalkPageProps {
  const mapped = new Set(content.crosswalks.flatMap((x) => [x.from, x.to]));
  const catalogues = content.catalogues.filter((c) => mapped.has(catalogueRef(c)));
  const units: Record<string, ExplorerUnit> = {};
  for (const catalogue of catalogues) {
    for (const {unit, themes} of walkUnits(catalogue.units)) {
      const ref = unitRef(catalogue, unit.id);
      units[ref] = {ref, id: unit.id, title: unit.title, themes};
    }
  }
  return {
    standards: explorerCatalogues(content, catalogues),
    units,
    crosswalks: content.crosswalks,
    coverage: content.coverage,
    themes: content.themes,
    sources: content.sources.filter((source) =>
      content.crosswalks.some((x) => x.mappings.some((m) => m.sources.includes(source.id))),
    ),
  };
}
