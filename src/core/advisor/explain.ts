/**
 * Words for the advice, in one locale: reasons filled from the rules' results, and the figures
 * (costs, months, conversions) as text. The same function serves the page and the command line.
 */
import {LABELS, labelInSentence} from '../labels';
import {type AdvisorGoal, GLOBAL_REGION, type Industry, type Locale} from '../vocabulary';
import {withTaiwan} from '../taiwan';
import type {LocalizedText} from '../schema';
import {PUNCTUATION} from '../text';
import type {AdvisorData} from './data';
import type {CostEstimate, TimeEstimate} from './estimate';
import type {FiredRule} from './engine';
import {type StandardAssessment, adoptionsWhereUserOperates} from './facts';
import type {AdviceInput} from './input';
import {priceStepsText} from '../cost/method';
import {amountText, moneyText, monthsText as formatMonths, percentText} from '../format';

const PHRASES = withTaiwan({
  en: {
    ...PUNCTUATION.en,
    years: (years: readonly number[]) => (years.length === 1 ? `${years[0]} figure` : `${years.join(', ')} figures`),
    noFigure: 'no sourced figure',
    withoutFigure: (text: string, n: number) => `${text}, plus ${n} step${n === 1 ? '' : 's'} without a figure`,
  },
  'zh-Hans': {
    ...PUNCTUATION['zh-Hans'],
    years: (years: readonly number[]) => `${years.join('、')} 年数据`,
    noFigure: '无有来源的数据',
    withoutFigure: (text: string, n: number) => `${text}，另有 ${n} 步无数据`,
  },
} as const);

export const regionNames = (codes: readonly string[], data: AdvisorData, locale: Locale): string =>
  codes
    .map((c) =>
      c === GLOBAL_REGION ? labelInSentence(LABELS[locale].globalRegion, locale) : (data.regionNames[locale][c] ?? c),
    )
    .join(PHRASES[locale].list);

export const costText = (cost: Pick<CostEstimate, 'currency' | 'min' | 'max'>, locale: Locale): string =>
  amountText(cost, locale);

export const conversionText = (cost: CostEstimate, locale: Locale): string =>
  cost.conversions
    .map((steps) => priceStepsText(steps, cost.priceYear, locale))
    .filter(Boolean)
    .join(PHRASES[locale].items);

export const monthsText = (time: Pick<TimeEstimate, 'minMonths' | 'maxMonths'>, locale: Locale): string =>
  formatMonths(time.minMonths, time.maxMonths, locale);

/** A running total over `steps` steps, `withoutFigure` of which have no figure. */
export const totalText = (text: string, steps: number, withoutFigure: number, locale: Locale): string =>
  withoutFigure === steps
    ? PHRASES[locale].noFigure
    : withoutFigure
      ? PHRASES[locale].withoutFigure(text, withoutFigure)
      : text;

