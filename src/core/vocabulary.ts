/**
 * The vocabulary of Standards Atlas: every closed list the schema validates against lives here,
 * once. Pages, filters, the advisor and the JSON Schema all read these lists; nothing restates them.
 */

/** The locales authors write: every text of the data and every translated page has them all. */
export const AUTHORED_LOCALES = ['en', 'zh-Hans'] as const;
export type AuthoredLocale = (typeof AUTHORED_LOCALES)[number];

/**
 * Locales no one writes: the build generates each from an authored one (Traditional Chinese in
 * Taiwan's usage from the Simplified text, with OpenCC and standards-data/terminology.yaml's
 * table of regional terms: plugins/standards-compiler/taiwan/).
 */
export const DERIVED_LOCALES = {'zh-Hant': 'zh-Hans'} as const satisfies Record<string, AuthoredLocale>;
export type DerivedLocale = keyof typeof DERIVED_LOCALES;

/** The site's locales; the first is the default. docusaurus.config.ts reads this list. */
export const LOCALES = [...AUTHORED_LOCALES, ...(Object.keys(DERIVED_LOCALES) as DerivedLocale[])] as const;
export type Locale = AuthoredLocale | DerivedLocale;
export const DEFAULT_LOCALE: Locale = 'en';

/** The authored locale a locale's text comes from: itself, or the one it is generated from. */
export const authoredLocaleOf = (locale: Locale): AuthoredLocale =>
  locale in DERIVED_LOCALES ? DERIVED_LOCALES[locale as DerivedLocale] : (locale as AuthoredLocale);

/** Each locale's name in English, for messages to authors. */
export const LOCALE_ENGLISH_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-Hans': 'Simplified Chinese',
  'zh-Hant': 'Traditional Chinese (Taiwan)',
};

