/**
 * A term's postings (the ids of the documents holding it, best positions first) as a short string
 * of printable ASCII, so that the index file is mostly strings: the browser parses a string at
 * the speed it copies it, and the engine decodes a term's list only when a query first needs it.
 *
 * Each id is stored as its difference from the previous one (zig-zag, so that going back from
 * one bucket of positions to the next is a small number too), in base 43, least significant digit
 * first: digits that continue a number and digits that end one come from two halves of the
 * alphabet. The alphabet has no quote and no backslash, so JSON and JavaScript never escape it.
 * A term's postings in each field are joined by FIELD_SEPARATOR, which is not one of its digits.
 */

const ALPHABET = Array.from({length: 0x7e - 0x28 + 1}, (_, i) => String.fromCharCode(0x28 + i))
  .filter((c) => c !== '\\')
  .join('');
const BASE = ALPHABET.length / 2;
const CONTINUE = ALPHABET.slice(0, BASE);
const END = ALPHABET.slice(BASE);

/** By character code: the digit's value, and whether it ends a number (DIGIT_ENDS). */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
const DIGIT_ENDS = new Uint8Array(128);
for (let i = 0; i < BASE; i++) {
  DIGIT_VALUE[CONTINUE.charCodeAt(i)] = i;
  DIGIT_VALUE[END.charCodeAt(i)] = i;
  DIGIT_ENDS[END.charCodeAt(i)] = 1;
}

/** Between the postings of a term's fields, in the order of FIELDS. */
export const FIELD_SEPARATOR = '!';

const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number): number => (n & 1 ? -(n + 1) / 2 : n / 2);

/** The ids, in their order, as postings text. */
export function encodePostings(ids: readonly number[]): string {
  let out = '';
  let previous = 0;
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0) throw new Error(`a document id is a whole number >= 0, got ${id}`);
    let n = zigzag(id - previous);
    previous = id;
    while (n >= BASE) {
      out += CONTINUE[n % BASE];
      n = Math.floor(n / BASE);
    }
    out += END[n];
  }
  return out;
}

/** The ids postings text holds, in order. */
export function decodePostings(text: string): Int32Array {
  let count = 0;
  for (let i = 0; i < text.length; i++) count += DIGIT_ENDS[text.charCodeAt(i)];
  const ids = new Int32Array(count);
  let previous = 0;
  let n = 0;
  let scale = 1;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = DIGIT_VALUE[code];
    if (digit < 0) throw new Error(`postings text holds "${text[i]}", which is not one of its digits`);
    n += digit * scale;
    if (DIGIT_ENDS[code]) {
      previous += unzigzag(n);
      ids[at++] = previous;
      n = 0;
      scale = 1;
    } else scale *= BASE;
  }
  return ids;
}
