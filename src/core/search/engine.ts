/**
 * The search engine: reads one locale's index file (built with FlexSearch at build time,
 * buildIndex.ts) and answers queries with `SearchEngine.search` — the same code in the browser,
 * the relevance test and the benchmark.
 *
 * A query is analyzed (tokenize.ts), widened (prefixes as you type, one typo, a lone Han
 * character) and scored here, over the index file as FlexSearch ranked it (indexFile.ts): terms
 * found by binary search in their sorted list, a term's postings decoded when a query first needs
 * them, a document made into an object when it is shown. Loading is thus little more than parsing
 * the file, and a query is a few hundred array reads into scratch arrays reused from query to
 * query, with no allocation per document; FlexSearch stays out of the browser.
 */
import {
  FIELDS,
  SEARCH_INDEX_VERSION,
  type SearchIndexFile,
  type StoredDocument,
  type StoredTuple,
  storedKind,
  unpackHref,
} from './indexFile';
import {FIELD_SEPARATOR, decodePostings} from './postings';
import {SEARCH_KINDS, type SearchKind} from './kinds';
import {
  type CharacterMap,
  type QueryTerm,
  type QueryUnit,
  analyze,
  normalize,
  queryUnits,
  termsOfUnits,
} from './tokenize';
import {parseCharacterTable} from './characterTable';
import type {Phrase} from './synonyms';

export type {SearchIndexFile, StoredDocument};

/**
 * How much a match in each field counts, in the order of FIELDS: keys, heading, body, alias (the
 * thing's names in the other locales: below its own title, so the reader's locale wins ties).
 */
const FIELD_WEIGHTS = [4, 3, 1, 2] as const;
/**
 * How much a result found through a synonym counts against one found by the words typed: a little
 * less, so that the reader's own words win ties.
 */
const SYNONYM_WEIGHT = 0.9;
/** ... and one found through another of the locale's words for the same thing, a little less again. */
const REWORDED_WEIGHT = 0.85;
/** At most this many rewordings of a query are searched besides the query itself. */
const MAX_VARIANTS = 24;
/** The least likeness (0 to 1) of a query to a word of the vocabulary for the word to be suggested. */
const MIN_SUGGESTION_LIKENESS = 0.4;
/** ... and at least this share of the best word's likeness. */
const NEAREST_SHARE = 0.75;
/**
 * Which kind wins a tie: the standard itself, then its clauses, prose, mappings, then a glossary term (a reader
 * typing a clause's words means the clause; the glossary answers what a word means, where nothing else does).
 */
const KIND_WEIGHTS: Record<SearchKind, number> = {standard: 1.3, clause: 1.15, page: 1, crosswalk: 0.9, term: 0.8};
/**
 * A clause of an edition other than the one a standard's name means counts this much of the same
 * clause of that edition: "ISO 27001 9.2" finds the 2022 clause first, the 2013 one after it.
 */
const SUPERSEDED_WEIGHT = 0.8;
/**
 * A clause of the common structure (the Harmonized Structure) counts this much of the same clause of
 * a standard built on it: "management review" finds ISO 9001's and ISO/IEC 27001's 9.3 before the
 * structure's own, which a trainer still finds by naming it ("Harmonized Structure 9.3").
 */
const STRUCTURE_WEIGHT = 0.8;

export interface SearchHit extends StoredDocument {
  id: number;
  score: number;
  /** On a standard's own result, its status where it is not plainly current ("Not confirmed since 2014"). */
  status?: string;
  /** The index terms that matched, for highlighting. */
  terms: ReadonlySet<string>;
}

export interface SearchFilters {
  standard?: string;
  kind?: SearchKind;
  theme?: string;
}

/**
 * Documents read per term and field, best positions first: a term in more is too common to rank by,
 * and past them it only adds to documents the query's rarer terms found.
 */
