/** The kinds of thing search finds; the search box and page filter by them. */
export const SEARCH_KINDS = ['standard', 'clause', 'crosswalk', 'page', 'term'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Results are grouped by standard; the glossary's terms belong to none and are grouped under this
 * key, which no standard may take as its id (crossCheckGlossary.ts).
 */
export const GLOSSARY_GROUP = 'glossary';
