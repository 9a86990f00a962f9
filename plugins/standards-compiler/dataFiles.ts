/** Where the compiler finds its inputs: the data files and folders, relative to the site. */
import type {Locale} from '../../src/core/vocabulary';

/** Standards' pages in the default locale: every fact lives in their frontmatter. */
export const STANDARDS_DIR = 'docs/standards';
/** Translated pages for `locale`: prose only. */
export const translationsDir = (locale: Locale): string => `i18n/${locale}/standards`;
/** The source registry: one or more YAML lists of sources; ids are unique across all of them. */
export const SOURCES_DIR = 'standards-data/sources';
export const LANDSCAPE_FILE = 'standards-data/landscape.yaml';
export const THEMES_FILE = 'standards-data/themes.yaml';
/** The field's vocabulary for search: synonyms in every locale, and what they are about. */
export const SEARCH_TERMS_FILE = 'standards-data/search-terms.yaml';
/** The Chinese terminology, and the table of words Taiwan says differently (terminology.ts). */
export const TERMINOLOGY_FILE = 'standards-data/terminology.yaml';
export const GLOSSARY_FILE = 'standards-data/glossary.yaml';
/** The learning path's lessons (a docs plugin of their own, docusaurus.config.ts), and their translations. */
export const LESSONS_DIR = 'docs/learn';
export const lessonTranslationsDir = (locale: Locale): string =>
  `i18n/${locale}/docusaurus-plugin-content-docs-learn/current`;
export const CLAUSES_DIR = 'standards-data/clauses';
export const CROSSWALKS_DIR = 'standards-data/crosswalks';

/** The advisor's rules, and the dated exchange rates it converts costs with. */
export const ADVISOR_RULES_FILE = 'standards-data/advisor/rules.yaml';
export const EXCHANGE_RATES_FILE = 'standards-data/exchange-rates.yaml';

/** The cost model: audit-time rules, how each certification is sized, day rates, fees, prices. */
export const COST_MODEL_FILES = {
  auditTime: 'standards-data/cost-model/audit-time.yaml',
  schemes: 'standards-data/cost-model/schemes.yaml',
  dayRates: 'standards-data/cost-model/day-rates.yaml',
  fees: 'standards-data/cost-model/fees.yaml',
  priceIndex: 'standards-data/cost-model/price-index.yaml',
} as const;
