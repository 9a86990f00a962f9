/**
 * The advisor's data: what the rules need to know of each standard, the rates, the coverage the
 * crosswalks give, and the rules themselves. It is plain JSON, built from the compiled content at
 * build time (plugins/standards-compiler/advisorData.ts): the /advisor page loads it as page data
 * and the `advise` command line builds it the same way, so both run the same engine on the same data.
 */
import type {COST_ITEMS, LocalizedText, Source, StandardRecord} from '../schema';
import type {FocusDimension, Locale, ScopeOperation, StandardUse} from '../vocabulary';
import type {AdvisorRules, ExchangeRates} from './schema';
import type {CostModel} from '../cost/schema';

export interface AdvisorCostPoint {
  currency: string;
  item: (typeof COST_ITEMS)[number];
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
  /** Current, but last confirmed longer ago than statusFreshness.ts allows. */
  statusStale: boolean;
  statusConfirmedIn: number;
  /** Its national adoptions: where, and under what designation. */
  nationalAdoptions: {region: string; designation: string; sources: string[]}[];
  certifies: 'organization' | 'individual' | 'none';
  /** The kinds of operation it is written for, and whether an organisation is certified or adopts it as guidance. */
  scope: ScopeOperation[];
  use: StandardUse;
  scopeNote: LocalizedText;
  scopeSources: string[];
  /** Where clients ask for it or recognise it, from its recognition claims. */
  recognition: {by: string; regions: string[]; sources: string[]}[];
  /** The steps to a certificate (or to adopting it), as its page gives them; empty when the page gives none. */
  steps: {items: LocalizedText[]; sources: string[]};
  /** How long a certificate holds, in years, and how it is kept up, where sourced. */
  validityYears?: number;
  validitySources?: string[];
  surveillance?: LocalizedText;
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
  /** Audit-time rules, day rates, fees and the price index: standards-data/cost-model/. */
  cost: CostModel;
  /** The year the advice is given in, to age dated figures: the build's year. */
  year: number;
  themes: string[];
  /** Each country's accreditation body, by its short name (standards-data/landscape.yaml). */
  accreditation: {region: string; acronym: string; sources: string[]}[];
  /** Region names per locale, fixed at build time: Node's and browsers' ICU data differ. */
  regionNames: Record<Locale, Record<string, string>>;
  /** The sources the advice cites: rates, costs, durations and general caveats. */
  sources: Pick<Source, 'id' | 'title' | 'publisher' | 'url' | 'year' | 'language' | 'titleLanguage'>[];
}
