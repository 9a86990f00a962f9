/**
 * The comparison table's state lives in the URL (?sort=&dir=&kind=&status=&family=&region=), so
 * any view can be shared. Parsing never trusts the URL: a value the table does not know is
 * dropped and reported, never rendered as markup.
 */
import type {CompareRow} from '@site/src/core/pageData';
import {
  COUNTRY_CODES,
  EDITION_STATUSES,
  FAMILIES,
  FOCUS_DIMENSIONS,
  GLOBAL_REGION,
  INDUSTRIES,
  STANDARD_KINDS,
} from '@site/src/core/vocabulary';
import {FACT_KEYS, type FactKey} from '../factLabels';
import {MAX_COUNT} from '@site/src/core/advisor/input';
import {compareText} from '@site/src/core/text';

/** Every column sorts: the standard's name, and each fact column. */
export const SORT_KEYS = ['name', ...FACT_KEYS] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const FILTER_KEYS = ['kind', 'status', 'family', 'focus', 'region', 'industry', 'maxcost'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The cost ceilings the cost filter offers, in US dollars. */
export const COST_CEILINGS = ['1000', '10000', '100000', '1000000'] as const;
/** A focus filter keeps the standards scoring at least this on the dimension. */
export const STRONG_FOCUS = 4;

/** The columns shown when the URL does not choose: the facts that decide first. */
export const DEFAULT_COLUMNS: readonly FactKey[] = [
  'kind',
  'status',
  'owner',
  'firstPublished',
  'focus',
  'regions',
  'certifies',
  'cost',
  'time',
  'adoption',
];

export interface CompareState {
  sort: SortKey;
  dir: 'asc' | 'desc';
  filters: Partial<Record<FilterKey, string>>;
  /** Standards compared side by side: two to four ids. */
  ids: string[];
  /** The fact columns shown, in table order. */
  columns: readonly FactKey[];
  /** "Cost for N staff in country X": the estimate column and chart, when both are given. */
  costFor?: {staff: number; country: string};
}

export const DEFAULT_STATE: CompareState = {sort: 'name', dir: 'asc', filters: {}, ids: [], columns: DEFAULT_COLUMNS};
export const MAX_SIDE_BY_SIDE = 4;

const ALLOWED: Record<FilterKey, ReadonlySet<string>> = {
  kind: new Set(STANDARD_KINDS),
  status: new Set(EDITION_STATUSES),
  family: new Set(FAMILIES),
  region: new Set([GLOBAL_REGION, ...COUNTRY_CODES]),
  industry: new Set(INDUSTRIES),
  focus: new Set(FOCUS_DIMENSIONS),
  maxcost: new Set(COST_CEILINGS),
};

/** The state a query string asks for, and the parameters whose values were not understood. */
export function parseCompareState(
  search: string,
  knownIds: ReadonlySet<string> = new Set(),
): {state: CompareState; rejected: string[]} {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const sort = params.get('sort');
  const dir = params.get('dir');
  const state: CompareState = {
    sort: sort && (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : DEFAULT_STATE.sort,
    dir: dir === 'desc' ? 'desc' : 'asc',
    filters: {},
    ids: [],
    columns: DEFAULT_COLUMNS,
  };
  const cols = params.get('cols');
  if (cols !== null) {
    const list = cols.split(',').filter(Boolean);
    if (list.every((c) => (FACT_KEYS as readonly string[]).includes(c)))
      state.columns = FACT_KEYS.filter((k) => list.includes(k));
    else rejected.push('cols');
  }
  const ids = params.get('ids');
  if (ids !== null && ids !== '') {
    const list = [...new Set(ids.split(','))];
    if (list.length >= 2 && list.length <= MAX_SIDE_BY_SIDE && list.every((id) => knownIds.has(id))) state.ids = list;
    else rejected.push('ids');
  }
  // The cost column needs both a headcount and a country; either alone is kept out and reported.
  const staff = params.get('staff');
  const country = params.get('country')?.toUpperCase() ?? null;
  const staffOk = staff !== null && /^\d+$/.test(staff) && Number(staff) >= 1 && Number(staff) <= MAX_COUNT;
  const countryOk = country !== null && COUNTRY_CODES.has(country);
  if (staffOk && countryOk) state.costFor = {staff: Number(staff), country};
  else {
    if (staff !== null && (!staffOk || country === null)) rejected.push('staff');
    if (country !== null && (!countryOk || staff === null)) rejected.push('country');
  }
  if (sort !== null && state.sort !== sort) rejected.push('sort');
  if (dir !== null && dir !== 'asc' && dir !== 'desc') rejected.push('dir');
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (ALLOWED[key].has(value)) state.filters[key] = value;
    else rejected.push(key);
  }
  return {state, rejected};
}

export function serializeCompareState(state: CompareState): string {
  const params = new URLSearchParams();
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
  if (state.dir !== DEFAULT_STATE.dir) params.set('dir', state.dir);
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.ids.length) params.set('ids', state.ids.join(','));
  if (state.columns.join(',') !== DEFAULT_COLUMNS.join(',')) params.set('cols', state.columns.join(','));
  if (state.costFor) {
    params.set('staff', String(state.costFor.staff));
    params.set('country', state.costFor.country);
  }
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

const matches = (row: CompareRow, key: FilterKey, value: string): boolean => {
  switch (key) {
    case 'kind':
      return row.kind === value;
    case 'status':
      return row.status === value;
    case 'family':
      return row.families.includes(value as CompareRow['families'][number]);
    case 'region':
      return row.regions.includes(value) || (value !== GLOBAL_REGION && row.regions.includes(GLOBAL_REGION));
    case 'industry':
      // A sector-neutral standard ("all industries") fits every industry.
      return row.industries.includes(value) || row.industries.includes('all');
    case 'focus':
      return row.focus[value as keyof CompareRow['focus']] >= STRONG_FOCUS;
    case 'maxcost':
      // Only a known cost can be said to be under a ceiling.
      return row.costUsd !== undefined && row.costUsd.min <= Number(value);
  }
};

export const filterRows = (rows: readonly CompareRow[], state: CompareState): CompareRow[] =>
  rows.filter((row) => FILTER_KEYS.every((key) => !state.filters[key] || matches(row, key, state.filters[key]!)));

/**
 * A sortable value per column; unknowns sort last whatever the direction. Figures sort by number
 * (cost in US dollars, adoption by its largest count, structure by its first level's count, focus
 * by the strongest score); the other columns by the text the reader sees, which `text` gives.
 */
const sortValue = (
  row: CompareRow,
  key: SortKey,
  locale: string,
  text: (row: CompareRow, key: FactKey) => string | undefined,
): string | number | undefined => {
  switch (key) {
    case 'name':
      return row.names[locale as keyof CompareRow['names']].name;
    case 'kind':
      return STANDARD_KINDS.indexOf(row.kind);
    case 'status':
      return EDITION_STATUSES.indexOf(row.status);
    case 'firstPublished':
      return row.firstPublished;
    case 'validity':
      return row.validityYears;
    case 'time':
      return row.months?.min;
    case 'cost':
      return row.costUsd?.min;
    case 'adoption':
      return row.adoption.length ? Math.max(...row.adoption.map((a) => a.count)) : undefined;
    case 'structure':
      return row.structure?.levels[0].count;
    case 'focus':
      return Math.max(...Object.values(row.focus));
    default:
      return text(row, key) || undefined;
  }
};

export function sortRows(
  rows: readonly CompareRow[],
  state: CompareState,
  locale: string,
  text: (row: CompareRow, key: FactKey) => string | undefined = () => undefined,
): CompareRow[] {
  const sign = state.dir === 'asc' ? 1 : -1;
  const compare = compareText(locale);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, state.sort, locale, text);
    const y = sortValue(b, state.sort, locale, text);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const order = typeof x === 'string' ? compare(x, String(y)) : x - Number(y);
    return sign * order || a.id.localeCompare(b.id);
  });
}
