/**
 * The search index file and the engine that reads it: postings survive their text encoding, the
 * file is what the browser can parse without escapes, and filters read past the documents a
 * common term is otherwise cut at.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {buildSearchIndex} from '../../plugins/standards-compiler/search/buildIndex';
import type {SearchDocument} from '../../src/core/search/document';
import {FIELD_SEPARATOR, decodePostings, encodePostings} from '../../src/core/search/postings';
import {SearchEngine} from '../../src/core/search/engine';
import {packHref, unpackHref} from '../../src/core/search/indexFile';
import {SEARCH_KINDS} from '../../src/core/search/kinds';

const doc = (id: number, fields: Partial<SearchDocument>): SearchDocument => ({
  id,
  kind: 'page',
  standard: 'a',
  title: '',
  keys: '',
  body: '',
  snippet: '',
  text: '',
  href: `/standards/a#s${id}`,
  ...fields,
});

const build = async (docs: SearchDocument[]) =>
  new SearchEngine(
    JSON.parse(
      JSON.stringify(
        await buildSearchIndex(docs, {locale: 'en', characters: '', themes: [], synonyms: [], statuses: {}}),
      ),
    ),
  );

describe('postings text', () => {
  it('decodes to the ids it encoded, in their order, for any list of ids', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 2 ** 30}), {maxLength: 300}), (ids) => {
        assert.deepEqual([...decodePostings(encodePostings(ids))], ids);
      }),
      {numRuns: 2_000},
    );
  });

  it('uses neither quotes, backslashes nor the field separator, so JSON never escapes it', () => {
    const text = encodePostings(Array.from({length: 5_000}, (_, i) => (i * 7919) % 100_003));
    assert.match(text, /^[(-[\]-~]+$/);
    assert.ok(!text.includes(FIELD_SEPARATOR) && !text.includes('"') && !text.includes('\\'));
    assert.equal(JSON.stringify(text), `"${text}"`);
  });

  it('refuses what is not an id, and text that is not postings', () => {
    assert.throws(() => encodePostings([-1]), /a document id is a whole number >= 0, got -1/);
    assert.throws(() => encodePostings([1.5]), /a document id is a whole number >= 0, got 1.5/);
    assert.throws(() => decodePostings('ab"c'), /postings text holds """, which is not one of its digits/);
  });
});

describe('the search index file', () => {
  it('holds each term once, in order, with its documents in every field it is found in', async () => {
    const file = await buildSearchIndex(
      [
        doc(0, {title: 'Complaint handling', body: 'How complaints are handled.'}),
        doc(1, {keys: 'ISO 10002', body: 'A complaint standard.'}),
      ],
      {locale: 'en', characters: '', themes: [], synonyms: [], statuses: {}},
    );
    assert.deepEqual(file.terms, [...file.terms].sort());
    assert.equal(new Set(file.terms).size, file.terms.length);
    const at = file.terms.indexOf('complaint');
    const [keys, heading, body] = file.postings[at].split(FIELD_SEPARATOR).map((text) => [...decodePostings(text)]);
    assert.deepEqual({keys, heading, body}, {keys: [], heading: [0], body: [0, 1]});
    assert.equal(file.frequency[at], 3);
    // Kind, standard and title by their places; the link as what follows the standard's page.
    assert.deepEqual([file.standards, file.titles], [['a'], ['Complaint handling', '']]);
    assert.deepEqual(file.documents[1], [SEARCH_KINDS.indexOf('page'), 0, '', 1, '#s1']);
  });

  it("stores a link after its standard's page only when it is that page or an anchor on it", () => {
    const stored = (href: string) => packHref(href, 'a');
    assert.deepEqual(['/standards/a', '/standards/a#x', '/standards/ab#x', '/crosswalk?from=a&to=b'].map(stored), [
      '',
      '#x',
      '/standards/ab#x',
      '/crosswalk?from=a&to=b',
    ]);
    for (const href of ['/standards/a', '/standards/a#x', '/standards/ab#x', '/crosswalk?from=a&to=b']) {
      assert.equal(unpackHref(stored(href), 'a'), href);
    }
    assert.throws(
      () => stored('standards/a'),
      /a search document links to a path from the site's root, got "standards\/a"/,
    );
  });

  it('refuses documents whose ids do not run from 0 in order', async () => {
    await assert.rejects(
      buildSearchIndex([doc(1, {})], {locale: 'en', characters: '', themes: [], synonyms: [], statuses: {}}),
      /search document 0 has id 1: ids run from 0 in order/,
    );
  });
});

describe('the search engine', () => {
  // 400 documents say "quality" early; the one clause of standard "b" says it last of all.
  const docs = [
    ...Array.from({length: 400}, (_, i) => doc(i, {title: `Section ${i}`, body: 'quality quality management'})),
    doc(400, {
      kind: 'clause',
      standard: 'b',
      ref: '4.1',
      title: 'Scope',
      body: `${'other words '.repeat(40)}quality`,
      themes: ['t'],
    }),
  ];

  it('finds a filtered standard’s document under a term too common to read every document of', async () => {
    const engine = await build(docs);
    assert.ok(
      !engine.search('quality', {limit: 400}).some((h) => h.standard === 'b'),
      'unfiltered, the common term is cut before document 400',
    );
    for (const filters of [{standard: 'b'}, {kind: 'clause' as const}, {theme: 't'}]) {
      const hits = engine.search('quality', {limit: 5, filters});
      assert.deepEqual(
        hits.map((h) => h.href),
        ['/standards/a#s400'],
        JSON.stringify(filters),
      );
    }
  });

  it('shows a document as stored, with its ref and themes only where it has them', async () => {
    const engine = await build(docs);
    const [clause] = engine.search('scope');
    assert.deepEqual(
      {...clause, terms: [...clause.terms]},
      {
        id: 400,
        kind: 'clause',
        standard: 'b',
        ref: '4.1',
        title: 'Scope',
        href: '/standards/a#s400',
        themes: ['t'],
        score: clause.score,
        // Porter keeps the e of a one-syllable consonant-vowel-consonant stem: "scope", not "scop".
        terms: ['scope'],
      },
    );
    const [page] = engine.search('section 7');
    assert.ok(!('ref' in page) && !('themes' in page));
  });
});