const PER_TERM_LIMIT = 150;
const PREFIX_LIMIT = 10;
const MIN_TYPO_LENGTH = 5;
const [LOWER_A, LOWER_Z] = ['a'.charCodeAt(0), 'z'.charCodeAt(0)];
const isLetter = (code: number) => code >= LOWER_A && code <= LOWER_Z;
/** Terms a typo may stand for: words of letters (ids and Han pairs have no typos). */
const LATIN_WORD = /^\p{L}+$/u;

/** The letters a-z a word holds, one bit each; bit 26 for any other character. */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    set |= isLetter(code) ? 1 << (code - LOWER_A) : 1 << 26;
  }
  return set;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count++;
  return count;
}

/** Whether `word` from `from + skipWord` on equals `term` from `from + skipTerm` on. */
function restEqual(word: string, term: string, from: number, skipWord: number, skipTerm: number): boolean {
  for (let k = from; k + skipWord < word.length; k++)
    if (word.charCodeAt(k + skipWord) !== term.charCodeAt(k + skipTerm)) return false;
  return true;
}

/**
 * Whether `term` is one edit away from `word`: a character deleted, two neighbours swapped, or a
 * letter (a-z) put in place of a character or inserted. Compares in place: nothing is allocated
 * (no closure either: this runs for every term of a similar length).
 */
function oneEditAway(word: string, term: string): boolean {
  const n = word.length;
  const m = term.length;
  const shorter = n < m ? n : m;
  let i = 0;
  while (i < shorter && word.charCodeAt(i) === term.charCodeAt(i)) i++;
  if (m === n - 1) return restEqual(word, term, i, 1, 0);
  if (m === n + 1) return isLetter(term.charCodeAt(i)) && restEqual(word, term, i, 0, 1);
  if (m !== n || i === n) return false;
  if (isLetter(term.charCodeAt(i)) && restEqual(word, term, i + 1, 0, 0)) return true;
  return (
    i + 1 < n &&
    word.charCodeAt(i) === term.charCodeAt(i + 1) &&
    word.charCodeAt(i + 1) === term.charCodeAt(i) &&
    restEqual(word, term, i + 2, 0, 0)
  );
}

/** The alternatives of one query term: index term ids and how much a match of each counts. */
class Alternatives {
  readonly ids: number[] = [];
  readonly weights: number[] = [];
  add(id: number, weight: number): void {
    const at = this.ids.indexOf(id);
    if (at < 0) {
      this.ids.push(id);
      this.weights.push(weight);
    } else if (this.weights[at] < weight) this.weights[at] = weight;
  }
  get size(): number {
    return this.ids.length;
  }
}

/** A word or phrase of a synonym group, as a query's units: Latin terms, or one Han run. */
/** Where a phrase of a group was found in a query: units [start, end), or characters [from, to) of Han unit `start`. */
interface PhraseMatch {
  group: number;
  phrase: number;
  start: number;
  end: number;
  from: number;
  to: number;
}

/** The pairs of letters of a Latin text (its words padded with spaces), for likeness. */
function letterPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const padded = ` ${word} `;
    for (let i = 0; i + 1 < padded.length; i++) pairs.add(padded.slice(i, i + 2));
  }
  return pairs;
}

/** The Dice coefficient of two sets: 1 when equal, 0 when disjoint. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const HAN_CHARACTER = /\p{Script=Han}/u;
const hanCharacters = (text: string): Set<string> => new Set([...text].filter((c) => HAN_CHARACTER.test(c)));

/** Units with the phrase match `m` replaced by `by`'s units (inside a Han run, the run is cut around it). */
function replaceMatch(units: readonly QueryUnit[], m: PhraseMatch, by: Phrase): QueryUnit[] {
  const unit = units[m.start];
  if ('han' in unit && m.end === m.start + 1 && m.to > 0) {
    const before = unit.han.slice(0, m.from);
    const after = unit.han.slice(m.to);
    const middle: QueryUnit[] =
      by.han !== undefined
        ? [{han: before + by.han + after}]
        : [...(before ? [{han: before}] : []), ...by.units, ...(after ? [{han: after}] : [])];
    return [...units.slice(0, m.start), ...middle, ...units.slice(m.start + 1)];
  }
  return [...units.slice(0, m.start), ...by.units, ...units.slice(m.end)];
}

