import assert from 'node:assert/strict';
import {readdir} from 'node:fs/promises';
import {describe, it} from 'node:test';
import {compileStandards, deriveStatus} from '../../plugins/standards-compiler/compile';
import {buildGlobalData, buildStandardPageProps} from '../../plugins/standards-compiler/props';
import {buildRoutes} from '../../plugins/standards-compiler/routes';
import {SRC_PAGES} from '../../plugins/standards-compiler/sitePages';
import {BASE_CORPUS} from '../support/fixtureCorpus';
import {forLocale} from '../../plugins/standards-compiler/forLocale';
import standardsCompiler from '../../plugins/standards-compiler/index';
import type {LoadContext} from '@docusaurus/types';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {LOCALES} from '../../src/core/vocabulary';

const edition = (year: number, status: 'current' | 'superseded' | 'withdrawn' | 'draft') => ({
  version: String(year),
  year,
  status,
  sources: ['s'],
  asOf: year,
});

describe('a standard status', () => {
  it('is current while any edition is current', () => {
    assert.equal(
      deriveStatus([edition(2000, 'superseded'), edition(2010, 'current'), edition(2026, 'draft')]),
      'current',
    );
  });
  it('is the status of the latest edition otherwise', () => {
    assert.equal(deriveStatus([edition(2000, 'superseded'), edition(2005, 'withdrawn')]), 'withdrawn');
  });
});

describe('routes and page props', () => {
  it('give every standard a page whose URL ends with its id, and the landscape its page, in each locale', async () => {
    const content = await compileStandards(BASE_CORPUS);
    const modules = {
      standards: {example: '/data/example.json', other: '/data/other.json'},
      landscape: '/data/landscape.json',
      compare: '/data/compare.json',
      crosswalk: '/data/crosswalk.json',
      advisor: '/data/advisor.json',
    };
    assert.deepEqual(
      buildRoutes(content, '/', modules).map((r) => [r.path, r.modules]),
      [
        ['/standards/example', {page: '/data/example.json'}],
        ['/standards/other', {page: '/data/other.json'}],
        ['/landscape', {page: '/data/landscape.json'}],
        ['/compare', {page: '/data/compare.json'}],
        ['/crosswalk', {page: '/data/crosswalk.json'}],
        ['/advisor', {page: '/data/advisor.json'}],
      ],
    );
    assert.deepEqual(
      buildRoutes(content, '/zh-Hans/', modules).map((r) => r.path),
      [
        '/zh-Hans/standards/example',
        '/zh-Hans/standards/other',
        '/zh-Hans/landscape',
        '/zh-Hans/compare',
        '/zh-Hans/crosswalk',
        '/zh-Hans/advisor',
      ],
    );
  });

  it('hand a page its prose in its locale, the sources it cites and its region names', async () => {
    const content = await compileStandards(BASE_CORPUS);
    const props = buildStandardPageProps(content, 'example', 'zh-Hans', '/zh-Hans/');
    assert.match(props.body.html, /<h2 id="简介">简介<\/h2>/);
    assert.deepEqual(
      props.sources.map((s) => s.id),
      ['fixture-source', 'our-analysis'],
    );
    assert.deepEqual(props.regionNames, {CN: '中国'});
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(props)));
  });

  it("keep a link in the prose within the reader's locale, and list the prose's links and anchors for Docusaurus's checker", async () => {
    const content = await compileStandards(BASE_CORPUS);
    const zh = buildStandardPageProps(content, 'example', 'zh-Hans', '/zh-Hans/').body;
    // From the site's root, a link gets the locale's baseUrl; relative links and anchors resolve within it already.
    assert.match(zh.html, /<a href="\/zh-Hans\/standards\/other#%E5%8E%86%E5%8F%B2">历史<\/a>/);
    assert.match(zh.html, /<a href="other">/);
    assert.match(zh.html, /<a href="https:\/\/example.org\/">/);
    assert.deepEqual(zh.links, ['other', '/zh-Hans/standards/other#%E5%8E%86%E5%8F%B2', '#clause-2010-1.1']);
    assert.deepEqual(zh.anchors, ['简介']);
    const en = buildStandardPageProps(content, 'example', 'en', '/').body;
    assert.match(en.html, /<a href="\/standards\/other#history">history<\/a>/);
    assert.ok(en.links.includes('/compare?ids=example,other'));
    assert.ok(!en.links.some((link) => link.startsWith('https:')), 'links off the site are not for the checker');
  });

  it('know every page of src/pages/, which prose may link to', async () => {
    // Docusaurus makes a page of every such file but those whose name starts with an underscore.
    const files = (await readdir('src/pages')).filter((f) => /\.(tsx|jsx|ts|js|mdx?)$/.test(f) && !f.startsWith('_'));
    const routes = files.map((f) => `/${f.replace(/\.\w+$/, '')}`.replace(/^\/index$/, '/'));
    assert.deepEqual([...routes].sort(), [...SRC_PAGES].sort());
  });

  it('keep the global data to one small line per standard', async () => {
    const content = await compileStandards(BASE_CORPUS);
    const data = buildGlobalData(content);
    assert.deepEqual(Object.keys(data.standards[0]).sort(), [
      'id',
      'kind',
      'names',
      'paths',
      'status',
      'statusConfirmedIn',
      'statusStale',
      'summary',
    ]);
  });
});