/** Labels for the navbar's locale switch, in each locale's own script. */
export const LOCALE_LABELS: Record<Locale, string> = {en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文'};

/** The `lang` of each locale's pages (BCP 47): Traditional Chinese as Taiwan writes it. */
export const LOCALE_HTML_LANG: Record<Locale, string> = {en: 'en', 'zh-Hans': 'zh-Hans', 'zh-Hant': 'zh-Hant-TW'};

/**
 * Who or what a standard certifies, or whether it is a way of working rather than a scheme, or the
 * common structure other standards are written on (ISO's Harmonized Structure): a reference for
 * crosswalks and lessons, which the advisor never proposes.
 */
export const STANDARD_KINDS = ['organization', 'individual', 'methodology', 'structure'] as const;
export type StandardKind = (typeof STANDARD_KINDS)[number];
/**
 * Whether a standard is the common structure others are written on: no one is certified against it,
 * so its page shows no facts of certification and the advisor never weighs it.
 */
export const isCommonStructure = (standard: {kind: StandardKind}): boolean => standard.kind === 'structure';

/**
 * How a standard is built, whatever it certifies: what a lesson on the kinds of standards groups
 * them by, and what a quiz asks. Each standard's `design` names one, with its source.
 */
export const STANDARD_DESIGNS = [
  'management-system',
  'service-requirements',
  'performance',
  'maturity-model',
  'controls',
  'rating',
  'award',
  'personnel',
  'guidance',
] as const;
export type StandardDesign = (typeof STANDARD_DESIGNS)[number];

export const EDITION_STATUSES = ['current', 'superseded', 'withdrawn', 'draft'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

/** The six dimensions of a focus profile. Scores run from 0 (absent) to FOCUS_SCORE_MAX. */
export const FOCUS_DIMENSIONS = ['process', 'people', 'performance', 'customer', 'security', 'technology'] as const;
export type FocusDimension = (typeof FOCUS_DIMENSIONS)[number];
export const FOCUS_SCORE_MAX = 5;

/** The families a trainer groups standards by on the landscape page. */
export const FAMILIES = [
  'quality-management',
  'contact-centre-operations',
  'outsourcing-capability',
  'client-sourcing',
  'service-management',
  'security-and-continuity',
  'people',
] as const;
export type Family = (typeof FAMILIES)[number];

export const RELATION_TYPES = ['predecessor', 'successor', 'complements', 'overlaps'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relationship types of a clause mapping, after NIST IR 8477 (set theory relationship mapping). */
export const RELATIONSHIPS = ['equal', 'subset-of', 'superset-of', 'intersects-with', 'no-relationship'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/**
 * How strongly two units are related, 0 to 10 (NIST IR 8278A r1): what each relationship allows.
 * Equal is 10 and no relationship 0; the others share something, graded by how much.
 */
export const STRENGTH_RANGES: Record<Relationship, readonly [min: number, max: number]> = {
  equal: [10, 10],
  'subset-of': [1, 9],
  'superset-of': [1, 9],
  'intersects-with': [1, 9],
  'no-relationship': [0, 0],
};

/** What a mapping's reasoning compares (NIST IR 8477): the wording, the meaning, or the outcome. */
export const RATIONALE_TYPES = ['syntactic', 'semantic', 'functional'] as const;
export type RationaleType = (typeof RATIONALE_TYPES)[number];

/** Who made a crosswalk: published by a standard's owner or a standards body, or our own analysis. */
export const PROVENANCE_KINDS = ['published', 'analysis'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];

/** How a crosswalk was made and how far it has got, in OSCAL's words (mapping provenance). */
export const MAPPING_METHODS = ['human', 'automation', 'hybrid'] as const;
export type MappingMethod = (typeof MAPPING_METHODS)[number];
export const MAPPING_STATUSES = ['complete', 'not-complete', 'draft', 'deprecated', 'superseded'] as const;
export type MappingStatus = (typeof MAPPING_STATUSES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Clause unit ids inside a catalogue: "9.1", "A.5", "2.0", "req-3", "level-2.ca". */
export const UNIT_ID_PATTERN = /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/;

/** How a reader can get the text of a standard. */
export const TEXT_ACCESS = ['free', 'paid', 'members-only'] as const;
export type TextAccess = (typeof TEXT_ACCESS)[number];

/** Who holds a certificate. A methodology may have no certificate of its own. */
export const CERTIFIED_PARTIES = ['organization', 'individual'] as const;
export type CertifiedParty = (typeof CERTIFIED_PARTIES)[number];

/** Industries, as ids shared with the advisor's inputs. `all` means sector-neutral. */
export const INDUSTRIES = [
  'banking',
  'insurance',
  'telecom',
  'it-services',
  'bpo',
  'retail',
  'public-sector',
  'healthcare',
  'utilities',
  'travel',
  'manufacturing',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** `global` stands for worldwide use; every other region is an ISO 3166-1 alpha-2 code. */
export const GLOBAL_REGION = 'global';

/** ISO 3166-1 alpha-2 officially assigned codes. Names come from Intl.DisplayNames in each locale. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
    'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
    'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
    'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
    'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
    'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
    'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
    'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** ISO 4217 currency codes, as the runtime's ICU data knows them. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** How a national adoption relates to the international text (ISO/IEC Guide 21-1: IDT, MOD). */
export const ADOPTION_EQUIVALENCES = ['identical', 'modified'] as const;
export type AdoptionEquivalence = (typeof ADOPTION_EQUIVALENCES)[number];

/** Standard ids: kebab-case, stable, and the last segment of the standard's URL. */
export const STANDARD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id of the pseudo-source that marks a judgement as this project's own analysis. */
export const OUR_ANALYSIS_SOURCE_ID = 'our-analysis';

/** Years a figure can be "as of": the oldest forerunner (BS 5750, 1979) to a year ahead. */
export const EARLIEST_YEAR = 1950;
export const latestYear = (): number => new Date().getFullYear() + 1;

/** The advisor's inputs, as ids shared by the /advisor page's URL and the `advise` command line. */
export const OPERATION_TYPES = ['in-house', 'outsourcer', 'it-support', 'public-service'] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

/**
 * The kinds of operation a standard is written for (its `scope`): customer-facing contact centres,
 * IT support centres and help desks, organisations whose business is serving clients, organisations
 * that buy such services, or any organisation at all (a general management-system standard).
 */
export const SCOPE_OPERATIONS = [
  'customer-contact',
  'it-support',
  'service-providers',
  'sourcing-clients',
  'any-organization',
] as const;
export type ScopeOperation = (typeof SCOPE_OPERATIONS)[number];

/** Which scope operations each kind of operation a user names is one of. */
export const OPERATION_SCOPES: Record<OperationType, readonly ScopeOperation[]> = {
  'in-house': ['customer-contact'],
  outsourcer: ['customer-contact', 'service-providers'],
  'it-support': ['it-support'],
  'public-service': ['customer-contact'],
};

/**
 * How an organisation uses a standard: certified against its requirements, or adopted as guidance
 * (a guidance document, a framework or a method) with no organisational certificate to aim for.
 */
export const STANDARD_USES = ['certification', 'guidance'] as const;
export type StandardUse = (typeof STANDARD_USES)[number];

export const ADVISOR_GOALS = [
  'win-outsourcing-clients',
  'operational-performance',
  'customer-experience',
  'information-security',
  'payment-card-security',
  'people-development',
  'individual-career',
  'complaints-handling',
  'business-continuity',
  'it-service-management',
  'knowledge-management',
  'client-recognition',
] as const;
export type AdvisorGoal = (typeof ADVISOR_GOALS)[number];

/**
 * The facts the advisor's rules may name. Each is computed from the user's input or from one
 * standard's data (advisor/facts.ts); a rule naming any other fact fails the build.
 * `object` facts are read with a `path` into their keys.
 */
export const ADVISOR_FACTS = {
  // From the input.
  certifiedParty: 'string',
  industry: 'string',
  operationType: 'string',
  goals: 'array',
  budgetGiven: 'boolean',
  monthsGiven: 'boolean',
  countriesGiven: 'boolean',
  // From the standard's data, against the input.
  standardStatus: 'string',
  /** Current, but no source has confirmed it for more than STATUS_STALE_AFTER_YEARS (statusFreshness.ts). */
  statusStale: 'boolean',
  standardKind: 'string',
  certifies: 'string',
  families: 'array',
  focus: 'object',
  themeShares: 'object',
  leadingThemes: 'array',
  usedWhereUserOperates: 'boolean',
  regionNamed: 'boolean',
  /** A national adoption in a country the user named, and whether that country's accreditation body is known. */
  adoptedWhereUserOperates: 'boolean',
  accreditorKnown: 'boolean',
  industryMatch: 'string',
  servesPublicSector: 'boolean',
  alreadyHeld: 'boolean',
  succeedsHeld: 'boolean',
  hasSuccessor: 'boolean',
  heldCoverage: 'number',
  /** `made-for`, `any` (a standard for any organisation), `other` or `none-given`: see SCOPE_MATCHES. */
  scopeMatch: 'string',
  /** `certification` or `guidance` (STANDARD_USES). */
  standardUse: 'string',
  /** Whether a recognition claim says clients ask for it, worldwide or in a country the user named. */
  recognisedByClients: 'boolean',
  costKnown: 'boolean',
  /** The cost against the budget: one of BUDGET_CHECKS. */
  costCheck: 'string',
  /** The whole certificate cycle's cost against the budget: one of BUDGET_CHECKS. */
  cycleCheck: 'string',
  costOpenEnded: 'boolean',
  costFromOtherRegion: 'boolean',
  costAge: 'number',
  timeKnown: 'boolean',
  /** The time to certify against the months available: one of BUDGET_CHECKS. */
  timeCheck: 'string',
  timeFromOtherRegion: 'boolean',
} as const;

/** Who asks for a standard's certificate or recognises it, in a `recognition` claim. */
export const RECOGNIZERS = ['clients'] as const;
export type Recognizer = (typeof RECOGNIZERS)[number];

/** How a standard's scope meets the user's kind of operation. */
export const SCOPE_MATCHES = ['made-for', 'any', 'other', 'none-given'] as const;
export type ScopeMatch = (typeof SCOPE_MATCHES)[number];

/**
 * A cost or a time against what the user has: `not-asked` (no budget or months given), `within`
 * (even the high estimate fits), `may-exceed` (the low estimate fits, the high one does not or is
 * open-ended), `over` (even the low estimate does not fit) or `unchecked` (no sourced figure).
 */
export const BUDGET_CHECKS = ['not-asked', 'within', 'may-exceed', 'over', 'unchecked'] as const;
export type BudgetCheck = (typeof BUDGET_CHECKS)[number];
export type AdvisorFact = keyof typeof ADVISOR_FACTS;

/** What a rule's event does to a standard: add to its score, rule it out, or warn. */
export const ADVISOR_EVENT_TYPES = ['fit', 'exclude', 'caveat'] as const;
export type AdvisorEventType = (typeof ADVISOR_EVENT_TYPES)[number];

/** json-rules-engine's default operators, the only ones a rule may use. */
export const RULE_OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

/**
 * Placeholders a reason text may use, filled per standard and locale (advisor/explain.ts):
 * `{standard}` its short name, `{confirmedIn}` the year its status was last confirmed,
 * `{adoption}` its national designations in the user's countries, `{adoptedIn}` those countries, `{accreditor}` their accreditation bodies, `{successor}` its successor's, `{regions}` where it is used,
 * `{industries}` the industries it names, `{industry}` the user's, `{countries}` the user's countries it
 * names, `{held}` what it succeeds or what covers it, `{coverageFull}` and `{coveragePartial}` the
 * shares of its clauses that held standards cover fully and in part (as the crosswalk reads),
 * `{scope}` the kinds of operation it is written for, `{operation}` the user's, `{cost}`,
 * `{costYears}` the years its cost figures describe, `{costRegion}`, `{months}`, `{budget}`,
 * `{priceYear}` the year costs are priced in, `{cycleYears}` and `{cycleCost}` the certificate cycle and its cost,
 * `{available}` the months available, `{focus}` the score a rule's focus condition read, `{goal}`.
 */
export const REASON_PLACEHOLDERS = [
  'standard',
  'confirmedIn',
  'adoption',
  'adoptedIn',
  'accreditor',
  'successor',
  'regions',
  'industries',
  'industry',
  'countries',
  'held',
  'coverageFull',
  'coveragePartial',
  'scope',
  'scopeNote',
  'operation',
  'cost',
  'costYears',
  'costRegion',
  'priceYear',
  'cycleYears',
  'cycleCost',
  'months',
  'timeYears',
  'timeRegion',
  'budget',
  'available',
  'focus',
  'goal',
] as const;
