/**
 * Unknowns are never an advantage: on situations with a budget and months, taking away any one
 * standard's cost figures, or its time figures, never moves it up the recommendations, never
 * makes a standard recommendable that was not, and never makes its budget or time read as fitting.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {advise} from '../../src/core/advisor/advise';
import type {AdvisorData} from '../../src/core/advisor/data';
import {type Options, advisorData, parse} from '../support/advisor';

const SITUATIONS: Options[] = [
  {
    industry: 'banking',
    operation: 'in-house',
    country: 'CN',
    currency: 'CNY',
    budget: 500000,
    months: 12,
    goal: ['operational-performance', 'customer-experience'],
  },
  {
    operation: 'outsourcer',
    industry: 'bpo',
    country: 'IN',
    currency: 'INR',
    budget: 2200000,
    months: 10,
    goal: ['win-outsourcing-clients', 'operational-performance', 'people-development'],
  },
  {
    for: 'individual',
    country: 'GB',
    currency: 'GBP',
    budget: 500,
    months: 3,
    goal: ['it-service-management', 'knowledge-management', 'individual-career'],
  },
];

const rankIn = (ids: string[], id: string) => (ids.includes(id) ? ids.indexOf(id) : Infinity);

const withoutFigures = (data: AdvisorData, ids: readonly string[], field: 'costs' | 'durations'): AdvisorData => ({
  ...data,
  standards: data.standards.map((s) => (ids.includes(s.id) ? {...s, [field]: []} : s)),
});

describe('the advisor never rewards a missing figure', () => {
  it('ranks no recommended standard higher once its cost or time figures are taken away', async () => {
    const data = await advisorData();
    let compared = 0;
    for (const options of SITUATIONS) {
      const parsed = await parse(options);
      assert.ok(parsed.ok);
      const before = await advise(data, parsed.input, 'en');
      const ids = before.recommendations.map((r) => r.id);
      for (const id of ids) {
        const standard = data.standards.find((s) => s.id === id)!;
        for (const field of ['costs', 'durations'] as const) {
          if (!standard[field].length) continue;
          const after = await advise(withoutFigures(data, [id], field), parsed.input, 'en');
          const where = `${id} without ${field}, ${JSON.stringify(options)}`;
          assert.ok(
            rankIn(
              after.recommendations.map((r) => r.id),
              id,
            ) >= rankIn(ids, id),
            `rose: ${where}`,
          );
          const now = after.recommendations.find((r) => r.id === id)!;
          assert.equal(now[field === 'costs' ? 'costCheck' : 'timeCheck'], 'unchecked', where);
          compared += 1;
        }
      }
    }
    assert.ok(compared >= 6, `only ${compared} comparisons: are the figures gone from the data?`);
  });

  it('makes nothing recommendable that was not, once every figure is taken away', async () => {
    const data = await advisorData();
    const all = data.standards.map((s) => s.id);
    for (const options of SITUATIONS) {
      const parsed = await parse(options);
      assert.ok(parsed.ok);
      const before = (await advise(data, parsed.input, 'en')).recommendations.map((r) => r.id);
      const bare = withoutFigures(withoutFigures(data, all, 'costs'), all, 'durations');
      const after = (await advise(bare, parsed.input, 'en')).recommendations.map((r) => r.id);
      assert.deepEqual([...after].sort(), [...before].sort(), JSON.stringify(options));
    }
  });
});
