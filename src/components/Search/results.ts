/** Pure helpers of the search box and page: highlighting, grouping, filters in the URL. */
import {SEARCH_KINDS, type SearchKind} from '@site/src/core/search/kinds';
import type {SearchFilters, SearchHit} from '@site/src/core/search/engine';
import {findTerms} from '@site/src/core/search/tokenize';

export interface Segment {
  text: string;
  mark: boolean;
}

/** `text` cut into plain and matched parts; React renders both as text, never as markup. */
export function highlightSegments(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of findTerms(text, terms)) {
    if (start > at) segments.push({text: text.slice(at, start), mark: false});
    segments.push({text: text.slice(start, end), mark: true});
    at = end;
  }
  if (at < text.length) segments.push({text: text.slice(at), mark: false});
  return segments;
}

/**
 * A hit as the box and the page show it: the engine's, with its snippet once the snippets file has
 * arrived (loadEngine.ts); until then, its clause number and title alone.
 */
export type ShownHit = SearchHit & {snippet?: string};

export interface HitGroup<Hit extends SearchHit = ShownHit> {
  standard: string;
  hits: Hit[];
  /** Every term its hits matched: the group's heading (the standard's name) marks them too. */
  terms: ReadonlySet<string>;
}

/** Hits grouped by standard; groups in the order of their best hit, hits in rank order. */
export function groupByStandard<Hit extends SearchHit>(hits: readonly Hit[]): HitGroup<Hit>[] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.standard);
    if (group) group.push(hit);
    else groups.set(hit.standard, [hit]);
  }
  return [...groups].map(([standard, list]) => ({
    standard,
    hits: list,
    terms: new Set(list.flatMap((hit) => [...hit.terms])),
  }));
}

/** The query and filters a /search URL holds; unknown kinds are ignored. */
export function parseSearchParams(search: string): {query: string; filters: SearchFilters} {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  return {
    query: params.get('q') ?? '',
    filters: {
      standard: params.get('standard') || undefined,
      kind: SEARCH_KINDS.includes(kind as SearchKind) ? (kind as SearchKind) : undefined,
      theme: params.get('theme') || undefined,
    },
  };
}

export function searchParamsOf(query: string, filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of ['standard', 'kind', 'theme'] as const) if (filters[key]) params.set(key, filters[key]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a hit's clause number, title or snippet shows one of its matches. */
export const showsMatch = (hit: ShownHit): boolean =>
  [hit.ref ?? '', hit.title, hit.snippet ?? ''].some((text) => findTerms(text, hit.terms).length > 0);

const ELLIPSIS = '…';
/** A letter or digit of a script written with spaces between words (not Han). */
const SPACED_WORD_CHARACTER = /^(?!\p{Script=Han})[\p{L}\p{N}]$/u;
const inWord = (text: string, at: number): boolean =>
  at > 0 && at < text.length && SPACED_WORD_CHARACTER.test(text[at - 1]) && SPACED_WORD_CHARACTER.test(text[at]);

/**
 * The hit's snippet when it (or the clause number or title) shows a match; else about `length` characters of its
 * whole text around the first match, never cutting an English word in two (Chinese may be cut
 * anywhere), with an ellipsis where it was cut. The snippet as it is when the text holds no match.
 */
export function snippetShowingMatch(
  hit: ShownHit & {snippet: string},
  text: string | undefined,
  length: number,
): string {
  if (!text || showsMatch(hit)) return hit.snippet;
  const [first] = findTerms(text, hit.terms);
  if (!first) return hit.snippet;
  // A third of the window before the match, the rest after it.
  let start = Math.max(0, Math.min(first[0] - Math.floor(length / 3), text.length - length));
  let end = Math.min(text.length, start + length);
  while (start < first[0] && inWord(text, start)) start++;
  // Nor open on the end of the sentence before.
  while (start > 0 && start < first[0] && /[\s\p{P}]/u.test(text[start])) start++;
  while (end > first[1] && inWord(text, end)) end--;
  return `${start > 0 ? ELLIPSIS : ''}${text.slice(start, end).trim()}${end < text.length ? ELLIPSIS : ''}`;
}
