/**
 * The site's Chinese terminology (standards-data/terminology.yaml): which word each concept takes in
 * Simplified Chinese and in Taiwan's Traditional Chinese, the variants a test flags in any Simplified
 * text (test/unit/terminology.test.ts), and the table of words Taiwan says differently, which the
 * Traditional locale's converter applies before OpenCC. Node only: the browser never reads it.
 */
import * as z from 'zod';
import {type Problem, StandardsDataError} from './problems';
import {readDataFile} from './readDataFile';
import {TERMINOLOGY_FILE} from './dataFiles';
import {localizedTextSchema as note, text as textOf, urlSchema} from '../../src/core/schema';
import {STANDARD_ID_PATTERN} from '../../src/core/vocabulary';

const text = textOf('text');
const kebab = z.string().regex(STANDARD_ID_PATTERN, {error: 'expected a kebab-case id, such as contact-centre'});
const source = z.strictObject({title: text, publisher: text, url: urlSchema});

const conceptSchema = z
  .strictObject({
    id: kebab,
    en: text,
    /** The preferred Simplified term. */
    'zh-Hans': text,
    /** The term in Taiwan's usage, in Traditional characters. */
    'zh-Hant': text,
    /** Simplified forms flagged in any zh-Hans text. */
    variants: z.array(text),
    /** Longer strings in which a variant is correct: a proper name, a standard's official title. */
    allowed: z.array(text).optional(),
    /** Standards whose own texts (page, translation, sources, clauses) may use the variants. */
    allowedFor: z.array(kebab).optional(),
    /** English words that, in a text's English counterpart, make the variants right in its Chinese. */
    allowedWhereEnglishSays: z.array(text).optional(),
    note,
  })
  .superRefine((concept, ctx) => {
    concept.allowed?.forEach((allowed, i) => {
      if (!concept.variants.some((v) => allowed.includes(v)))
        ctx.addIssue({
          code: 'custom',
          path: ['allowed', i],
          message: 'expected a string that holds one of the variants',
        });
    });
  });

const taiwanEntrySchema = z.strictObject({
  /** A whole word as the site writes it in Simplified Chinese. */
  'zh-Hans': text,
  /** The same word as Taiwan writes it. */
  'zh-Hant': text,
  note,
  source: source.optional(),
});

export const terminologySchema = z
  .strictObject({concepts: z.array(conceptSchema).min(1), taiwan: z.array(taiwanEntrySchema)})
  .superRefine(({concepts, taiwan}, ctx) => {
    const ids = new Set<string>();
    concepts.forEach(({id}, i) => {
      if (ids.has(id))
        ctx.addIssue({code: 'custom', path: ['concepts', i, 'id'], input: id, message: 'expected a unique id'});
      ids.add(id);
    });
    const keys = new Set<string>();
    taiwan.forEach((entry, i) => {
      const key = entry['zh-Hans'];
      if (keys.has(key))
        ctx.addIssue({code: 'custom', path: ['taiwan', i, 'zh-Hans'], input: key, message: 'expected each word once'});
      keys.add(key);
    });
  });

export type Terminology = z.infer<typeof terminologySchema>;

export interface StrayVariant {
  /** The concept's id. */
  concept: string;
  variant: string;
  /** Where the variant starts in the text (UTF-16 index). */
  index: number;
}

export interface StrayKana {
  kana: string;
  index: number;
}

/** Reads and validates the terminology; every problem is recorded in `problems` (readDataFile.ts). */
export const readTerminology = (siteDir: string, problems: Problem[]): Promise<Terminology | undefined> =>
  readDataFile(siteDir, TERMINOLOGY_FILE, terminologySchema, problems);

/** The terminology, or a StandardsDataError naming file, field and rule (for tests and `npm run generate`). */
export async function loadTerminology(siteDir: string): Promise<Terminology> {
  const problems: Problem[] = [];
  const terminology = await readTerminology(siteDir, problems);
  if (!terminology) throw new StandardsDataError(problems);
  return terminology;
}

const occurrences = (text: string, word: string): number[] => {
  const found: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) found.push(i);
  return found;
};

export interface VariantContext {
  /** The standard the text is about, if any: a concept's `allowedFor` standards may use its variants. */
  standard?: string;
  /** The text's English counterpart, where the data pairs them (`en` beside `zh-Hans`). */
  english?: string;
}

const says = (english: string | undefined, words: readonly string[] | undefined): boolean =>
  english !== undefined && (words ?? []).some((word) => english.toLowerCase().includes(word.toLowerCase()));

/**
 * Every variant in `text` that is not inside one of its concept's `allowed` strings, in the order
 * they occur; none of a concept whose `allowedFor` names the text's standard, or whose
 * `allowedWhereEnglishSays` words the text's English counterpart holds.
 */
export function findStrayVariants(
  text: string,
  terminology: Pick<Terminology, 'concepts'>,
  context: VariantContext = {},
): StrayVariant[] {
  const stray: StrayVariant[] = [];
  for (const concept of terminology.concepts) {
    if (context.standard !== undefined && concept.allowedFor?.includes(context.standard)) continue;
    if (says(context.english, concept.allowedWhereEnglishSays)) continue;
    const covered = (concept.allowed ?? []).flatMap((allowed) =>
      occurrences(text, allowed).map((start) => [start, start + allowed.length] as const),
    );
    for (const variant of concept.variants)
      for (const index of occurrences(text, variant))
        if (!covered.some(([start, end]) => start <= index && index + variant.length <= end))
          stray.push({concept: concept.id, variant, index});
  }
  return stray.sort((a, b) => a.index - b.index);
}

/** Hiragana and katakana, with the prolonged sound mark (ー), which Unicode files under neither. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
/** Brackets in which Chinese text gives a name in its own language: 质量评价（クオリティ評価）. */
const QUOTED = /（[^（）]*）|「[^「」]*」|『[^『』]*』/g;

/**
 * Japanese kana in Chinese text, outside the brackets that give a Japanese name in its own
 * language after its Chinese rendering: 评级基准（HDI格付けベンチマーク）. The middle dot (・), which
 * Chinese text may put between the parts of a foreign name, is not kana.
 */
export function findStrayKana(text: string): StrayKana[] {
  const quoted = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  return [...text.matchAll(KANA)]
    .filter((m) => !quoted.some(([start, end]) => start < m.index && m.index + m[0].length < end))
    .map((m) => ({kana: m[0], index: m.index}));
}
