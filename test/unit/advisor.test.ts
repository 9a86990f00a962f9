/**
 * The advisor on the real data: scenarios written from the source documents and the catalogue,
 * each asserting what a sensible advisor must and must not say.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Advice} from '../../src/core/advisor/advise';
import {type Options, advisorData, adviseWith, notRecommended, recommendedIds} from '../support/advisor';

const rec = (advice: Advice, id: string) => advice.recommendations.find((r) => r.id === id);
const rulesOf = (advice: Advice, id: string) => [
  ...(rec(advice, id)?.rules ?? []),
  ...(notRecommended(advice, id)?.rules ?? []),
];

/** A Chinese bank's in-house centre, as the Chinese source documents describe the market. */
const chineseBank = {
  industry: 'banking',
  operation: 'in-house',
  country: 'CN',
  currency: 'CNY',
  months: 12,
  goal: ['operational-performance', 'customer-experience'],
};

describe('the advisor, on scenarios from the sources', () => {
  it('puts CCCS-OP first for a Chinese bank, and rules COPC out on a budget under its 2008 price', async () => {
    const advice = await adviseWith({...chineseBank, budget: 500000});
    assert.equal(recommendedIds(advice)[0], 'cccs-op');
    assert.deepEqual(notRecommended(advice, 'copc')?.rules, ['over-budget']);
    assert.match(notRecommended(advice, 'copc')!.reasons[0], /more than CNY 1,200,000 \(2008 figure\).*CNY 500,000/);
  });

  it('recommends COPC to the same bank when the budget covers it, warning that the figure is from 2008', async () => {
    const advice = await adviseWith({...chineseBank, budget: 2000000});
    const copc = rec(advice, 'copc');
    assert.ok(copc, 'COPC is recommended');
    assert.equal(copc.estimatedCost?.year, 2008);
    assert.ok(copc.rules.includes('cost-figure-dated'));
    assert.ok(copc.rules.includes('cost-may-exceed-budget'), 'a "more than" figure may always exceed a budget');
  });

  it('rules COPC out in China when there are fewer months than its 9 to 12', async () => {
    const advice = await adviseWith({...chineseBank, months: 6, budget: 5000000});
    assert.deepEqual(notRecommended(advice, 'copc')?.rules, ['takes-longer-than-available']);
    assert.match(notRecommended(advice, 'copc')!.reasons[0], /9–12 months; you have 6 months/);
  });

  it('converts a CNY figure of 2008 into US dollars at the nearest year the rates have, and says so', async () => {
    const advice = await adviseWith({...chineseBank, currency: 'USD', budget: 1000000});
    const copc = rec(advice, 'copc')!;
    assert.equal(copc.estimatedCost?.currency, 'USD');
    assert.equal(copc.estimatedCost?.conversions[0].from, 'CNY');
    const data = await advisorData();
    const rate = data.rates.years.find((y) => y.year === copc.estimatedCost!.conversions[0].rateYear)!.perUsd.CNY!;
    assert.equal(copc.estimatedCost?.min, Number((1200000 / rate).toPrecision(3)));
    assert.match(
      copc.estimatedCost!.conversion,
      new RegExp(
        `CNY converted at ${copc.estimatedCost!.conversions[0].rateYear} average rates \\(1 USD = ${rate} CNY\\)`,
      ),
    );
  });

  it('sends an IT support centre in the US to SCP and HDI, and never to CCCS-OP, which is used in China', async () => {
    const advice = await adviseWith({
      operation: 'it-support',
      industry: 'it-services',
      country: 'US',
      goal: ['it-service-management', 'operational-performance'],
    });
    assert.deepEqual(recommendedIds(advice).slice(0, 2), ['scp', 'hdi-support-center']);
    assert.deepEqual(notRecommended(advice, 'cccs-op')?.rules, ['not-used-where-you-operate']);
    assert.match(notRecommended(advice, 'cccs-op')!.reasons[0], /used in China, none of the countries you named/);
  });

  it('offers a Chinese contact-centre professional CCCS-PQ first, and never a withdrawn or an organizational scheme', async () => {
    const advice = await adviseWith({for: 'individual', country: 'CN', goal: 'individual-career'});
    assert.equal(recommendedIds(advice)[0], 'cccs-pq');
    assert.ok(rulesOf(advice, 'ciac').includes('withdrawn-without-successor'));
    assert.ok(rulesOf(advice, 'sspa').includes('withdrawn-without-successor'));
    const data = await advisorData();
    for (const id of recommendedIds(advice))
      assert.equal(data.standards.find((s) => s.id === id)!.certifies, 'individual', id);
  });

  it('moves a holder of BS 7799 on to its successor ISO/IEC 27001', async () => {
    const advice = await adviseWith({has: 'bs-7799', goal: 'information-security', country: 'GB'});
    assert.equal(recommendedIds(advice)[0], 'iso-27001');
    assert.ok(rec(advice, 'iso-27001')!.rules.includes('succeeds-what-you-hold'));
    assert.ok(rec(advice, 'iso-27001')!.reasons.some((r) => /succeeds BS 7799, which you hold/.test(r)));
    assert.ok(notRecommended(advice, 'bs-7799')!.rules.includes('superseded-by-successor'));
  });

  it('answers payment card security with PCI DSS alone', async () => {
    const advice = await adviseWith({goal: 'payment-card-security', industry: 'retail', country: 'US'});
    assert.deepEqual(recommendedIds(advice), ['pci-dss']);
  });

  it('sends an outsourcer in India to COPC and eSCM-SP, not to the client-side eSCM-CL', async () => {
    const advice = await adviseWith({
      operation: 'outsourcer',
      industry: 'bpo',
      country: 'IN',
      currency: 'INR',
      goal: 'win-outsourcing-clients',
    });
    assert.deepEqual(recommendedIds(advice).slice(0, 2).sort(), ['copc', 'escm-sp']);
    assert.equal(rec(advice, 'escm-cl'), undefined);
    assert.equal(rec(advice, 'copc')?.estimatedCost?.text, 'INR 2,000,000 to INR 2,500,000');
  });

  it('never recommends People CMM, superseded, for developing people, and names its successor', async () => {
    const advice = await adviseWith({goal: 'people-development', country: 'IN'});
    assert.match(notRecommended(advice, 'people-cmm')!.reasons[0], /successor, CMMI-SVC/);
    assert.ok(recommendedIds(advice).includes('copc'));
  });

  it('puts ISO 10002 first for complaints handling', async () => {
    const advice = await adviseWith({goal: 'complaints-handling', country: 'DE'});
    assert.equal(recommendedIds(advice)[0], 'iso-10002');
  });

  it('puts ISO 22301 first for business continuity', async () => {
    const advice = await adviseWith({goal: 'business-continuity', industry: 'banking'});
    assert.equal(recommendedIds(advice)[0], 'iso-22301');
  });

  it('offers an individual KCS for knowledge management', async () => {
    const advice = await adviseWith({for: 'individual', goal: 'knowledge-management'});
    assert.deepEqual(recommendedIds(advice), ['kcs']);
  });

  it('recommends Customer Service Excellence to a UK public service, and never outside the UK', async () => {
    const uk = await adviseWith({
      operation: 'public-service',
      industry: 'public-sector',
      country: 'GB',
      goal: 'customer-experience',
    });
    assert.equal(recommendedIds(uk)[0], 'customer-service-excellence');
    const china = await adviseWith({
      operation: 'public-service',
      industry: 'public-sector',
      country: 'CN',
      goal: 'customer-experience',
    });
    assert.deepEqual(notRecommended(china, 'customer-service-excellence')?.rules, ['not-used-where-you-operate']);
  });

  it('rules out every standard with a known price on a budget of nothing, and keeps those without a figure, with a caveat', async () => {
    const advice = await adviseWith({budget: 0, goal: 'operational-performance', country: 'IN'});
    for (const id of ['copc', 'cmmi-svc']) assert.ok(rulesOf(advice, id).includes('over-budget'), id);
    for (const r of advice.recommendations) {
      assert.equal(r.estimatedCost, null, r.id);
      assert.ok(r.rules.includes('no-cost-figure'), r.id);
    }
  });

  it('does not recommend what is already held, and counts it towards what it covers', async () => {
    const advice = await adviseWith({
      has: 'iso-9001',
      goal: 'win-outsourcing-clients',
      operation: 'outsourcer',
      country: 'IN',
    });
    assert.deepEqual(notRecommended(advice, 'iso-9001')?.rules, ['already-held']);
    assert.ok(rec(advice, 'copc')!.rules.includes('builds-on-what-you-hold'));
    assert.ok(
      rec(advice, 'copc')!.reasons.some((r) => /^ISO 9001, which you hold, already covers \d+% of its clauses/.test(r)),
    );
  });

  it('prices an individual ITIL 4 certificate in pounds for the UK from the UK figure', async () => {
    const advice = await adviseWith({for: 'individual', country: 'GB', currency: 'GBP', goal: 'it-service-management'});
    assert.equal(recommendedIds(advice)[0], 'itil-4');
    assert.equal(rec(advice, 'itil-4')?.estimatedCost?.text, 'GBP 1,195');
    assert.deepEqual(rec(advice, 'itil-4')?.estimatedCost?.regions, ['GB']);
  });

  it('recommends nothing to an organization whose only goal is an individual career, and says why for every standard', async () => {
    const advice = await adviseWith({goal: 'individual-career'});
    assert.deepEqual(recommendedIds(advice), []);
    const data = await advisorData();
    assert.equal(advice.notRecommended.length, data.standards.length);
    for (const n of advice.notRecommended)
      assert.ok(n.reasons.length > 0 && n.reasons.every((r) => r.length > 0), n.id);
  });

  it('keeps the roadmap within the budget and the months, numbered in order, its totals adding up', async () => {
    const advice = await adviseWith({
      ...chineseBank,
      budget: 2000000,
      months: 24,
      goal: ['operational-performance', 'win-outsourcing-clients'],
    });
    assert.ok(advice.roadmap.length >= 2);
    advice.roadmap.forEach((step, i) => {
      assert.equal(step.step, i + 1);
      assert.ok(step.cumulativeCost.min <= 2000000, step.id);
      assert.ok(step.cumulativeMonths.min <= 24, step.id);
      if (i > 0) assert.ok(step.cumulativeCost.min >= advice.roadmap[i - 1].cumulativeCost.min);
    });
    const ids = recommendedIds(advice);
    for (const step of advice.roadmap) assert.ok(ids.includes(step.id), `${step.id} is a recommendation`);
  });

  it('leaves a recommendation for later when the running total would pass the budget', async () => {
    // KCS (from USD 95) and ITIL 4 (USD 400) each fit USD 450; together they do not.
    const advice = await adviseWith({
      for: 'individual',
      country: 'US',
      budget: 450,
      goal: ['it-service-management', 'knowledge-management'],
    });
    assert.deepEqual(
      advice.roadmap.map((s) => s.id),
      ['kcs'],
    );
    assert.deepEqual(
      advice.later.map((l) => l.id),
      ['itil-4'],
    );
    assert.match(advice.later[0].reason, /over your budget/);
    assert.ok(recommendedIds(advice).includes('itil-4'), 'it is still recommended on its own');
  });

  it('never recommends a standard that is not current, on any scenario', async () => {
    const data = await advisorData();
    const scenarios: Options[] = [
      {...chineseBank, budget: 5000000},
      {for: 'individual', goal: ['individual-career', 'people-development']},
      {
        goal: ['information-security', 'people-development', 'win-outsourcing-clients', 'customer-experience'],
        country: ['DE', 'GB', 'IN'],
      },
    ];
    for (const s of scenarios) {
      const advice = await adviseWith(s);
      for (const id of recommendedIds(advice))
        assert.equal(data.standards.find((x) => x.id === id)!.status, 'current', id);
    }
  });

  it('gives the same advice in Chinese, with its reasons in Chinese', async () => {
    const en = await adviseWith({...chineseBank, budget: 500000}, 'en');
    const zh = await adviseWith({...chineseBank, budget: 500000}, 'zh-Hans');
    assert.deepEqual(recommendedIds(zh), recommendedIds(en));
    assert.deepEqual(
      zh.recommendations.map((r) => r.score),
      en.recommendations.map((r) => r.score),
    );
    assert.match(zh.recommendations[0].reasons.join(''), /[\u4e00-\u9fff]/);
    assert.match(notRecommended(zh, 'copc')!.reasons[0], /超出您的预算 CNY 500,000/);
  });
});
