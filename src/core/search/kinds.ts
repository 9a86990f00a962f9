/** The kinds of thing search finds; the search box and page filter by them. */
export const SEARCH_KINDS = ['standard', 'clause', 'crosswalk', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