export class SearchEngine {
  readonly locale: string;
  readonly themes: SearchIndexFile['themes'];
  private readonly characters: CharacterMap;
  private readonly statuses: Readonly<Record<string, string>>;
  /** Simplified character -> the Traditional ones the index reads as it. */
  private readonly traditionalOf = new Map<string, string[]>();
  /**
   * The field's vocabulary: groups of phrases that mean the same, the locale's own words first
   * then the other locales'.
   */
  private readonly synonyms: Phrase[][];
  /** Each group's first word as written, shown as a suggestion. */
  private readonly synonymLabels: string[];
  /** Every indexed term, in order (an id is a term's place in it), and how many documents hold each. */
  private readonly terms: string[];
  private readonly frequency: number[];
  /** By term id: the term's postings as the file holds them; by field, then term id, as decoded on first use. */
  private readonly postingsText: string[];
  private readonly postings: (Int32Array | null)[][];
  private readonly decoded: Uint8Array;
  /** Made on the first typo: Latin term ids by length, with the letters each holds. */
  private typoCandidates?: {ids: Int32Array; letters: Int32Array}[];
  /** By document id: the stored document as the file holds it, as shown (made on first use), its kind's weight. */
  private readonly tuples: StoredTuple[];
  /** What the tuples point at: the standards and the titles, each once. */
  private readonly standards: string[];
  private readonly titles: string[];
  private readonly docs: (StoredDocument | null)[];
  private readonly kindWeights: Float64Array;
  private readonly size: number;
  /** By filter: which documents pass it (1), made on the filter's first use. */
  private readonly filterMasks = new Map<string, Uint8Array>();

  // Scratch space reused by every query, one slot per document: best score of the current query
  // term, and its index term; total score, matched query terms, and those terms. A document's
  // entry counts only when its stamp is the current query's (or query term's): no clearing.
  private readonly termStamp: Int32Array;
  private readonly termBest: Float64Array;
  private readonly termBestId: Int32Array;
  private readonly queryStamp: Int32Array;
  private readonly scores: Float64Array;
  private readonly matched: Int32Array;
  private matchedTerms: Int32Array;
  private termsPerDoc = 4;
  private stamp = 0;
  private readonly touched: Int32Array;
  private readonly candidates: Int32Array;

  constructor(file: SearchIndexFile) {
    if (file.version !== SEARCH_INDEX_VERSION)
      throw new Error(`search index version ${file.version}, expected ${SEARCH_INDEX_VERSION}`);
    this.locale = file.locale;
    this.themes = file.themes;
    this.statuses = file.statuses;
    this.characters = parseCharacterTable(file.characters);
    for (const [traditional, simplified] of this.characters)
      this.traditionalOf.set(simplified, [...(this.traditionalOf.get(simplified) ?? []), traditional]);
    // Analysed at build time (synonyms.ts).
    this.synonymLabels = file.synonyms.map((group) => group.label);
    this.synonyms = file.synonyms.map((group) => group.phrases);
    this.terms = file.terms;
    this.frequency = file.frequency;
    this.postingsText = file.postings;
    // Filled with null rather than left with holes: a holey array is slower to read.
    this.postings = FIELDS.map(() => new Array<Int32Array | null>(file.terms.length).fill(null));
    this.decoded = new Uint8Array(file.terms.length);
    this.tuples = file.documents;
    this.standards = file.standards;
    this.titles = file.titles;
    const size = file.documents.length;
    this.size = size;
    this.docs = new Array<StoredDocument | null>(size).fill(null);
    this.kindWeights = Float64Array.from(file.documents, (tuple) => KIND_WEIGHTS[storedKind(tuple)]);
    for (const id of file.superseded) this.kindWeights[id] *= SUPERSEDED_WEIGHT;
    for (const id of file.structure) this.kindWeights[id] *= STRUCTURE_WEIGHT;
    this.termStamp = new Int32Array(size);
    this.termBest = new Float64Array(size);
    this.termBestId = new Int32Array(size);
    this.queryStamp = new Int32Array(size);
    this.scores = new Float64Array(size);
    this.matched = new Int32Array(size);
    this.matchedTerms = new Int32Array(size * this.termsPerDoc);
    this.touched = new Int32Array(size);
    this.candidates = new Int32Array(size);
  }

