/**
 * The vocabulary's labels have one home (src/core/labels.ts): every id of every closed list has a
 * label in every locale, and the advice, the form and the command line all read the same one.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {LABELS, labelInSentence} from '../../src/core/labels';
import {ADOPTION_MEASURES} from '../../src/core/schema';
import {SEARCH_KINDS} from '../../src/core/search/kinds';
import {
  ADVISOR_GOALS,
  CERTIFIED_PARTIES,
  CONFIDENCES,
  EDITION_STATUSES,
  FAMILIES,
  FOCUS_DIMENSIONS,
  INDUSTRIES,
  LOCALES,
  OPERATION_TYPES,
  RELATION_TYPES,
  RELATIONSHIPS,
  STANDARD_KINDS,
  TEXT_ACCESS,
} from '../../src/core/vocabulary';
import {adviseWith} from '../support/advisor';

const LISTS = {
  statuses: EDITION_STATUSES,
  kinds: STANDARD_KINDS,
  parties: CERTIFIED_PARTIES,
  focus: FOCUS_DIMENSIONS,
  relations: RELATION_TYPES,
  relationships: RELATIONSHIPS,
  confidences: CONFIDENCES,
  access: TEXT_ACCESS,
  industries: ['all', ...INDUSTRIES],
  operations: OPERATION_TYPES,
  goals: ADVISOR_GOALS,
  measures: ADOPTION_MEASURES,
  families: FAMILIES,
  searchKinds: SEARCH_KINDS,
} as const;

describe('the vocabulary labels', () => {
  for (const locale of LOCALES) {
    it(`name every id of every list, and nothing else, in ${locale}`, () => {
      const labels = LABELS[locale];
      assert.ok(labels, `no labels for ${locale}`);
      for (const [list, ids] of Object.entries(LISTS)) {
        const record = labels[list as keyof typeof LISTS] as Record<string, string>;
        assert.deepEqual(Object.keys(record).sort(), [...ids].sort(), `${locale} ${list}`);
        for (const id of ids) assert.ok(record[id]?.trim(), `${locale} ${list}.${id} is empty`);
      }
      assert.ok(labels.globalRegion.trim());
    });
  }

  it('read the same in a sentence of the advice as in the form, but for English capitals', async () => {
    const bpo = {
      for: 'organization',
      industry: 'bpo',
      operation: 'outsourcer',
      goal: ['win-outsourcing-clients'],
      country: 'IN',
    };
    const zh = await adviseWith(bpo, 'zh-Hans');
    const zhReasons = zh.recommendations.flatMap((r) => r.reasons).join('\n');
    assert.ok(zhReasons.includes(LABELS['zh-Hans'].industries.bpo), zhReasons);
    assert.ok(zhReasons.includes(LABELS['zh-Hans'].goals['win-outsourcing-clients']), zhReasons);
    const en = await adviseWith(bpo, 'en');
    const enReasons = en.recommendations.flatMap((r) => r.reasons).join('\n');
    assert.ok(enReasons.includes('outsourcing (BPO)'), enReasons);
    assert.ok(enReasons.includes('winning outsourcing clients'), enReasons);
  });

  it('keep an abbreviation capitalised inside an English sentence', () => {
    assert.equal(labelInSentence('IT services', 'en'), 'IT services');
    assert.equal(labelInSentence('Public sector', 'en'), 'public sector');
    assert.equal(labelInSentence('公共部门', 'zh-Hans'), '公共部门');
  });
});
