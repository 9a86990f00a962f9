/**
 * The facts the rules read, for one standard and one user's input. Every fact in ADVISOR_FACTS is
 * computed here and nowhere else; the engine refuses a rule that names any other.
 */
import {GLOBAL_REGION, OPERATION_SCOPES, type AdvisorFact, type BudgetCheck, type ScopeMatch} from '../vocabulary';
import type {AdvisorData, AdvisorStandard} from './data';
import {type CostEstimate, type TimeEstimate, estimateCost, estimateTime} from './estimate';
import type {AdviceInput} from './input';
import {type OrganisationEstimate, type Sizing, estimateOrganisation} from '../cost/estimate';

export interface StandardAssessment {
  standard: AdvisorStandard;
  facts: Record<AdvisorFact, unknown>;
  cost?: CostEstimate;
  time?: TimeEstimate;
  /** For an organisational certification: the estimate sized to the centre. */
  estimate?: OrganisationEstimate;
  /** The held standards whose crosswalk covers most of this one, best first. */
  coveredBy: {id: string; fullShare: number; partialShare: number}[];
}

/** The theme or themes that most of a standard's clause units carry: what it is mainly about. */
export const leadingThemes = (shares: Readonly<Record<string, number>>): string[] => {
  const top = Math.max(0, ...Object.values(shares));
  return top > 0
    ? Object.keys(shares)
        .filter((t) => shares[t] === top)
        .sort()
    : [];
};

/** A range against a limit: what a board needs to know before it counts on the figure. */
export const checkAgainst = (limit: number | undefined, range: {min: number; max?: number} | undefined): BudgetCheck =>
  limit === undefined
    ? 'not-asked'
    : range === undefined
      ? 'unchecked'
      : range.min > limit
        ? 'over'
        : range.max !== undefined && range.max <= limit
          ? 'within'
          : 'may-exceed';

export function scopeMatchOf(standard: AdvisorStandard, input: AdviceInput): ScopeMatch {
  if (!input.operation) return 'none-given';
  if (standard.scope.some((s) => OPERATION_SCOPES[input.operation!].includes(s))) return 'made-for';
  return standard.scope.includes('any-organization') ? 'any' : 'other';
}

/** The people an audit is sized for: the headcount given, else one person a seat. */
export const sizingOf = (input: AdviceInput): Sizing => ({
  ...(input.staff !== undefined
    ? {staff: input.staff, staffFrom: 'staff' as const}
    : input.seats !== undefined
      ? {staff: input.seats, staffFrom: 'seats' as const}
      : {staffFrom: 'none' as const}),
  sites: input.sites ?? 1,
});

/** An organisational certification: the standards an `estimate` is made for. */
export const isOrganisationalCertification = (standard: AdvisorStandard): boolean =>
  standard.certifies === 'organization' && standard.use === 'certification';

/** The money of an estimate modelled from audit days or fees, as a cost the checks and the roadmap read. */
function costOfEstimate(e: OrganisationEstimate): CostEstimate | undefined {
  if (!e.firstCertification) return undefined;
  const figures = [...(e.dayRate ? [e.dayRate] : []), ...e.fees];
  return {
    currency: e.currency,
    min: e.firstCertification.min,
    ...(e.firstCertification.max === null ? {} : {max: e.firstCertification.max}),
    priceYear: e.priceYear,
    people: 1,
    years: [...new Set(figures.map((f) => f.asOf))].sort((a, b) => a - b),
    regions: [...new Set([...(e.dayRate ? [e.dayRate.country] : []), ...e.fees.map((f) => f.region)])],
    fromOtherRegion: false,
    original: [],
    conversions: e.dayRate ? [e.dayRate.priced.min] : e.fees.slice(0, 1).map((f) => f.priced.min),
    sources: e.sources,
  };
}

/** The standard's national adoptions in the countries the user named. */
export const adoptionsWhereUserOperates = (
  standard: AdvisorStandard,
  input: AdviceInput,
): AdvisorStandard['nationalAdoptions'] => standard.nationalAdoptions.filter((a) => input.countries.includes(a.region));