describe("a page's data for one locale", () => {
  /** Every key path of `value` that names a locale other than `kept`. */
  const otherLocaleKeys = (value: unknown, kept: readonly string[], at = ''): string[] => {
    if (Array.isArray(value)) return value.flatMap((item, i) => otherLocaleKeys(item, kept, `${at}[${i}]`));
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, inner]) => [
      ...((LOCALES as readonly string[]).includes(key) && !kept.includes(key) ? [`${at}.${key}`] : []),
      ...otherLocaleKeys(inner, kept, `${at}.${key}`),
    ]);
  };

  it("keeps the page's locale and English, and drops the others, however deep", async () => {
    const content = await compileStandards(BASE_CORPUS);
    const full = buildStandardPageProps(content, content.standards[0].id, 'zh-Hant', '/');
    assert.ok(otherLocaleKeys(full, ['en', 'zh-Hant']).length > 0, 'the compiled data holds every locale');
    const trimmed = forLocale(full, 'zh-Hant');
    assert.deepEqual(otherLocaleKeys(trimmed, ['en', 'zh-Hant']), []);
    assert.equal(trimmed.standard.names['zh-Hant'].name, full.standard.names['zh-Hant'].name);
    assert.equal(trimmed.standard.names.en.name, full.standard.names.en.name);
    assert.deepEqual(forLocale(full, 'en').standard.names, {en: full.standard.names.en});
  });

  it("is what the site's build hands every page of a Traditional Chinese build", async () => {
    const content = await compileStandards(BASE_CORPUS);
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-page-data-'));
    const written = new Map<string, unknown>();
    try {
      const plugin = standardsCompiler({
        siteDir: BASE_CORPUS,
        baseUrl: '/zh-Hant/',
        i18n: {currentLocale: 'zh-Hant', defaultLocale: 'en', locales: [...LOCALES]},
      } as unknown as LoadContext);
      await plugin.contentLoaded!({
        content,
        allContent: {},
        actions: {
          createData: async (name: string, data: string | object) => {
            written.set(name, data);
            const file = path.join(dir, name);
            await writeFile(file, typeof data === 'string' ? data : JSON.stringify(data));
            return file;
          },
          addRoute: () => undefined,
          setGlobalData: () => undefined,
        },
      } as unknown as Parameters<NonNullable<typeof plugin.contentLoaded>>[0]);
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
    const pages = [...written].filter(([name]) =>
      /^(standard-.*|landscape|compare|crosswalk|advisor)\.json$/.test(name),
    );
    assert.equal(pages.length, content.standards.length + 4);
    for (const [name, data] of pages) assert.deepEqual(otherLocaleKeys(data, ['en', 'zh-Hant']), [], name);
  });

  it('leaves data that is not keyed by locale as it is', () => {
    const data = {years: [2002, 2008], note: null, counts: {seats: 120}, empty: {}};
    assert.deepEqual(forLocale(data, 'en'), data);
  });
});
