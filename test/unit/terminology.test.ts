/**
 * One data file (standards-data/terminology.yaml) decides the Chinese term for each concept; this
 * test flags the variants it lists, and Japanese kana out of place, in every Chinese text of the
 * project: the zh-Hans values of the data files and of the standards' frontmatter, the translated
 * pages and labels (i18n/zh-Hans/), and the Chinese strings of the code.
 */
import assert from 'node:assert/strict';
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {
  type Terminology,
  findStrayKana,
  findStrayVariants,
  loadTerminology,
  terminologySchema,
} from '../../plugins/standards-compiler/terminology';
import {parseYaml} from '../../plugins/standards-compiler/yaml';

const SITE = path.resolve(import.meta.dirname, '../..');

/** Lists of synonyms for search, where variants are there on purpose so that a reader finds them. */
const SYNONYM_FILES = new Set(['standards-data/search-terms.yaml']);
const SYNONYM_KEYS = new Set(['aliases']);

interface ChineseText {
  file: string;
  text: string;
  /** The standard the text is about, where the file is one standard's. */
  standard?: string;
  /** The text's English counterpart: the same path under the `en` key beside its `zh-Hans`. */
  english?: string;
}

const filesUnder = async (dir: string, ext: RegExp): Promise<string[]> =>
  (await readdir(path.join(SITE, dir), {recursive: true}))
    .filter((f) => ext.test(f))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .sort();

type Pair = {text: string; english?: string};
const NOT_CHINESE = Symbol('not Chinese');

/**
 * Every string under a `zh-Hans` key, at any depth, with the string at the same path under the
 * `en` key beside it; but for lists of search synonyms.
 */
function* zhValues(value: unknown, english: unknown = NOT_CHINESE, key = ''): Generator<Pair> {
  if (SYNONYM_KEYS.has(key)) return;
  const inChinese = english !== NOT_CHINESE;
  const at = (k: string | number): unknown =>
    inChinese ? (english as Record<string | number, unknown> | undefined)?.[k] : NOT_CHINESE;
  if (typeof value === 'string') {
    if (inChinese) yield {text: value, english: typeof english === 'string' ? english : undefined};
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* zhValues(item, at(i));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(record))
      yield* zhValues(v, k === 'zh-Hans' && !inChinese ? (record.en ?? undefined) : at(k), k);
  }
}

const HAN = /\p{Script=Han}/u;
/** String literals holding Chinese: '…', "…" and `…` (a template's ${} parts included, as text). */
const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;

async function chineseTexts(): Promise<ChineseText[]> {
  const texts: ChineseText[] = [];
  for (const file of await filesUnder('standards-data', /\.yaml$/)) {
    if (SYNONYM_FILES.has(file) || file === 'standards-data/terminology.yaml') continue;
    const data = parseYaml(await readFile(path.join(SITE, file), 'utf8'));
    const own =
      /^standards-data\/sources\/([a-z0-9-]+)\.yaml$/.exec(file)?.[1] ??
      (file.startsWith('standards-data/clauses/') ? (data as {standard?: string}).standard : undefined);
    for (const {text, english} of zhValues(data)) texts.push({file, text, standard: own, english});
  }
  for (const file of await filesUnder('docs/standards', /\.md$/)) {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(await readFile(path.join(SITE, file), 'utf8'))?.[1] ?? '';
    const standard = path.posix.basename(file, '.md');
    for (const {text, english} of zhValues(parseYaml(frontMatter))) texts.push({file, text, standard, english});
  }
  for (const file of await filesUnder('i18n/zh-Hans', /\.(mdx?|json)$/)) {
    const standard = /^i18n\/zh-Hans\/standards\/([a-z0-9-]+)\.md$/.exec(file)?.[1];
    texts.push({file, text: await readFile(path.join(SITE, file), 'utf8'), standard});
  }
  const code = [...(await filesUnder('src', /\.tsx?$/)), 'plugins/standards-compiler/cli/advise.ts'];
  for (const file of code) {
    if (file.startsWith('src/core/generated/')) continue;
    for (const [literal] of (await readFile(path.join(SITE, file), 'utf8')).matchAll(LITERAL))
      if (HAN.test(literal)) texts.push({file, text: literal});
  }
  return texts;
}

