/** The facts of a comparison row as text in the reader's language, for the side-by-side view. */
import {translate} from '@docusaurus/Translate';
import {useMemo} from 'react';
import type {ComparePageProps, CompareRow} from '@site/src/core/pageData';
import type {Locale} from '@site/src/core/vocabulary';
import {amountText, monthsText, qualifiedCountText} from '@site/src/core/format';
import {useLabels} from '../labels';
import {PUNCTUATION, regionName} from '@site/src/core/text';
import {FOCUS_DIMENSIONS, isCommonStructure} from '@site/src/core/vocabulary';
import {statusText} from '@site/src/core/statusFreshness';
import type {FactKey} from '../factLabels';

/** The facts of being certified, which do not apply to a common structure (no one is certified against it). */
const CERTIFICATION_FACTS = [
  'validity',
  'cost',
  'time',
  'assessor',
  'surveillance',
  'adoption',
] as const satisfies readonly FactKey[];

/** Every fact of a row as text in the reader's language; undefined where the atlas has no source. */
export function useFactTexts(page: ComparePageProps, locale: Locale) {
  const vocabulary = useLabels();
  // One function per page and locale: the table keys its memoized texts by it.
  return useMemo(() => {
    const region = (code: string) => regionName(code, page.regionNames, vocabulary.globalRegion);
    const kinds = vocabulary.kinds;
    const families = vocabulary.families;
    const parties = vocabulary.parties;
    const focus = vocabulary.focus;
    const industries = vocabulary.industries;
    const measures = vocabulary.measures;
    // Chinese lists its items with 、 and its groups with ；, as the advisor's reasons do (text.ts).
    const {list, items} = PUNCTUATION[locale];
    const factTexts = (row: CompareRow): Record<FactKey, string | undefined> => ({
      kind: kinds[row.kind],
      status: statusText(vocabulary, row),
      families: row.families.map((f) => families[f]).join(list),
      owner: row.owner[locale],
      firstPublished: row.firstPublished?.toString(),
      regions: row.regions.map(region).join(list),
      certifies: row.certifies && parties[row.certifies],
      validity:
        row.validityYears === undefined
          ? undefined
          : translate({id: 'standard.facts.years', message: '{years} years'}, {years: String(row.validityYears)}),
      cost: row.costs.length
        ? row.costs
            .map(
              (c) =>
                `${amountText(c, locale)} (${region(c.region)}, ${c.circa ? translate({id: 'standard.citation.circa', message: 'c. {year}'}, {year: String(c.asOf)}) : c.asOf})`,
            )
            .join(items)
        : undefined,
      time: row.months && monthsText(row.months.min, row.months.max, locale),
      assessor: row.assessor?.[locale],
      surveillance: row.surveillance?.[locale],
      focus: strongestFocus(row)
        .map((d) => `${focus[d]} ${row.focus[d]}`)
        .join(list),
      industries: row.industries.map((i) => industries[i as keyof typeof industries] ?? i).join(list),
      structure:
        row.structure &&
        `${row.structure.levels.map((l) => `${qualifiedCountText(l.count, l, locale)} ${l.name[locale]}`).join(items)} (${row.structure.asOf})`,
      adoption: row.adoption.length
        ? row.adoption
            .map(
              (a) =>
                `${qualifiedCountText(a.count, a, locale)} ${measures[a.measure]} (${region(a.region)}, ${a.asOf})`,
            )
            .join(items)
        : undefined,
    });
    // A common structure has no certification: its certification facts do not apply, rather than being unknown.
    const notApplicable = translate({id: 'compare.notApplicable', message: 'does not apply'});
    const noOne = translate({id: 'compare.noOne', message: 'No one'});
    return (row: CompareRow): Record<FactKey, string | undefined> => {
      const texts = factTexts(row);
      if (!isCommonStructure(row)) return texts;
      return {
        ...texts,
        certifies: noOne,
        ...Object.fromEntries(CERTIFICATION_FACTS.map((fact) => [fact, notApplicable])),
      };
    };
  }, [page, locale, vocabulary]);
}

/** The dimensions a standard scores highest on (ties included): what it is strongest at. */
export const strongestFocus = (row: Pick<CompareRow, 'focus'>) => {
  const top = Math.max(...FOCUS_DIMENSIONS.map((d) => row.focus[d]));
  return FOCUS_DIMENSIONS.filter((d) => row.focus[d] === top);
};