  /** The id of the first indexed term at or after `key` in term order: a binary search. */
  private firstAtOrAfter(key: string): number {
    const {terms} = this;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The id of an indexed term, or -1. */
  private termId(term: string): number {
    const at = this.firstAtOrAfter(term);
    return this.terms[at] === term ? at : -1;
  }

  /** The documents holding a term in a field, best positions first: decoded on first use, then kept. */
  private postingsOf(field: number, termId: number): Int32Array | null {
    if (!this.decoded[termId]) {
      this.decoded[termId] = 1;
      this.postingsText[termId].split(FIELD_SEPARATOR).forEach((text, f) => {
        if (text) this.postings[f][termId] = decodePostings(text);
      });
    }
    return this.postings[field][termId];
  }

  /** The stored document of an id, as shown. */
  private document(id: number): StoredDocument {
    const known = this.docs[id];
    if (known) return known;
    const tuple = this.tuples[id];
    const [, standardAt, ref, titleAt, href, themes] = tuple;
    const standard = this.standards[standardAt];
    const title = this.titles[titleAt];
    const doc: StoredDocument = {kind: storedKind(tuple), standard, title, href: unpackHref(href, standard)};
    if (ref) doc.ref = ref;
    if (themes) doc.themes = themes;
    return (this.docs[id] = doc);
  }

  /** Which documents pass the filters (1), or undefined when no filter is set. */
  private filterMask({kind, standard, theme}: SearchFilters): Uint8Array | undefined {
    if (!kind && !standard && !theme) return undefined;
    const key = JSON.stringify([kind, standard, theme]);
    let mask = this.filterMasks.get(key);
    if (!mask) {
      // The tuples name kinds and standards by place: compare places (-1, none, for an unknown standard).
      const kindAt = kind ? SEARCH_KINDS.indexOf(kind) : -1;
      const standardAt = standard ? this.standards.indexOf(standard) : -1;
      mask = Uint8Array.from(this.tuples, ([k, s, , , , themes]) =>
        (!kind || k === kindAt) && (!standard || s === standardAt) && (!theme || themes?.includes(theme)) ? 1 : 0,
      );
      this.filterMasks.set(key, mask);
    }
    return mask;
  }

  /**
   * Indexed terms that start with `prefix` (not the prefix itself): all of them in term order when
   * there are at most `limit`, else the `limit` most frequent, ties in term order.
   */
  private withPrefix(prefix: string, found: Alternatives, weight: number, limit = PREFIX_LIMIT): void {
    const {terms, frequency} = this;
    const lo = this.firstAtOrAfter(prefix);
    // The most frequent, by insertion as they come: a stable selection.
    const top: number[] = [];
    let count = 0;
    for (let id = lo; id < terms.length; id++) {
      const term = terms[id];
      if (!term.startsWith(prefix)) break;
      if (term === prefix) continue;
      count++;
      const f = frequency[id];
      if (top.length === limit && frequency[top[limit - 1]] >= f) continue;
      let at = top.length;
      while (at > 0 && frequency[top[at - 1]] < f) at--;
      top.splice(at, 0, id);
      if (top.length > limit) top.pop();
    }
    if (count <= limit) top.sort((a, b) => a - b);
    for (const id of top) found.add(id, weight);
  }

  private groupByLength(): {ids: Int32Array; letters: Int32Array}[] {
    const byLength: number[][] = [];
    this.terms.forEach((term, id) => {
      if (LATIN_WORD.test(term)) (byLength[term.length] ??= []).push(id);
    });
    return Array.from(byLength, (ids = []) => ({
      ids: Int32Array.from(ids),
      letters: Int32Array.from(ids, (id) => letterSet(this.terms[id])),
    }));
  }

  private addTerm(term: string, found: Alternatives, weight: number): void {
    const id = this.termId(term);
    if (id >= 0) found.add(id, weight);
  }

  /** The indexed terms a query term stands for, each with how much a match counts. */
  private alternatives(q: QueryTerm, typing: boolean): Alternatives {
    const alts = new Alternatives();
    this.addTerm(q.term, alts, 1);
    if (q.script === 'han') {
      // A lone character: the pairs that begin with it.
      if ([...q.term].length === 1) this.withPrefix(q.term, alts, 0.8);
      return alts;
    }
    if (typing || (q.script === 'id' && alts.size === 0)) {
      this.withPrefix(q.term, alts, 0.7);
      if (q.source !== q.term) this.withPrefix(q.source, alts, 0.7);
    }
    if (q.script === 'latin' && alts.size === 0 && q.source.length >= MIN_TYPO_LENGTH) {
      const word = q.term;
      const wordLetters = letterSet(word);
      this.typoCandidates ??= this.groupByLength();
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        const group = this.typoCandidates[length];
        if (!group) continue;
        for (let k = 0; k < group.ids.length; k++) {
          // One edit adds at most one letter to the word's letters and takes away at most one.
          const letters = group.letters[k];
          if (bitCount(letters & ~wordLetters) > 1 || bitCount(wordLetters & ~letters) > 1) continue;
          if (oneEditAway(word, this.terms[group.ids[k]])) alts.add(group.ids[k], 0.5);
        }
      }
    }
    if (q.script === 'latin' && alts.size === 0) {
      // A word typed past its stem ("certificat" where the index holds "certif").
      for (let n = q.source.length - 1; n >= 4 && alts.size === 0; n--) this.addTerm(q.source.slice(0, n), alts, 0.6);
    }
    return alts;
  }

