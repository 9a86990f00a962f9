/** The Traditional -> Simplified table the index ships, built from the corpus's own text. */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {buildCharacterTable} from '../../plugins/standards-compiler/search/traditional';

const pairs = (table: string) => new Map([...table.matchAll(/(.)(.)/gu)].map((m) => [m[1], m[2]]));

describe('the Traditional character table', () => {
  it('maps the Traditional forms of the corpus characters to them: 評審 -> 评审', () => {
    const table = pairs(buildCharacterTable(['管理评审']));
    assert.equal(table.get('評'), '评');
    assert.equal(table.get('審'), '审');
  });

  it('still maps 評 to 评 when Chinese text quotes a Japanese name written with 評', () => {
    const table = pairs(buildCharacterTable(['管理评审', '质量评价（クオリティ評価）']));
    assert.equal(table.get('評'), '评');
  });
});
