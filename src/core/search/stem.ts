/**
 * A small English stemmer (a reduced Porter 2): plurals, -ed/-ing, and the common derivational
 * suffixes. The index and the query both pass through it, so it needs to be consistent, not
 * linguistically complete: "protection", "protecting" and "protects" all become "protect".
 */

const VOWEL = /[aeiouy]/;

/** Suffix rules of step 2, longest first: a suffix is replaced only when what remains keeps a vowel. */
const DERIVATIONAL: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['ization', 'ize'],
  ['isation', 'ize'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['iveness', 'ive'],
  ['ability', 'able'],
  ['ibility', 'ible'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  // Porter's -ion after s or t: "protection" is "protect", "inspection" "inspect", "revision" "revis".
  ['tion', 't'],
  ['sion', 's'],
  ['ement', ''],
  ['ment', ''],
  ['ness', ''],
  ['ance', ''],
  ['ence', ''],
  ['ive', ''],
  ['ize', ''],
  ['ise', ''],
  ['ate', ''],
  ['ic', ''],
  ['al', ''],
];

/** Suffixes that need a longer base: "document" and "comment" are words, "manage-ment" is not. */
const MIN_BASE: Record<string, number> = {ement: 5, ment: 5, ic: 4};

const undouble = (word: string): string => (/([bdfgmnprt])\1$/.test(word) ? word.slice(0, -1) : word);

/** Step 1: possessives, plurals, -ed, -ing, -ly, and a final y after a consonant. */
function inflectional(word: string): string {
  let w = word.replace(/'s?$/, '');
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && VOWEL.test(w.slice(0, -2))) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'ly']) {
    if (w.endsWith(suffix) && VOWEL.test(w.slice(0, -suffix.length)) && w.length - suffix.length >= 3) {
      w = undouble(w.slice(0, -suffix.length));
      break;
    }
  }
  return w.length > 3 ? w.replace(/([^aeiou])y$/, '$1i') : w;
}

/** The stem of a lower-case English word. Words of three letters or fewer, and numbers, stay as they are. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = inflectional(word);
  // Suffixes stack ("certific-ation" -> "certific-ate" -> "certific"): peel up to three.
  for (let round = 0; round < 3; round++) {
    const rule = DERIVATIONAL.find(([suffix]) => w.endsWith(suffix));
    if (!rule) break;
    const base = w.slice(0, -rule[0].length);
    // Keep at least a syllable and three letters, so "state" or "rate" survive as words.
    if (base.length < (MIN_BASE[rule[0]] ?? 3) || !VOWEL.test(base)) break;
    w = `${base}${rule[1]}`;
  }
  return w.replace(/e$/, '').replace(/(.{4,})i$/, '$1');
}
