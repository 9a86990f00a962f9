/**
 * Traditional Chinese queries against Simplified text. OpenCC (opencc-js) runs at build time
 * only: it converts the corpus's own text to Traditional (Taiwan, Hong Kong and OpenCC standard
 * forms), phrase by phrase so that context-dependent forms are found (系统 -> 系統, 关系 -> 關係),
 * and the index ships the resulting Traditional -> Simplified table, restricted to the characters
 * the corpus holds: a few kilobytes instead of OpenCC's dictionaries in the browser.
 */
import * as OpenCC from 'opencc-js';

const HAN = /\p{Script=Han}/u;
const TARGETS = ['tw', 'hk', 't'] as const;

/** Pairs "TS" (Traditional, then Simplified), concatenated, for every convertible corpus character. */
export function buildCharacterTable(texts: readonly string[]): string {
  // A corpus character that OpenCC would simplify is not a Simplified one: a Japanese name quoted in
  // Chinese text (評価) must not stop 評 from finding 评.
  const simplify = OpenCC.Converter({from: 'tw', to: 'cn'});
  const simplified = new Set<string>();
  for (const text of texts) for (const c of text) if (HAN.test(c) && simplify(c) === c) simplified.add(c);
  const table = new Map<string, string>();
  const record = (traditional: string, source: string) => {
    const t = [...traditional];
    const s = [...source];
    // Only character-for-character conversions can be aligned; OpenCC's S->T keeps lengths.
    if (t.length !== s.length) return;
    t.forEach((tc, i) => {
      // A Traditional form that is itself a Simplified character of the corpus stays as it is.
      if (tc !== s[i] && HAN.test(tc) && !simplified.has(tc) && !table.has(tc)) table.set(tc, s[i]);
    });
  };
  for (const to of TARGETS) {
    const convert = OpenCC.Converter({from: 'cn', to});
    for (const text of texts) for (const line of text.split('\n')) record(convert(line), line);
    for (const c of simplified) record(convert(c), c);
  }
  return [...table]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, s]) => t + s)
    .join('');
}

/**
 * Text in Simplified characters, whatever forms it was written in (Taiwan, Hong Kong): the search
 * terms file may list a Traditional word (客戶), and the index holds it as the Simplified one.
 */
let toCn: ((text: string) => string)[] | undefined;
export function toSimplified(text: string): string {
  toCn ??= (['tw', 'hk'] as const).map((from) => OpenCC.Converter({from, to: 'cn'}));
  return toCn.reduce((t, convert) => convert(t), text);
}
