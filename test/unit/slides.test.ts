/** The slides page's address: which deck it names, or why it names none the data has. */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {deckOf} from '../../src/components/SlidesPage/_utils';

const has = {
  standard: (id: string) => ['copc', 'iso-9001'].includes(id),
  gap: (a: string, b: string) => a === 'iso-9001' && b === 'copc',
};

describe('the slides page address', () => {
  it('names a standard, two to four standards, a gap or a lesson', () => {
    assert.deepEqual(deckOf('?standard=copc', has), {ok: true, deck: {kind: 'standard', id: 'copc'}});
    assert.deepEqual(deckOf('?compare=iso-9001,copc', has), {
      ok: true,
      deck: {kind: 'compare', ids: ['iso-9001', 'copc']},
    });
    assert.deepEqual(deckOf('?gap=iso-9001--copc', has), {ok: true, deck: {kind: 'gap', from: 'iso-9001', to: 'copc'}});
    assert.deepEqual(deckOf('?lesson=audit-cycle', has), {ok: true, deck: {kind: 'lesson', id: 'audit-cycle'}});
  });

  it('says which parameter names nothing the data has, and when none is given', () => {
    assert.deepEqual(deckOf('?standard=nope', has), {
      ok: false,
      problem: {kind: 'unknown', param: 'standard', value: 'nope'},
    });
    assert.deepEqual(deckOf('?compare=copc', has), {
      ok: false,
      problem: {kind: 'unknown', param: 'compare', value: 'copc'},
    });
    assert.deepEqual(deckOf('?gap=copc--iso-9001', has), {
      ok: false,
      problem: {kind: 'unknown', param: 'gap', value: 'copc--iso-9001'},
    });
    assert.deepEqual(deckOf('?lesson=../etc', has), {
      ok: false,
      problem: {kind: 'unknown', param: 'lesson', value: '../etc'},
    });
    assert.deepEqual(deckOf('', has), {ok: false, problem: {kind: 'none'}});
  });
});
