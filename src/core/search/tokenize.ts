/**
 * How text becomes search terms, the same for the index (at build time) and for a query (in the
 * browser): one function, so the two can never disagree.
 *
 * - Latin words are lower-cased, stop words dropped and the rest stemmed (stem.ts: Porter).
 * - Ids and numbers stay as typed, dots included: "9001", "8.5", "a.5", "3.2.1" ("v4.0" is "4.0").
 * - Han text has no spaces between words: a run of Han characters becomes its overlapping
 *   character pairs ("质量管理" -> 质量 量管 管理), so a word or phrase matches wherever it sits
 *   in a longer text. A lone character is a term of its own.
 * - Traditional characters are mapped to Simplified with a table the index ships (traditional.ts).
 */
import {stem} from './stem';

const TOKEN = /\p{Script=Han}+|[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*/gu;
const HAN = /^\p{Script=Han}/u;
const HAS_DIGIT = /\d/;

/** Words too common to find anything by; dropping them keeps the index small. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can do does for from had has have how if in into is it its ' +
    'no not of on or so such than that the their them then there these they this those to was ' +
    'we were what when where which while who whom why will with would you your'
  ).split(' '),
);

/** One term of a query, in the order typed: `source` is the word or Han run it came from. */
export interface QueryTerm {
  term: string;
  source: string;
  script: 'latin' | 'id' | 'han';
}

/** Traditional -> Simplified, one character each, as the index ships it. */
export type CharacterMap = ReadonlyMap<string, string>;

export const normalize = (text: string, characters?: CharacterMap): string => {
  const lower = text.normalize('NFKC').toLowerCase();
  if (!characters || characters.size === 0) return lower;
  let out = '';
  for (const c of lower) out += characters.get(c) ?? c;
  return out;
};

const hanTerms = (run: string): string[] => {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
};

/** The index term of one Latin token (a word or an id), or undefined for a stop word. */
export function latinTerm(token: string): QueryTerm | undefined {
  if (HAS_DIGIT.test(token) || token.includes('.'))
    return {term: token.replace(/^v(?=\d)/, ''), source: token, script: 'id'};
  if (token.length > 1 && !STOP_WORDS.has(token)) return {term: stem(token), source: token, script: 'latin'};
  return undefined;
}

/**
 * A query before its Han runs are cut into pairs: each Latin word or id as its term, each Han run
 * as it is (so that a word can be found, and replaced, inside a run: search-terms synonyms).
 */
export type QueryUnit = QueryTerm | {han: string};

/**
 * How a Chinese reader asks what a word means ("什么是认可", "认可是什么意思"): the Han stop words
 * of a query, at the start or the end of a run, dropped as "what is" is in English. Written in
 * Simplified: a Traditional query is normalized first.
 */
const HAN_QUESTION = /^(?:什么是|何谓|何为)|(?:是什么意思|是什么|的意思|什么意思|指什么)$/gu;

/** The units of `text`, in order (stop words dropped). */
export function queryUnits(text: string, characters?: CharacterMap): QueryUnit[] {
  const units: QueryUnit[] = [];
  for (const [found] of normalize(text, characters).matchAll(TOKEN)) {
    const token = HAN.test(found) ? found.replace(HAN_QUESTION, '') || found : found;
    if (HAN.test(token)) units.push({han: token});
    else {
      const term = latinTerm(token);
      if (term) units.push(term);
    }
  }
  return units;
}

/** The terms of query units, in order: a Han run becomes its overlapping pairs. */
export function termsOfUnits(units: readonly QueryUnit[]): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const unit of units) {
    if ('han' in unit) for (const term of hanTerms(unit.han)) terms.push({term, source: unit.han, script: 'han'});
    else terms.push(unit);
  }
  return terms;
}

/** The terms of `text`, in order, with the word or run each came from. */
export const analyze = (text: string, characters?: CharacterMap): QueryTerm[] =>
  termsOfUnits(queryUnits(text, characters));

/** Where in `text` the given index terms occur, as [start, end) ranges, for highlighting. */
export function findTerms(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return ranges;
  for (const match of lower.matchAll(TOKEN)) {
    const [token] = match;
    const start = match.index;
    if (HAN.test(token)) {
      const chars = [...token];
      if (chars.length === 1 && terms.has(token)) ranges.push([start, start + token.length]);
      // Han characters of the corpus are in the Basic Multilingual Plane: one UTF-16 unit each.
      for (let i = 0; i + 1 < chars.length; i++)
        if (terms.has(chars[i] + chars[i + 1])) ranges.push([start + i, start + i + 2]);
    } else if (terms.has(latinTerm(token)?.term ?? '')) {
      ranges.push([start, start + token.length]);
    }
  }
  // Overlapping pairs ("质量" and "量管") merge into one range.
  const merged: [number, number][] = [];
  for (const r of ranges.sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/**
 * The index's view of a text: its terms, each once, its Traditional characters read as Simplified
 * with the index's table, as queries' are (the Traditional locale's text is indexed so).
 */
export const indexTerms = (text: string, characters?: CharacterMap): string[] => [
  ...new Set(analyze(text, characters).map((t) => t.term)),
];
