/**
 * Generated corpora for the benchmark, written to a temporary folder (never committed):
 * - `real`: copies of the real standards' pages and translations under new ids, cycling through them;
 * - `typical`: synthetic standards with every kind of fact the schema holds, a frontmatter of
 *   about 6 KB and prose of about 400 English words and 600 Chinese characters per page.
 */
import {writeFileSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readFile, readdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {dump, load} from 'js-yaml';
import {
  GLOSSARY_FILE,
  ADVISOR_RULES_FILE,
  EXCHANGE_RATES_FILE,
  LANDSCAPE_FILE,
  SOURCES_DIR,
  STANDARDS_DIR,
  SEARCH_TERMS_FILE,
  TERMINOLOGY_FILE,
  THEMES_FILE,
  translationsDir,
  COST_MODEL_FILES,
} from '../../plugins/standards-compiler/dataFiles';
import {FOCUS_DIMENSIONS} from '../../src/core/vocabulary';

export type CorpusShape = 'real' | 'typical';

const siteDir = process.cwd();
const ZH = translationsDir('zh-Hans');

const words = (n: number, seed: number) =>
  Array.from(
    {length: n},
    (_, i) => ['contact', 'centre', 'quality', 'audit', 'metric', 'service', 'process', 'people'][(i * 7 + seed) % 8],
  ).join(' ');
const hanzi = (n: number, seed: number) =>
  Array.from({length: n}, (_, i) => '标准认证客户联络中心运营绩效流程人员质量审核'[(i * 5 + seed) % 20]).join('');
const text = (seed: number, n = 16) => ({en: `${words(n, seed)}.`, 'zh-Hans': `${hanzi(n + 8, seed)}。`});
const claim = {sources: ['our-analysis'], asOf: 2020};

const typicalFrontMatter = (id: string, i: number) => ({
  id,
  names: {
    en: {name: `Generated Standard ${i}`, short: `GS${i}`, aliases: [`GS-${i}`]},
    'zh-Hans': {name: `生成标准 ${i}`, short: `GS${i}`},
  },
  summary: text(i, 24),
  kind: 'organization',
  design: {type: 'management-system', ...claim},
  families: ['contact-centre-operations'],
  question: text(i + 20, 12),
  owner: {name: text(i + 1, 3), url: 'https://example.org/', ...claim},
  firstPublished: [{year: 1990 + (i % 30), ...claim}],
  editions: [
    {version: 'v1', year: 2000, status: 'superseded', successor: 'v2', ...claim},
    {version: 'v2', year: 2010, status: 'superseded', successor: 'v3', ...claim},
    {version: 'v3', year: 2020, status: 'current', note: text(i + 2), ...claim},
  ],
  statusConfirmed: {...claim},
  structure: [
    {
      edition: 'v3',
      levels: [
        {name: text(3, 1), count: 4},
        {name: text(4, 1), count: 30 + (i % 9)},
      ],
      ...claim,
    },
  ],
  focus: {
    ...Object.fromEntries(FOCUS_DIMENSIONS.map((d, k) => [d, {score: (i + k) % 6, reason: text(i + k, 14)}])),
    ...claim,
  },
  usage: [{regions: ['CN', 'IN', 'global'], industries: ['banking', 'telecom'], note: text(i + 3), ...claim}],
  scope: {operations: ['customer-contact'], use: 'certification', note: text(i + 4), ...claim},
  certification: {
    certifies: {party: 'organization', ...claim},
    assessor: {text: text(i + 4), ...claim},
    steps: {items: [text(i + 5), text(i + 6), text(i + 7), text(i + 8)], ...claim},
    validity: {years: 3, ...claim},
    surveillance: {text: text(i + 9), ...claim},
  },
  timeToCertify: [{minMonths: 6, maxMonths: 12, region: 'CN', covers: text(i + 10, 4), ...claim}],
  costs: [
    {currency: 'CNY', item: 'certification', min: 300000 + i, region: 'CN', covers: text(i + 11, 4), ...claim},
    {
      currency: 'INR',
      item: 'certification',
      min: 2000000,
      max: 2500000,
      region: 'IN',
      covers: text(i + 12, 4),
      ...claim,
    },
  ],
  adoption: [1, 2, 3].map((k) => ({
    count: 10 * k + (i % 10),
    measure: 'certified-sites',
    region: ['CN', 'IN', 'JP'][k - 1],
    ...claim,
  })),
  strengths: [text(i + 13), text(i + 14), text(i + 15)].map((t) => ({text: t, ...claim})),
  weaknesses: [text(i + 16), text(i + 17), text(i + 18)].map((t) => ({text: t, ...claim})),
  availability: {access: 'paid', ...claim},
});

const typicalProse = (i: number) =>
  [
    'What it is',
    'Who it is for',
    'How certification works',
    'Cost and time',
    'Strengths and weaknesses',
    'Status today',
  ]
    .map((h, k) => `## ${h}\n\n${words(35, i + k)}.\n\n${words(32, i + k + 1)}.\n`)
    .join('\n');
const typicalChineseProse = (i: number) =>
  ['简介', '适用对象', '认证方式', '费用与时间', '优势与不足', '现状']
    .map((h, k) => `## ${h}\n\n${hanzi(50, i + k)}。\n\n${hanzi(50, i + k + 2)}。\n`)
    .join('\n');

const page = (frontMatter: object, prose: string) => `---\n${dump(frontMatter, {lineWidth: -1})}---\n\n${prose}`;

export async function generateCorpus(shape: CorpusShape, count: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `atlas-bench-${shape}-${count}-`));
  await cp(path.join(siteDir, SOURCES_DIR), path.join(dir, SOURCES_DIR), {recursive: true});
  // The generated standards have no forerunners or history of their own.
  writeFileSync(path.join(dir, LANDSCAPE_FILE), 'forerunners: []\nhistory: []\n');
  // The compiler requires the themes, the advisor's rules and the exchange rates: the real ones serve,
  // since they name no standard (the rules test facts, the rates cover the currencies the pages use).
  // So do the cost model's rules, day rates and price index, and the terminology; its fees name real standards, so none
  // are copied, and each generated organisational certification gets a scheme below.
  await mkdir(path.join(dir, path.dirname(COST_MODEL_FILES.auditTime)), {recursive: true});
  for (const file of [
    THEMES_FILE,
    ADVISOR_RULES_FILE,
    EXCHANGE_RATES_FILE,
    COST_MODEL_FILES.auditTime,
    COST_MODEL_FILES.dayRates,
    COST_MODEL_FILES.priceIndex,
    TERMINOLOGY_FILE,
  ])
    await cp(path.join(siteDir, file), path.join(dir, file));
  writeFileSync(path.join(dir, COST_MODEL_FILES.fees), 'fees: []\nnotFound: []\n');
  // The search terms serve too, less what they are about: the real standards are not in this corpus.
  const terms = load(await readFile(path.join(siteDir, SEARCH_TERMS_FILE), 'utf8')) as {about?: string[]}[];
  writeFileSync(path.join(dir, SEARCH_TERMS_FILE), dump(terms.map(({about: _, ...group}) => group)));
  // And the glossary, less the real standards its terms name.
  const glossary = load(await readFile(path.join(siteDir, GLOSSARY_FILE), 'utf8')) as {terms: {standards?: string[]}[]};
  writeFileSync(path.join(dir, GLOSSARY_FILE), dump({terms: glossary.terms.map(({standards: _, ...term}) => term)}));
  await mkdir(path.join(dir, STANDARDS_DIR), {recursive: true});
  await mkdir(path.join(dir, ZH), {recursive: true});
  const templates =
    shape === 'real'
      ? await Promise.all(
          (await readdir(path.join(siteDir, STANDARDS_DIR))).map(async (file) => ({
            // Relations and successors point at standards the generated corpus does not hold: drop them.
            page: (await readFile(path.join(siteDir, STANDARDS_DIR, file), 'utf8'))
              .replace(/^related:\n(?:(?: |- ).*\n)*/m, '')
              .replace(/^\s+successorStandard: .*\n/gm, '')
              .replace(/,\s*successorStandard:\s*[a-z0-9-]+/g, ''),
            translation: await readFile(path.join(siteDir, ZH, file), 'utf8'),
          })),
        )
      : [];
  const schemes: object[] = [];
  for (let i = 0; i < count; i++) {
    const id = `standard-${i}`;
    const [en, zh] =
      shape === 'real'
        ? [templates[i % templates.length].page, templates[i % templates.length].translation].map((t) =>
            t.replace(/^id: .*$/m, `id: ${id}`),
          )
        : [page(typicalFrontMatter(id, i), typicalProse(i)), page({id}, typicalChineseProse(i))];
    writeFileSync(path.join(dir, STANDARDS_DIR, `${id}.md`), en);
    writeFileSync(path.join(dir, ZH, `${id}.md`), zh);
    const facts = load(en.split(/^---$/m)[1]) as {certification?: {certifies: {party: string}}; scope: {use: string}};
    if (facts.certification?.certifies.party === 'organization' && facts.scope.use === 'certification') {
      schemes.push(
        shape === 'real'
          ? {standard: id, auditTime: {rule: null, note: text(i, 6)}, multiSite: null}
          : {
              standard: id,
              auditTime: {rule: 'iaf-md5-qms', column: 'days', proxy: true, why: text(i, 6), ...claim},
              multiSite: 'iaf-md1',
              surveillanceAudits: {count: 2, ...claim},
            },
      );
    }
  }
  writeFileSync(path.join(dir, COST_MODEL_FILES.schemes), dump(schemes));
  return dir;
}
