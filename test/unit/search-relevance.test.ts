/**
 * Search finds what a reader means: recall@5 over the relevance set (test/search/queries.yaml:
 * English, Simplified and Traditional Chinese, ids, typos, prefixes), on the index the build
 * makes, exported and imported again as the browser does, and queried with the browser's code.
 */
import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import {compileStandards} from '../../plugins/standards-compiler/compile';
import {buildLocaleSearchIndex} from '../../plugins/standards-compiler/search/build';
import {SearchEngine} from '../../src/core/search/engine';
import {LOCALES, type Locale} from '../../src/core/vocabulary';
import {MIN_RECALL, type RelevanceQuery, misses, readRelevanceSet} from '../search/relevance';

describe('search relevance', () => {
  const engines = {} as Record<Locale, SearchEngine>;
  const queries = readRelevanceSet();
  before(async () => {
    const content = await compileStandards(process.cwd());
    for (const locale of LOCALES) {
      // Through JSON, as the file the browser fetches.
      engines[locale] = new SearchEngine(JSON.parse(JSON.stringify(await buildLocaleSearchIndex(content, locale))));
    }
  });

  it('has at least 60 queries in English, Simplified and Traditional Chinese', () => {
    assert.ok(queries.length >= 60, `${queries.length} queries`);
    assert.ok(queries.some((q) => q.locale === 'en'));
    assert.ok(queries.some((q) => q.locale === 'zh-Hans' && !q.script));
    assert.ok(queries.filter((q) => q.script === 'traditional').length >= 10);
  });

  it(`finds the expected result in the first five for at least ${MIN_RECALL * 100}% of the queries`, () => {
    const missed: {query: RelevanceQuery; got: string[]}[] = [];
    for (const locale of LOCALES)
      missed.push(
        ...misses(
          engines[locale],
          queries.filter((q) => q.locale === locale),
        ),
      );
    const recall = 1 - missed.length / queries.length;
    const report = missed.map(
      ({query, got}) =>
        `${query.locale} "${query.query}": expected ${query.expect}, got ${got.join(', ') || 'nothing'}`,
    );
    console.log(
      `recall@5 = ${(recall * 100).toFixed(1)}% over ${queries.length} queries${report.length ? `\n  ${report.join('\n  ')}` : ''}`,
    );
    assert.ok(recall >= MIN_RECALL, `recall@5 ${(recall * 100).toFixed(1)}%:\n${report.join('\n')}`);
  });

  it('finds a clause from its Chinese title in Traditional characters as well as Simplified', () => {
    const zh = engines['zh-Hans'];
    const simplified = zh.search('投诉处理', {limit: 5}).map((h) => h.href);
    const traditional = zh.search('投訴處理', {limit: 5}).map((h) => h.href);
    assert.ok(simplified.includes('/standards/iso-18295#clause-1-2017-4.4'));
    assert.deepEqual(traditional, simplified);
  });

  it('marks which terms matched, for highlighting, and applies filters', () => {
    const [hit] = engines.en.search('internal audit', {limit: 1, filters: {standard: 'iso-9001', kind: 'clause'}});
    assert.equal(hit.href, '/standards/iso-9001#clause-2015-9.2');
    assert.deepEqual([...hit.terms].sort(), ['audit', 'intern']);
    const themed = engines.en.search('management', {limit: 50, filters: {theme: 'risk-and-compliance'}});
    assert.ok(themed.length > 0 && themed.every((h) => h.themes?.includes('risk-and-compliance')));
  });
});
