/**
 * The generated corpus of the search benchmarks (search.bench.ts in Node, search-browser.bench.ts in
 * Chromium): `count` bilingual pages of about 600 English words and 300 Chinese characters of prose
 * in six sections, written by a first-order Markov chain trained on the real prose (words for
 * English, characters for Chinese): the vocabulary and the pairs of Chinese characters are those of
 * real text, but no two pages repeat each other, so gzip gets no free ride from copies. Seeded: every
 * run measures the same corpus and the same queries.
 */
import type {StandardsContent} from '../../plugins/standards-compiler/compile';
import type {Locale} from '../../src/core/vocabulary';

/** A small seeded generator, so every run measures the same corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** First-order Markov chain over tokens: what may follow each. */
function chain(tokens: string[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const list = next.get(tokens[i]);
    if (list) list.push(tokens[i + 1]);
    else next.set(tokens[i], [tokens[i + 1]]);
  }
  return next;
}

function generate(next: Map<string, string[]>, starts: string[], count: number, rnd: () => number): string[] {
  const out: string[] = [];
  let current = starts[Math.floor(rnd() * starts.length)];
  while (out.length < count) {
    out.push(current);
    const options = next.get(current);
    current = options ? options[Math.floor(rnd() * options.length)] : starts[Math.floor(rnd() * starts.length)];
  }
  return out;
}

const prose = (markdown: string) => markdown.replace(/^#+ .*$/gm, '').replace(/[*_`>[\]()-]/g, ' ');

/** A corpus of `count` standards, each with generated prose, and the real themes; no clauses. */
export function generatedContent(real: StandardsContent, count: number): StandardsContent {
  const rnd = random(count);
  const enWords = real.standards.flatMap((s) => prose(real.pages[s.id].en.markdown).split(/\s+/).filter(Boolean));
  const zhChars = real.standards.flatMap((s) => [...prose(real.pages[s.id]['zh-Hans'].markdown).replace(/\s+/g, '')]);
  const [enChain, zhChain] = [chain(enWords), chain(zhChars)];
  const [enStarts, zhStarts] = [[...enChain.keys()], [...zhChain.keys()].filter((c) => /\p{Script=Han}/u.test(c))];
  const standards: StandardsContent['standards'] = [];
  const pages: StandardsContent['pages'] = {};
  for (let i = 0; i < count; i++) {
    const template = real.standards[i % real.standards.length];
    const id = `generated-${i}`;
    standards.push({
      ...template,
      id,
      names: {
        en: {name: `Generated standard ${i}`, short: `GS ${i}`, aliases: [`GS-${i}`]},
        'zh-Hans': {name: `生成标准 ${i}`, short: `GS ${i}`},
        'zh-Hant': {name: `生成標準 ${i}`, short: `GS ${i}`},
      },
    });
    const sections = (locale: Locale) =>
      Array.from({length: 6}, (_, k) =>
        locale === 'en'
          ? `## Section ${k + 1}\n\n${generate(enChain, enStarts, 100, rnd).join(' ')}\n`
          : `## 第${k + 1}节\n\n${generate(zhChain, zhStarts, 50, rnd).join('')}\n`,
      ).join('\n');
    pages[id] = {
      en: {file: `${id}.md`, markdown: sections('en')},
      'zh-Hans': {file: `${id}.md`, markdown: sections('zh-Hans')},
      // The generated prose is Simplified: the Traditional locale's is timed on the same text.
      'zh-Hant': {file: `${id}.md`, markdown: sections('zh-Hant')},
    };
  }
  return {...real, standards, pages, catalogues: [], crosswalks: [], landscape: {forerunners: [], history: []}};
}

/** Queries a reader might type on a generated corpus: words, pairs, typos, Chinese phrases. */
export function generatedQueries(content: StandardsContent, locale: Locale): string[] {
  const rnd = random(7);
  const queries: string[] = [];
  for (let i = 0; i < 200; i++) {
    const page = content.pages[content.standards[Math.floor(rnd() * content.standards.length)].id][locale].markdown;
    const text = prose(page).replace(/\s+/g, ' ').trim();
    if (locale === 'en') {
      const words = text.split(' ').filter((w) => w.length > 3);
      const at = Math.floor(rnd() * (words.length - 2));
      const q = words.slice(at, at + 1 + (i % 3)).join(' ');
      // Every fifth query has a typo: two letters swapped in its first word.
      queries.push(i % 5 === 0 && q.length > 6 ? q.slice(0, 2) + q[3] + q[2] + q.slice(4) : q);
    } else {
      const chars = [...text.replace(/[^\p{Script=Han}]/gu, '')];
      const at = Math.floor(rnd() * (chars.length - 4));
      queries.push(chars.slice(at, at + 2 + (i % 3)).join(''));
    }
  }
  return queries;
}
