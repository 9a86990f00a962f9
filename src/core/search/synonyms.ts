/**
 * The field's vocabulary as the engine matches it (standards-data/search-terms.yaml): each group's
 * words, in every locale, analysed into query units once, when the index is built, and shipped so.
 * Analysing them in the browser (a few hundred words through the tokenizer and the stemmer, code
 * the page has not run yet) took 15-45 ms of the first search in this project's Chromium, against
 * under 10 ms in Node: that is why it is done at build time, by the same code.
 */
import {parseCharacterTable} from './characterTable';
import {type QueryUnit, normalize, queryUnits} from './tokenize';

/** A word of a group, as the engine matches it in a query. */
export interface Phrase {
  units: QueryUnit[];
  /** Whether it is a word of the index's own locale. */
  own: boolean;
  /** Its Han characters, when it is written in Han (one run). */
  han?: string;
  /** Its normalized text, to tell phrases apart and to measure a query's likeness to it. */
  text: string;
}

/** The groups of words as the build gathers them, each as [this locale's words, the other locales' words]. */
export type SynonymWords = [own: string[], other: string[]][];

export interface SynonymGroup {
  /** The locale's first word as written: the one shown as a suggestion. */
  label: string;
  /** The locale's own words, then the other locales', each a phrase the engine can match. */
  phrases: Phrase[];
}

/**
 * The groups of words of one locale's index (plugins/standards-compiler/search/build.ts), analysed with the index's
 * Traditional -> Simplified table. A word that analyses to nothing (a stop word), or that mixes Han
 * with other scripts, cannot be matched as one phrase and is left out.
 */
export function analyzeSynonyms(groups: SynonymWords, characters: string): SynonymGroup[] {
  const table = parseCharacterTable(characters);
  return groups.map(([own, other]) => ({
    label: own[0],
    phrases: [...own, ...other]
      .map((written, i): Phrase => {
        const units = queryUnits(written, table);
        const [only] = units;
        const han = units.length === 1 && 'han' in only ? only.han : undefined;
        const phrase: Phrase = {units, own: i < own.length, text: normalize(written, table)};
        if (han !== undefined) phrase.han = han;
        return phrase;
      })
      .filter((p) => p.units.length > 0 && (p.han !== undefined || p.units.every((u) => !('han' in u)))),
  }));
}
