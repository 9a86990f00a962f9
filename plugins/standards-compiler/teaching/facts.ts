/**
 * The facts lessons show, per locale: each standard's, the glossary, the standards grouped by
 * design, the accreditation bodies and the crosswalks' coverage, each with its sources cited.
 */
import type {StandardsContent} from '../compile';
import {explorerParam} from '../catalogueEditions';
import {regionNames} from '../regionNames';
import {LABELS} from '../../../src/core/labels';
import {standardRoute} from '../../../src/core/paths';
import type {Source, StandardRecord} from '../../../src/core/schema';
import {fill, TEACHING_PHRASES, yearsText} from '../../../src/core/teaching/phrases';
import {LESSONS} from '../../../src/core/teaching/types';
import type {
  AccreditationBodyFacts,
  CitedSource,
  DesignGroup,
  GapFacts,
  GlossaryEntry,
  SourcedFact,
  StandardFacts,
} from '../../../src/core/teaching/types';
import {localize, regionName} from '../../../src/core/text';
import {STANDARD_DESIGNS, type Locale} from '../../../src/core/vocabulary';

/** Cites sources by id; an id the registry lacks was refused when the data was compiled. */
export const citer = (content: StandardsContent) => {
  const byId = new Map<string, Source>(content.sources.map((s) => [s.id, s]));
  return (ids: readonly string[] | undefined, locale: Locale): CitedSource[] =>
    (ids ?? []).map((id) => {
      const s = byId.get(id)!;
      const title = s.titleTranslated ? localize(s.titleTranslated, locale) : s.title;
      return {
        id,
        title,
        ...(s.titleTranslated ? {} : {titleLanguage: s.titleLanguage ?? s.language}),
        publisher: s.publisher,
        language: s.language,
        year: s.year,
        ...(s.url ? {url: s.url} : {}),
      };
    });
};

type Cite = ReturnType<typeof citer>;

function standardFacts(s: StandardRecord, locale: Locale, cite: Cite): StandardFacts {
  const labels = LABELS[locale];
  const phrases = TEACHING_PHRASES[locale];
  const fact = <T>(value: T, text: string, claim: {asOf: number; sources: string[]}): SourcedFact<T> => ({
    value,
    text,
    asOf: claim.asOf,
    sources: cite(claim.sources, locale),
  });
  const editions = [...s.editions]
    .sort((a, b) => a.year - b.year)
    .map((e) => ({
      version: e.version,
      year: e.year,
      status: e.status,
      text: fill(phrases.edition, {version: e.version, year: e.year}),
    }));
  const first = s.firstPublished?.reduce((a, b) => (b.year < a.year ? b : a));
  const {certification} = s;
  return {
    id: s.id,
    kind: s.kind,
    short: s.names[locale].short,
    name: s.names[locale].name,
    path: standardRoute(s.id),
    ...(s.design ? {design: fact(s.design.type, labels.designs[s.design.type], s.design)} : {}),
    owner: fact(localize(s.owner.name, locale), localize(s.owner.name, locale), s.owner),
    ...(first ? {firstPublished: fact(first.year, String(first.year), first)} : {}),
    ...(certification
      ? {
          certifies: fact(
            certification.certifies.party,
            labels.parties[certification.certifies.party],
            certification.certifies,
          ),
        }
      : {}),
    ...(certification?.validity
      ? {
          validity: fact(
            certification.validity.years,
            yearsText(certification.validity.years, locale),
            certification.validity,
          ),
        }
      : {}),
    editions,
  };
}

export function teachingFacts(content: StandardsContent, locale: Locale) {
  const cite = citer(content);
  const labels = LABELS[locale];
  const standards = Object.fromEntries(content.standards.map((s) => [s.id, standardFacts(s, locale, cite)]));
  const short = (id: string) => standards[id]?.short ?? id;

  const designs: DesignGroup[] = STANDARD_DESIGNS.map((id) => ({
    id,
    label: labels.designs[id],
    meaning: labels.designMeanings[id],
    standards: content.standards
      .filter((s) => s.design?.type === id)
      .map((s) => s.id)
      .sort((a, b) => short(a).localeCompare(short(b))),
  })).filter((g) => g.standards.length > 0);

  const termsById = new Map(content.glossary.map((t) => [t.id, t]));
  const glossary: GlossaryEntry[] = content.glossary
    .map((t) => ({
      id: t.id,
      term: t.term[locale],
      definition: t.definition[locale],
      aliases: t.aliases?.[locale] ?? [],
      sources: cite(t.sources, locale),
      seeAlso: (t.seeAlso ?? []).map((id) => ({id, term: termsById.get(id)!.term[locale]})),
      standards: t.standards ?? [],
    }))
    .sort((a, b) => a.term.localeCompare(b.term, locale));

  const bodies = content.landscape.accreditation ?? [];
  const names = regionNames(
    bodies.map((b) => b.region),
    locale,
  );
  const accreditation: AccreditationBodyFacts[] = bodies.map((b) => ({
    acronym: b.acronym,
    name: localize(b.name, locale),
    region: regionName(b.region, names, labels.globalRegion),
    ...(b.url ? {url: b.url} : {}),
    meaning: localize(b.meaning, locale),
    asOf: b.asOf,
    sources: cite(b.sources, locale),
  }));

  const gaps: Record<string, GapFacts> = {};
  for (const c of content.coverage) {
    const [from, to] = [c.from.split(':')[0], c.to.split(':')[0]];
    const crosswalk = content.crosswalks.find(
      (x) => (x.from === c.from && x.to === c.to) || (x.from === c.to && x.to === c.from),
    )!;
    if (from === to) continue;
    // Between two standards, the crosswalk of the editions their names mean, where there is one.
    const [fromParam, toParam] = [explorerParam(content, c.from), explorerParam(content, c.to)];
    if (gaps[`${from}--${to}`] && (fromParam !== from || toParam !== to)) continue;
    gaps[`${from}--${to}`] = {
      from,
      to,
      path: `/crosswalk?from=${fromParam}&to=${toParam}`,
      weightedShare: c.weightedShare,
      fullShare: c.fullShare,
      partialShare: c.partialShare,
      units: c.units,
      sources: cite(crosswalk.provenance.sources, locale),
    };
  }
  const lessons = LESSONS.filter((id) => content.lessonTitles[id]).map((id) => ({
    id,
    title: localize(content.lessonTitles[id], locale),
  }));
  return {lessons, standards, designs, glossary, accreditation, gaps};
}