  /** Where each synonym group's longest phrase stands in the query's units, one match a group. */
  private phraseMatches(units: readonly QueryUnit[]): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    this.synonyms.forEach((group, g) => {
      let best: PhraseMatch | undefined;
      let bestLength = 0;
      group.forEach((phrase, p) => {
        if (phrase.text.length <= bestLength) return;
        if (phrase.han !== undefined) {
          for (let u = 0; u < units.length; u++) {
            const unit = units[u];
            const from = 'han' in unit ? unit.han.indexOf(phrase.han) : -1;
            if (from >= 0) {
              best = {group: g, phrase: p, start: u, end: u + 1, from, to: from + phrase.han.length};
              bestLength = phrase.text.length;
              return;
            }
          }
          return;
        }
        const n = phrase.units.length;
        for (let u = 0; u + n <= units.length; u++) {
          let k = 0;
          while (k < n) {
            const unit = units[u + k];
            const want = phrase.units[k];
            if ('han' in unit || 'han' in want || unit.term !== want.term) break;
            k++;
          }
          if (k === n) {
            best = {group: g, phrase: p, start: u, end: u + n, from: 0, to: 0};
            bestLength = phrase.text.length;
            return;
          }
        }
      });
      if (best) matches.push(best);
    });
    return matches;
  }

  /**
   * The query reworded with the field's vocabulary: each group found in it replaced by each of the
   * group's other words (one group at a time), and once with every group found replaced by the
   * locale's own word (a query in the other language, translated word by word).
   */
  private variants(units: readonly QueryUnit[]): {
    segmented?: QueryTerm[];
    translated?: QueryTerm[];
    reworded: QueryTerm[][];
  } {
    const matches = this.phraseMatches(units);
    if (matches.length === 0) return {reworded: []};
    const out: QueryTerm[][] = [];
    const seen = new Set<string>([
      termsOfUnits(units)
        .map((t) => t.term)
        .join(' '),
    ]);
    const add = (variant: QueryUnit[]) => {
      const terms = termsOfUnits(variant);
      const key = terms.map((t) => t.term).join(' ');
      if (terms.length > 0 && !seen.has(key) && out.length < MAX_VARIANTS) {
        seen.add(key);
        out.push(terms);
      }
    };
    // Matches from the last to the first, skipping any that overlaps one kept: the query translated
    // (each replaced by the locale's own word), and segmented (each Han word a run of its own, so
    // that no pair straddles two words: 坐席培训 looks for 坐席 and 培训, not 席培).
    const ordered = [...matches].sort((a, b) => b.start - a.start || b.from - a.from);
    let translated: QueryUnit[] = [...units];
    let segmented: QueryUnit[] = [...units];
    let kept: PhraseMatch | undefined;
    for (const m of ordered) {
      const withinOneRun = kept && m.start === kept.start && m.to > 0 && kept.to > 0;
      if (kept && (withinOneRun ? m.to > kept.from : m.end > kept.start)) continue;
      // Translated to the locale's own word, unless it is one already.
      const phrase = this.synonyms[m.group][m.phrase];
      const own = phrase.own ? phrase : this.synonyms[m.group][0];
      translated = replaceMatch(translated, m, {...own, han: undefined});
      if (phrase.han !== undefined) segmented = replaceMatch(segmented, m, {...phrase, han: undefined});
      kept = m;
    }
    const segmentedTerms = termsOfUnits(segmented);
    seen.add(segmentedTerms.map((t) => t.term).join(' '));
    const translatedTerms = termsOfUnits(translated);
    const translatedKey = translatedTerms.map((t) => t.term).join(' ');
    const translates = !seen.has(translatedKey);
    seen.add(translatedKey);
    for (const m of matches)
      this.synonyms[m.group].forEach((phrase, p) => {
        // Reworded in the locale's own words: the other locales' are found through `alias`.
        if (p !== m.phrase && phrase.own) add(replaceMatch(units, m, {...phrase, han: undefined}));
      });
    const original = termsOfUnits(units);
    const same =
      segmentedTerms.length === original.length && segmentedTerms.every((t, i) => t.term === original[i].term);
    return {
      segmented: same ? undefined : segmentedTerms,
      translated: translates ? translatedTerms : undefined,
      reworded: out,
    };
  }

  /**
   * The documents matching `query`, best first. `query` is what the reader typed, as typed. With
   * filters, only the documents that pass them are read, so a filter finds its documents even
   * under a term too common to read every document of. A query holding words of the field's
   * vocabulary also looks for their synonyms, in every locale (search-terms.yaml); a document found
   * both ways keeps its better score.
   */
  search(query: string, {limit = 20, filters = {}}: {limit?: number; filters?: SearchFilters} = {}): SearchHit[] {
    const units = queryUnits(query, this.characters);
    const terms = termsOfUnits(units);
    if (terms.length === 0) return [];
    const mask = this.filterMask(filters);
    const typingAt = /[\s\p{P}]$/u.test(query) ? -1 : terms.length - 1;
    const best = new Map<number, {score: number; terms: Set<string>}>();
    this.collect(terms, typingAt, mask, limit, 1, best);
    const {segmented, translated, reworded} = this.variants(units);
    // The words typed, cut where the vocabulary knows a word ends, count as typed.
    if (segmented) this.collect(segmented, -1, mask, limit, 1, best);
    if (translated) this.collect(translated, -1, mask, limit, SYNONYM_WEIGHT, best);
    // Another word for the same thing must be found whole: part of it is mostly noise (话务 of 话务员).
    for (const variant of reworded) this.collect(variant, -1, mask, limit, REWORDED_WEIGHT, best, true);
    return [...best]
      .sort(([a, x], [b, y]) => y.score - x.score || a - b)
      .slice(0, limit)
      .map(([id, {score, terms: matched}]) => {
        const doc = this.document(id);
        const status = doc.kind === 'standard' ? this.statuses[doc.standard] : undefined;
        return {id, ...doc, score, terms: this.writtenForms(matched), ...(status && {status})};
      });
  }

  /**
   * Matched terms as the text may write them: the index reads Traditional characters as Simplified,
   * so a Traditional page's 驗證 is indexed as 验证; highlighting looks for both forms.
   */
  private writtenForms(terms: Set<string>): Set<string> {
    if (this.traditionalOf.size === 0) return terms;
    const forms = new Set(terms);
    for (const term of terms) {
      let written = [''];
      for (const c of term)
        written = written.flatMap((w) => [c, ...(this.traditionalOf.get(c) ?? [])].map((x) => w + x));
      for (const w of written) forms.add(w);
    }
    return forms;
  }

  /** Scores the documents matching `terms` and keeps, in `best`, the `limit` best of them (times `weight`). */
  private collect(
    terms: QueryTerm[],
    typingAt: number,
    mask: Uint8Array | undefined,
    limit: number,
    weight: number,
    best: Map<number, {score: number; terms: Set<string>}>,
    whole = false,
  ): void {
    if (terms.length > this.termsPerDoc) {
      this.termsPerDoc = terms.length;
      this.matchedTerms = new Int32Array(this.size * terms.length);
    }
    const {
      termStamp,
      termBest,
      termBestId,
      queryStamp,
      scores,
      matched,
      matchedTerms,
      termsPerDoc,
      touched,
      candidates,
    } = this;
    const queryAt = ++this.stamp;
    let candidateCount = 0;
    const slots = terms.map((term, slot) => {
      const alts = this.alternatives(term, slot === typingAt);
      let df = 1;
      for (const id of alts.ids) df = Math.max(df, this.frequency[id]);
      return {alts, df};
    });
    // Rarest terms first: a common term's list is read only to PER_TERM_LIMIT documents, and past
    // that only for the documents the rarer terms found. So "ISO 27001 9.2" finds 27001's clause
    // 9.2 although hundreds of documents hold "ISO" and "27001" and that clause comes late in both.
    const order = slots.map((_, slot) => slot).sort((a, b) => slots[a].df - slots[b].df || a - b);
    for (const slot of order) {
      const {alts, df} = slots[slot];
      const idf = Math.log(1 + this.size / df);
      // Per document, the best match of this query term: its score and the index term that made it.
      const termAt = ++this.stamp;
      let touchedCount = 0;
      for (let a = 0; a < alts.ids.length; a++) {
        const termId = alts.ids[a];
        for (let field = 0; field < FIELD_WEIGHTS.length; field++) {
          const ids = this.postingsOf(field, termId);
          if (!ids) continue;
          const fieldWeight = FIELD_WEIGHTS[field] * alts.weights[a];
          let passing = ids.length;
          if (mask) {
            passing = 0;
            for (let k = 0; k < ids.length; k++) passing += mask[ids[k]];
          }
          const n = Math.min(passing, PER_TERM_LIMIT);
          for (let k = 0, rank = 0; k < ids.length; k++) {
            const id = ids[k];
            if (mask && mask[id] === 0) continue;
            if (rank >= n && queryStamp[id] !== queryAt) continue;
            // Earlier in the text counts a little more; past the cut, as the last before it.
            const s = fieldWeight * (1 - Math.min(rank++, n - 1) / (4 * n));
            if (termStamp[id] !== termAt) {
              termStamp[id] = termAt;
              touched[touchedCount++] = id;
            } else if (termBest[id] >= s) continue;
            termBest[id] = s;
            termBestId[id] = termId;
          }
        }
      }
      for (let k = 0; k < touchedCount; k++) {
        const id = touched[k];
        const s = termBest[id] * idf;
        if (queryStamp[id] !== queryAt) {
          queryStamp[id] = queryAt;
          candidates[candidateCount++] = id;
          scores[id] = s;
          matched[id] = 0;
        } else scores[id] += s;
        matchedTerms[id * termsPerDoc + matched[id]] = termBestId[id];
        matched[id] += 1;
      }
    }
    this.rank(
      candidates,
      candidateCount,
      terms.length,
      whole ? terms.length : Math.ceil(terms.length / 2),
      limit,
      weight,
      best,
    );
  }

  /**
   * Keeps in `best` the `limit` best candidates that matched at least `needed` of the query's `termCount`
   * terms, scored first by the share of terms they matched, then by how well (times `weight`).
   */
  private rank(
    candidates: Int32Array,
    count: number,
    termCount: number,
    needed: number,
    limit: number,
    weight: number,
    best: Map<number, {score: number; terms: Set<string>}>,
  ): void {
    const {scores, matched, kindWeights} = this;
    // The best `limit`, best first (ties: lower id first), by insertion: `limit` is small.
    const topIds: number[] = [];
    const topScores: number[] = [];
    for (let k = 0; k < count; k++) {
      const id = candidates[k];
      if (matched[id] < needed) continue;
      const score = ((matched[id] * 1000 + scores[id] * kindWeights[id]) / termCount) * weight;
      const last = topIds.length - 1;
      if (topIds.length === limit && (topScores[last] > score || (topScores[last] === score && topIds[last] < id)))
        continue;
      let at = topIds.length;
      while (at > 0 && (topScores[at - 1] < score || (topScores[at - 1] === score && topIds[at - 1] > id))) at--;
      topIds.splice(at, 0, id);
      topScores.splice(at, 0, score);
      if (topIds.length > limit) {
        topIds.pop();
        topScores.pop();
      }
    }
    topIds.forEach((id, i) => {
      const known = best.get(id);
      if (known && known.score >= topScores[i]) return;
      const terms = new Set<string>();
      for (let t = 0; t < matched[id]; t++) terms.add(this.terms[this.matchedTerms[id * this.termsPerDoc + t]]);
      best.set(id, {score: topScores[i], terms});
    });
  }

  /**
   * For a query that finds nothing: the words of the field's vocabulary nearest to it (by shared
   * pairs of letters, or shared Han characters), in this locale, each one that finds something.
   */
  suggest(query: string, limit = 5): string[] {
    const text = normalize(query, this.characters).trim();
    if (!text) return [];
    const queryHan = hanCharacters(text);
    const queryPairs = letterPairs(text.replace(/\p{Script=Han}/gu, ' '));
    const likeness = (phrase: Phrase) =>
      phrase.han !== undefined ? dice(queryHan, hanCharacters(phrase.han)) : dice(queryPairs, letterPairs(phrase.text));
    const nearest = this.synonyms
      .map((group, g) => ({g, like: Math.max(0, ...group.map(likeness))}))
      .filter(({like}) => like >= MIN_SUGGESTION_LIKENESS)
      .sort((a, b) => b.like - a.like || a.g - b.g);
    // Only the nearest: words much less like the query than the best one are noise.
    const floor = (nearest[0]?.like ?? 0) * NEAREST_SHARE;
    const out: string[] = [];
    for (const {g, like} of nearest) {
      if (like < floor) break;
      const label = this.synonymLabels[g];
      if (out.length === limit) break;
      if (normalize(label, this.characters) !== text && this.search(label, {limit: 1}).length > 0) out.push(label);
    }
    return out;
  }

  /** The query's text normalized as the index sees it (Traditional mapped to Simplified). */
  analyze(query: string): QueryTerm[] {
    return analyze(query, this.characters);
  }
}