/** "a, b and c" / "a、b和c". */
const listText = (items: readonly string[], locale: Locale): string =>
  items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(PHRASES[locale].list)}${locale === 'en' ? ' and ' : '和'}${items.at(-1)}`;

/** "2005, 2008 figures": the years a cost's or a time's figures describe. */
export const yearsText = (years: readonly number[], locale: Locale): string => PHRASES[locale].years(years);

export const standardName = (id: string, data: AdvisorData, locale: Locale): string =>
  data.standards.find((s) => s.id === id)?.names[locale].short ?? id;

/** A rule's reason with its placeholders filled for this standard, user and locale. */
export function reasonText(
  fired: {reason: LocalizedText; read: FiredRule['read']},
  assessment: StandardAssessment,
  input: AdviceInput,
  data: AdvisorData,
  locale: Locale,
): string {
  const {standard, cost, time, coveredBy} = assessment;
  const labels = LABELS[locale];
  const inSentence = (label: string) => labelInSentence(label, locale);
  const held = standard.predecessors.filter((p) => input.has.includes(p));
  const adoptedHere = adoptionsWhereUserOperates(standard, input);
  const values: Record<string, () => string> = {
    standard: () => standard.names[locale].short,
    confirmedIn: () => String(standard.statusConfirmedIn),
    adoption: () =>
      listText(
        adoptedHere.map((a) => a.designation),
        locale,
      ),
    adoptedIn: () => regionNames([...new Set(adoptedHere.map((a) => a.region))], data, locale),
    accreditor: () =>
      listText(
        data.accreditation.filter((b) => adoptedHere.some((a) => a.region === b.region)).map((b) => b.acronym),
        locale,
      ),
    successor: () => (standard.successor ? standardName(standard.successor, data, locale) : ''),
    regions: () => regionNames(standard.regions, data, locale),
    industries: () =>
      standard.industries
        .map((i) => inSentence(labels.industries[i as Industry | 'all'] ?? i))
        .join(PHRASES[locale].list),
    industry: () => (input.industry ? inSentence(labels.industries[input.industry]) : ''),
    countries: () =>
      regionNames(
        standard.regions.filter((r) => input.countries.includes(r)),
        data,
        locale,
      ),
    held: () =>
      (held.length ? held : coveredBy.slice(0, 1).map((c) => c.id))
        .map((id) => standardName(id, data, locale))
        .join(PHRASES[locale].list),
    coverageFull: () => percentText(coveredBy[0]?.fullShare ?? 0),
    coveragePartial: () => percentText(coveredBy[0]?.partialShare ?? 0),
    scope: () =>
      listText(
        standard.scope.map((s) => inSentence(labels.scopes[s])),
        locale,
      ),
    scopeNote: () => standard.scopeNote[locale],
    operation: () => (input.operation ? inSentence(labels.operations[input.operation]) : ''),
    cost: () => (cost ? costText(cost, locale) : ''),
    costYears: () => (cost ? yearsText(cost.years, locale) : ''),
    costRegion: () => (cost ? regionNames(cost.regions, data, locale) : ''),
    priceYear: () => (cost ? String(cost.priceYear) : ''),
    cycleYears: () => String(assessment.estimate?.cycle.years ?? ''),
    cycleCost: () => {
      const c = assessment.estimate?.cycle;
      return c && c.min !== null
        ? costText({currency: input.currency, min: c.min, ...(c.max === null ? {} : {max: c.max})}, locale)
        : '';
    },
    months: () => (time ? monthsText(time, locale) : ''),
    timeYears: () => (time ? yearsText(time.years, locale) : ''),
    timeRegion: () => (time ? regionNames(time.regions, data, locale) : ''),
    budget: () => (input.budget !== undefined ? moneyText(input.currency, input.budget) : ''),
    available: () => (input.months !== undefined ? formatMonths(input.months, undefined, locale) : ''),
    focus: () => String(fired.read.focus ?? ''),
    goal: () => (fired.read.goal ? inSentence(labels.goals[fired.read.goal as AdvisorGoal]) : ''),
  };
  return fired.reason[locale].replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name]?.() ?? whole);
}

const COVERED = withTaiwan({
  en: (name: string, full: string, partial: string) => `${name}: ${full} fully, ${partial} in part`,
  'zh-Hans': (name: string, full: string, partial: string) => `${name}：完全覆盖 ${full}，部分覆盖 ${partial}`,
} as const);

/**
 * "ISO 9001: 0% fully, 100% in part": what earlier certificates cover of a step, read the way the
 * clause crosswalk reads, never as one bare share.
 */
export const coveredText = (
  covered: readonly {by: string; fullShare: number; partialShare: number}[],
  data: AdvisorData,
  locale: Locale,
): string =>
  covered
    .map((c) =>
      COVERED[locale](standardName(c.by, data, locale), percentText(c.fullShare), percentText(c.partialShare)),
    )
    .join(PHRASES[locale].items);
