/**
 * Characters only Simplified Chinese writes: OpenCC writes them otherwise in Taiwan's Traditional
 * (cn -> tw) and does not read them as a Traditional form of anything (tw -> cn keeps them).
 * A few such characters are also Traditional ones in words of their own, which Taiwan's own
 * locale data writes (ICU: 千里達, 烏干達, 台灣; and 批准): those are not counted. 后 is, since
 * this site has no queen: a 后 in its Traditional text is an unconverted 後.
 */
import * as OpenCC from 'opencc-js';

const toTaiwan = OpenCC.Converter({from: 'cn', to: 'tw'});
const toMainland = OpenCC.Converter({from: 'tw', to: 'cn'});
const HAN = /\p{Script=Han}/u;
const ALSO_TRADITIONAL = new Set([...'里干台准于云']);
const verdicts = new Map<string, boolean>();

export const isSimplifiedOnly = (c: string): boolean => {
  let verdict = verdicts.get(c);
  if (verdict === undefined)
    verdicts.set(c, (verdict = HAN.test(c) && !ALSO_TRADITIONAL.has(c) && toTaiwan(c) !== c && toMainland(c) === c));
  return verdict;
};

/** Each Simplified-only character of `text` with up to 12 characters either side. */
export function simplifiedOnlyIn(text: string): {character: string; context: string}[] {
  const found: {character: string; context: string}[] = [];
  const chars = [...text];
  chars.forEach((c, i) => {
    if (isSimplifiedOnly(c)) found.push({character: c, context: chars.slice(Math.max(0, i - 12), i + 13).join('')});
  });
  return found;
}
