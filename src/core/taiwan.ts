/**
 * The interface's own texts in Traditional Chinese as Taiwan writes it, in the browser and on the
 * command line alike. No one writes them: the tables of this folder are written in Simplified
 * Chinese, and each one's `zh-Hant` entry is derived from its `zh-Hans` one by `withTaiwan`.
 *
 * OpenCC's dictionaries are megabytes, too much for a page; the build (npm run generate,
 * plugins/standards-compiler/cli/generateLocales.ts) converts every Han run written in src/ with
 * OpenCC and the reviewed table of Taiwan's terms (standards-data/terminology.yaml), and this module
 * replays those conversions: longest run first, then character by character for text put together
 * at run time. A Simplified-only character left in a zh-Hant page fails test/build/traditional.
 */
// `phrases`: each Han run of the interface's source, and each term, in its Taiwan form;
// `characters`: each character's, for runs the source never holds whole.
import {characters, phrases} from './generated/taiwan';

const LONGEST = Math.max(1, ...Object.keys(phrases).map((p) => p.length));
const HAN = /\p{Script=Han}/u;

/** `text` with its Simplified Chinese in Taiwan's Traditional forms and terms. */
export function toTaiwan(text: string): string {
  if (!HAN.test(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    let matched = false;
    if (HAN.test(text[i]))
      for (let n = Math.min(LONGEST, text.length - i); n >= 2; n--) {
        const phrase = phrases[text.slice(i, i + n)];
        if (phrase !== undefined) {
          out += phrase;
          i += n;
          matched = true;
          break;
        }
      }
    if (!matched) {
      out += characters[text[i]] ?? text[i];
      i += 1;
    }
  }
  return out;
}

/** A table's texts in Taiwan's forms: every string, and the string every function returns. */
export function taiwanText<T>(value: T): T {
  if (typeof value === 'string') return toTaiwan(value) as T;
  if (typeof value === 'function')
    return ((...args: unknown[]) => taiwanText((value as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value.map(taiwanText) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, taiwanText(v)])) as T;
  return value;
}

/** A table written in English and Simplified Chinese, with its Traditional Chinese derived. */
export const withTaiwan = <T extends {en: unknown; 'zh-Hans': unknown}>(table: T): T & {'zh-Hant': T['zh-Hans']} => ({
  ...table,
  'zh-Hant': taiwanText(table['zh-Hans']),
});
