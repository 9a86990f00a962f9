/** The data each page receives from the compiler: plain JSON, shaped for the page that reads it (built in plugins/standards-compiler/props.ts). */
import type {Coverage} from './coverage';
import type {
  AccreditationBody,
  Catalogue,
  Crosswalk,
  Landscape,
  LocalizedText,
  Source,
  StandardRecord,
  Theme,
} from './schema';
import type {FocusDimension} from './vocabulary';
import type {StatusView} from './statusFreshness';

/** A heading of a standard's prose, as the page's table of contents lists it. */
export interface Heading {
  id: string;
  text: string;
  level: 2 | 3;
}

/** A standard's prose in one locale, rendered to HTML (plugins/standards-compiler/render.ts). */
export interface ProseBody {
  html: string;
  headings: Heading[];
  /**
   * Every id in the HTML, and every link in it that stays on the site: the page reports them to
   * Docusaurus's link checker, which cannot see into raw HTML.
   */
  anchors: string[];
  links: string[];
}

/** One line per standard, small enough for global data (lists, navigation, links by id). */
export interface StandardSummary extends StatusView {
  id: string;
  kind: StandardRecord['kind'];
  names: StandardRecord['names'];
  summary: StandardRecord['summary'];
  paths: StandardRecord['paths'];
}

export interface StandardsGlobalData {
  standards: StandardSummary[];
}

/** The props of a standard's page in one locale. */
export interface StandardPageProps {
  standard: StandardRecord;
  /** The accreditation bodies of the countries that adopted the standard nationally. */
  accreditation: AccreditationBody[];
  /** The sources this standard cites, by id, in the order the registry lists them. */
  sources: Source[];
  body: ProseBody;
  /**
   * Names of the regions the standard cites, in the page's locale. Named at build time: ICU data
   * differs between Node and browsers, and server and client must render the same text.
   */
  regionNames: Record<string, string>;
  /** The standard's clause catalogues, one per edition described, and the themes they use. */
  catalogues: Catalogue[];
  themes: Theme[];
  /** Crosswalks between two of its editions: the editions table links to what changed. */
  editionChanges: {fromEdition: string; toEdition: string; href: string}[];
}

/** What the landscape page shows of a standard: who it is, where it belongs, when it changed. */
export interface LandscapeStandard extends StandardSummary {
  families: StandardRecord['families'];
  question: StandardRecord['question'];
  editions: Pick<StandardRecord['editions'][number], 'version' | 'year' | 'status'>[];
}

export interface LandscapePageProps {
  /** Names of the regions of the accreditation bodies, in the page's locale (named at build time). */
  regionNames: Record<string, string>;
  standards: LandscapeStandard[];
  landscape: Landscape;
  /** The sources the landscape's own entries cite. */
  sources: Source[];
}

/** One row of the comparison table: the facts that decide, reduced to sortable values. */
export interface CompareRow extends StandardSummary {
  focus: Record<FocusDimension, number>;
  editions: Pick<StandardRecord['editions'][number], 'version' | 'year' | 'status'>[];
  families: StandardRecord['families'];
  question: StandardRecord['question'];
  owner: StandardRecord['owner']['name'];
  /** The earliest first-published year any source gives. */
  firstPublished?: number;
  regions: string[];
  industries: string[];
  certifies?: 'organization' | 'individual';
  validityYears?: number;
  /** Who audits and certifies, and how often the certificate is checked again, as the sources say. */
  assessor?: LocalizedText;
  surveillance?: LocalizedText;
  costs: Pick<NonNullable<StandardRecord['costs']>[number], 'currency' | 'min' | 'max' | 'asOf' | 'circa' | 'region'>[];
  /** The shortest and longest time to certify any source gives, in months. */
  months?: {min: number; max: number};
  /** The latest structure claim: its levels and their counts. */
  structure?: {levels: {name: LocalizedText; count: number; approximate?: boolean; atLeast?: true}[]; asOf: number};
  adoption: Pick<
    NonNullable<StandardRecord['adoption']>[number],
    'count' | 'approximate' | 'atLeast' | 'measure' | 'region' | 'asOf'
  >[];
  /**
   * The lowest and highest cost in US dollars, each figure converted at its own year's annual rate
   * (see advisor/money.ts), so costs in different currencies can be filtered and sorted together.
   */
  costUsd?: {min: number; max?: number};
  /** The sources of the row's figures (first published, structure, validity, costs, time, adoption). */
  sources: string[];
}

/** Coverage between two standards, by standard id, for the side-by-side view. */
export interface StandardCoverage {
  from: string;
  to: string;
  units: number;
  fullShare: number;
  partialShare: number;
  /** What holding `from` covers of `to`, weighed by strength (coverage.ts). */
  weightedShare: number;
}

/**
 * One standard's cost against its time to certify, where the sources give both for the same
 * country (or a worldwide time): the cost in US dollars at the annual rate of the figure's year
 * (or the nearest year the rates list), so that every point is in one currency.
 */
export interface CostTimePoint {
  id: string;
  region: string;
  cost: {currency: string; min: number; max?: number; asOf: number};
  usd: {min: number; max?: number; rateYear: number; perUsd: number};
  months: {min: number; max: number};
}

export interface ComparePageProps {
  rows: CompareRow[];
  /** Every source a row cites, for the printed handout's source list. */
  sources: Source[];
  costTime: CostTimePoint[];
  themes: Theme[];
  /** Units per theme in each standard's catalogues: `themeCounts[standard][theme]`. */
  themeCounts: Record<string, Record<string, number>>;
  coverage: StandardCoverage[];
  /** Region names in the page's locale, fixed at build time (see regionNamesFor). */
  regionNames: Record<string, string>;
  /** Every country's name in the page's locale: the countries the cost column can be asked for. */
  countryNames: Record<string, string>;
}

/** A unit as the crosswalk explorer shows it: its full id, number, title and themes. */
export interface ExplorerUnit {
  ref: string;
  id: string;
  title: Catalogue['units'][number]['title'];
  themes: string[];
}

/** A catalogue the explorer offers: one edition of a standard that a crosswalk maps. */
export interface ExplorerCatalogue extends StandardSummary {
  /** `<standard>:<key>`. */
  catalogue: string;
  edition: string;
  /**
   * The one a link naming only the standard means (`?from=iso-9001`): the catalogue of its current
   * edition, else of its latest. Other editions are named by their catalogue (`?from=iso-9001:2008`).
   */
  isDefault: boolean;
  /** Whether the standard has more than one catalogue in the explorer: its edition is then shown. */
  hasEditions: boolean;
  /** The standard's newest edition, where it is newer than the one this catalogue describes. */
  newerEdition?: string;
}

export interface CrosswalkPageProps {
  /** The catalogues that a crosswalk maps, with their standards, in the order of the standards. */
  standards: ExplorerCatalogue[];
  units: Record<string, ExplorerUnit>;
  crosswalks: Crosswalk[];
  coverage: Coverage[];
  themes: Theme[];
  /** Every source a mapping cites, for the printed gap view's source list. */
  sources: Source[];
}
