/**
 * Simplified Chinese to Traditional Chinese as Taiwan writes it: OpenCC's Taiwan phrases
 * (opencc-js, cn -> twp) after the reviewed table of words the two regions say differently
 * (standards-data/terminology.yaml, `taiwan`). The table comes first because OpenCC converts
 * characters and common phrases, not a field's terms: it would write mainland 认证
 * (certification) as 認證, which in Taiwan means accreditation; Taiwan says 驗證.
 */
import * as OpenCC from 'opencc-js';

/** One word the regions say differently, as terminology.yaml's `taiwan` list gives it. */
export interface TaiwanTerm {
  /** As the Simplified text writes it. */
  'zh-Hans': string;
  /** As Taiwan writes it. */
  'zh-Hant': string;
}

// Private-use characters stand for the table's words while OpenCC runs: it leaves them alone.
const MARK = 0xe000;
const LAST_MARK = 0xf8ff;
const MARKED = /[\ue000-\uf8ff]/g;

// Building OpenCC's converter reads its dictionaries (about a third of a second): once a process,
// however many corpora it compiles (the fixture suite compiles dozens).
let openccTaiwan: ((text: string) => string) | undefined;

/**
 * A converter that applies `terms` (longest first, wherever they occur), then OpenCC. A text that
 * is one of `concepts`' terms and nothing else (a glossary's term, a label) is that concept, and
 * takes its Taiwan term: 认可 alone is accreditation, 認證, though in a sentence it may only mean
 * recognised, which is why the `terms` table lists its compounds and not the word.
 */
export function createTaiwanConverter(
  terms: readonly TaiwanTerm[],
  concepts: readonly TaiwanTerm[] = [],
): (text: string) => string {
  const whole = new Map(concepts.map((c) => [c['zh-Hans'], c['zh-Hant']]));
  const opencc = (openccTaiwan ??= OpenCC.Converter({from: 'cn', to: 'twp'}));
  if (terms.length > LAST_MARK - MARK) throw new Error(`expected at most ${LAST_MARK - MARK} Taiwan terms`);
  const sorted = [...terms].sort((a, b) => b['zh-Hans'].length - a['zh-Hans'].length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = sorted.length ? new RegExp(sorted.map((t) => escape(t['zh-Hans'])).join('|'), 'g') : undefined;
  const index = new Map(sorted.map((t, i) => [t['zh-Hans'], i]));
  return (text) => {
    if (!/\p{Script=Han}/u.test(text)) return text;
    const concept = whole.get(text);
    if (concept !== undefined) return concept;
    const marked = pattern ? text.replace(pattern, (word) => String.fromCharCode(MARK + index.get(word)!)) : text;
    return opencc(marked).replace(MARKED, (mark) => sorted[mark.charCodeAt(0) - MARK]['zh-Hant']);
  };
}