const around = (text: string, index: number, length: number): string =>
  `…${text.slice(Math.max(0, index - 10), index + length + 10).replace(/\s+/g, ' ')}…`;

const FIXTURE: Terminology = {
  concepts: [
    {
      id: 'contact-centre',
      en: 'contact centre',
      'zh-Hans': '联络中心',
      'zh-Hant': '聯絡中心',
      variants: ['呼叫中心'],
      allowed: ['香港呼叫中心协会'],
      allowedFor: ['ksqi'],
      allowedWhereEnglishSays: ['call centre'],
      note: {en: 'fixture', 'zh-Hans': '测试'},
    },
    {
      id: 'agent',
      en: 'agent',
      'zh-Hans': '坐席',
      'zh-Hant': '客服人員',
      variants: ['座席'],
      note: {en: 'fixture', 'zh-Hans': '测试'},
    },
  ],
  taiwan: [],
};

test('the terminology loads, and no concept lists its own term as a variant', async () => {
  const terminology = await loadTerminology(SITE);
  assert.ok(terminology.concepts.length >= 10, 'expected the concepts the brief names');
  for (const concept of terminology.concepts) {
    assert.ok(!concept.variants.includes(concept['zh-Hans']), `${concept.id}: its term is listed as a variant`);
    for (const variant of concept.variants)
      assert.ok(!concept['zh-Hans'].includes(variant), `${concept.id}: the term holds the variant ${variant}`);
  }
  for (const {'zh-Hans': word} of terminology.taiwan) assert.ok(HAN.test(word), `taiwan: ${word} holds no Chinese`);
});

test('the terminology names its file, field and rule when it is wrong', () => {
  const result = terminologySchema.safeParse({concepts: [{...FIXTURE.concepts[1], allowed: ['坐席代表']}], taiwan: []});
  assert.equal(result.success, false);
  assert.deepEqual(
    result.error?.issues.map((i) => i.path.join('.')),
    ['concepts.0.allowed.0'],
  );
});

test('findStrayVariants finds a variant, skips one in an allowed string, a standard of its own or for its English', () => {
  const text = '香港呼叫中心协会的会员呼叫中心有 200 个座席。';
  assert.deepEqual(findStrayVariants(text, FIXTURE), [
    {concept: 'contact-centre', variant: '呼叫中心', index: 11},
    {concept: 'agent', variant: '座席', index: 22},
  ]);
  assert.deepEqual(findStrayVariants(text, FIXTURE, {standard: 'ksqi'}), [
    {concept: 'agent', variant: '座席', index: 22},
  ]);
  assert.deepEqual(findStrayVariants('联络中心的坐席', FIXTURE), []);
  assert.deepEqual(findStrayVariants('呼叫中心', FIXTURE, {english: 'Call centres of 2005'}), []);
  assert.equal(findStrayVariants('呼叫中心', FIXTURE, {english: 'contact centres'}).length, 1);
});

test('findStrayKana allows a Japanese name in brackets, and nothing else', () => {
  assert.deepEqual(findStrayKana('HDI 评级基准（HDI格付けベンチマーク）'), []);
  assert.deepEqual(findStrayKana('质量评价（クオリティ評価）与「サポート」'), []);
  assert.deepEqual(findStrayKana('HDI格付けベンチマーク是评级'), [{kana: 'けベンチマーク', index: 5}]);
  assert.deepEqual(findStrayKana('玛丽・居里'), []);
});

test('every Chinese text of the project uses the terms of standards-data/terminology.yaml', async () => {
  const terminology = await loadTerminology(SITE);
  const texts = await chineseTexts();
  assert.ok(texts.length > 1000, `found only ${texts.length} Chinese texts: is the extraction broken?`);
  const problems: string[] = [];
  for (const {file, text, standard, english} of texts) {
    for (const {concept, variant, index} of findStrayVariants(text, terminology, {standard, english}))
      problems.push(`${file}: ${variant} (concept ${concept}): ${around(text, index, variant.length)}`);
    for (const {kana, index} of findStrayKana(text))
      problems.push(`${file}: kana ${kana} outside a bracketed Japanese name: ${around(text, index, kana.length)}`);
  }
  assert.deepEqual(problems, [], `stray variants (mend them, or record where the variant is right):`);
});
