/**
 * The English stemmer that the index and every query share: the forms a reader types for one idea
 * meet in one term, and words that only look alike stay apart.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {stem} from '../../src/core/search/stem';

/** Each group: words a reader means alike, which must share a stem. */
const ALIKE = [
  ['protect', 'protects', 'protected', 'protecting', 'protection'],
  ['inspect', 'inspection', 'inspections'],
  ['certified', 'certificate', 'certification', 'certifying'],
  ['complaint', 'complaints'],
  ['manage', 'managing', 'management'],
  ['document', 'documents', 'documentation'],
  ['prevent', 'prevention'],
  ['inform', 'information'],
  // British and American spellings, both in the corpus (stem.ts folds Porter's -is).
  ['organise', 'organize', 'organisation', 'organization', 'organisations'],
  // ... which must not split a word whose -is is its own: Porter keeps it in both.
  ['revise', 'revision'],
];

/** Pairs that share letters, not meaning: their stems must differ. */
const APART = [
  ['state', 'station'],
  ['action', 'act'],
  ['document', 'comment'],
];

describe('stem', () => {
  for (const group of ALIKE) {
    it(`gives "${group.join('", "')}" one stem`, () => {
      assert.deepEqual(new Set(group.map(stem)).size, 1, group.map((w) => `${w} -> ${stem(w)}`).join(', '));
    });
  }
  for (const [a, b] of APART) {
    it(`keeps "${a}" and "${b}" apart`, () => assert.notEqual(stem(a), stem(b)));
  }
  it('leaves short words and numbers as they are', () => {
    for (const w of ['iso', 'kpi', '9001', '27001']) assert.equal(stem(w), w);
  });
});