export function assess(standard: AdvisorStandard, input: AdviceInput, data: AdvisorData): StandardAssessment {
  const estimate = isOrganisationalCertification(standard)
    ? estimateOrganisation(standard, sizingOf(input), input.countries, input.currency, data.cost, data.rates)
    : undefined;
  const reported = () =>
    estimateCost(
      // For an organisation, only a reported cost of certifying stands for its price (not an exam or the text).
      estimate ? standard.costs.filter((c) => c.item === 'certification') : standard.costs,
      input.countries,
      input.currency,
      data.rates,
      data.cost.priceIndex,
      standard.certifies === 'individual' ? (input.people ?? 1) : 1,
    );
  const cost = !estimate ? reported() : estimate.basis === 'reported' ? reported() : costOfEstimate(estimate);
  const time = estimateTime(standard.durations, input.countries);
  const coveredBy = data.coverage
    .filter((c) => c.to === standard.id && input.has.includes(c.from))
    .map(({from, fullShare, partialShare}) => ({id: from, fullShare, partialShare}))
    .sort((a, b) => b.fullShare + b.partialShare - (a.fullShare + a.partialShare));
  const budget = input.budget;
  const industries = standard.industries;

  const adoptedHere = adoptionsWhereUserOperates(standard, input);
  const facts: Record<AdvisorFact, unknown> = {
    certifiedParty: input.for,
    industry: input.industry ?? 'none',
    operationType: input.operation ?? 'none',
    goals: input.goals,
    budgetGiven: budget !== undefined,
    monthsGiven: input.months !== undefined,
    countriesGiven: input.countries.length > 0,
    standardStatus: standard.status,
    statusStale: standard.statusStale,
    standardKind: standard.kind,
    certifies: standard.certifies,
    families: standard.families,
    focus: standard.focus,
    themeShares: standard.themeShares,
    leadingThemes: leadingThemes(standard.themeShares),
    usedWhereUserOperates:
      input.countries.length === 0 ||
      standard.regions.includes(GLOBAL_REGION) ||
      standard.regions.some((r) => input.countries.includes(r)),
    regionNamed: standard.regions.some((r) => input.countries.includes(r)),
    adoptedWhereUserOperates: adoptedHere.length > 0,
    accreditorKnown: adoptedHere.some((a) => data.accreditation.some((b) => b.region === a.region)),
    industryMatch: !input.industry
      ? 'none-given'
      : industries.includes('all')
        ? 'all'
        : industries.includes(input.industry)
          ? 'named'
          : 'other',
    servesPublicSector: industries.includes('public-sector'),
    alreadyHeld: input.has.includes(standard.id),
    succeedsHeld: standard.predecessors.some((p) => input.has.includes(p)),
    hasSuccessor: standard.successor !== undefined,
    heldCoverage: coveredBy.length ? coveredBy[0].fullShare + coveredBy[0].partialShare : 0,
    scopeMatch: scopeMatchOf(standard, input),
    standardUse: standard.use,
    recognisedByClients: standard.recognition.some(
      (r) =>
        r.by === 'clients' &&
        (input.countries.length === 0 ||
          r.regions.includes(GLOBAL_REGION) ||
          r.regions.some((c) => input.countries.includes(c))),
    ),
    costKnown: cost !== undefined,
    costCheck: checkAgainst(budget, cost),
    cycleCheck: checkAgainst(
      budget,
      estimate && estimate.cycle.min !== null
        ? {min: estimate.cycle.min, ...(estimate.cycle.max === null ? {} : {max: estimate.cycle.max})}
        : undefined,
    ),
    costOpenEnded: cost !== undefined && cost.max === undefined,
    costFromOtherRegion: cost?.fromOtherRegion ?? false,
    // The age of the newest figure: an old one beside a recent one does not make the estimate old.
    costAge: cost ? data.year - Math.max(...cost.years) : 0,
    timeKnown: time !== undefined,
    timeCheck: checkAgainst(input.months, time && {min: time.minMonths, max: time.maxMonths}),
    timeFromOtherRegion: time?.fromOtherRegion ?? false,
  };
  return {standard, facts, cost, time, coveredBy, ...(estimate ? {estimate} : {})};
}
