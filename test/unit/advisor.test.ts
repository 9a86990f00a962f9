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
  it('tells a Chinese bank that ISO/IEC 27001 is GB/T 22080-2025 there and to ask for a CNAS-accredited certificate, in both languages', async () => {
    const situation = {...chineseBank, goal: ['information-security']};
    const en = rec(await adviseWith(situation), 'iso-27001')!;
    assert.ok(
      en.reasons.some((r) => /^Published in China as GB\/T 22080-2025; .*accredited by CNAS/.test(r)),
      en.reasons.join('\n'),
    );
    // The adoption of the superseded 2013 edition is not the one a centre would use today.
    assert.ok(!en.reasons.some((r) => r.includes('GB/T 22080-2016')));
    const zh = rec(await adviseWith(situation, 'zh-Hans'), 'iso-27001')!;
    assert.ok(
      zh.reasons.some((r) => /^在中国以 GB\/T 22080-2025 发布；.*经 CNAS 认可/.test(r)),
      zh.reasons.join('\n'),
    );
  });

  it('says nothing of national adoptions to a centre in a country that has none on record', async () => {
    const advice = await adviseWith({...chineseBank, country: 'BR', currency: 'USD', goal: ['information-security']});
    assert.ok(!rec(advice, 'iso-27001')!.reasons.some((r) => /^Published in/.test(r)));
  });

  it('says a standard still called current on old evidence is not confirmed since its year, as a caveat', async () => {
    const advice = await adviseWith({...chineseBank, goal: ['operational-performance']});
    const cccsOp = rec(advice, 'cccs-op')!;
    assert.ok(cccsOp.rules.includes('status-not-confirmed-recently'));
    assert.ok(
      cccsOp.caveats.some((r) => /^Not confirmed since 2021: /.test(r)),
      cccsOp.caveats.join('\n'),
    );
    const zh = rec(await adviseWith({...chineseBank, goal: ['operational-performance']}, 'zh-Hans'), 'cccs-op')!;
    assert.ok(
      zh.caveats.some((r) => r.startsWith('2021 年以来未获确认')),
      zh.caveats.join('\n'),
    );
  });

  it('puts CCCS-OP, whose price fits, first for a Chinese bank, and keeps COPC in view as over the budget on its 2008 price', async () => {
    const advice = await adviseWith({...chineseBank, budget: 800000});
    assert.equal(advice.pick?.id, 'cccs-op');
    assert.match(advice.pick!.sentence, /^First choice: CCCS-OP\. .*fits your budget of CNY 800,000/);
    const copc = rec(advice, 'copc')!;
    assert.equal(copc.costCheck, 'over');
    assert.match(
      copc.costSentence,
      /more than CNY [\d,]+ \(2008 figure, China\), is over your budget of CNY 800,000: get a quote/,
    );
    assert.ok(recommendedIds(advice).indexOf('copc') > recommendedIds(advice).indexOf('cccs-op'));
  });

  it('finds COPC within reach of the same bank when the budget covers its low estimate, and says its figure is from 2008', async () => {
    const advice = await adviseWith({...chineseBank, budget: 2000000});
    const copc = rec(advice, 'copc')!;
    assert.deepEqual(copc.estimatedCost?.years, [2008]);
    assert.ok(copc.rules.includes('cost-figure-dated'));
    assert.equal(copc.costCheck, 'may-exceed', 'a "more than" figure may always exceed a budget');
    assert.match(copc.costSentence, /may exceed your budget of CNY 2,000,000: get a quote/);
  });

  it('says COPC takes longer than a Chinese bank has when it has fewer months than its 9 to 12', async () => {
    const advice = await adviseWith({...chineseBank, months: 6, budget: 5000000});
    const copc = rec(advice, 'copc')!;
    assert.equal(copc.timeCheck, 'over');
    assert.match(copc.timeSentence, /9–12 months \(2008 figure, China\), more than your 6 months/);
  });

  it("brings a CNY figure of 2008 to US dollars at 2008 rates, then to today's prices by US CPI-U, and says each step", async () => {
    const advice = await adviseWith({...chineseBank, currency: 'USD', budget: 1000000});
    const copc = rec(advice, 'copc')!;
    assert.equal(copc.estimatedCost?.currency, 'USD');
    const steps = copc.estimatedCost!.conversions[0];
    assert.equal(steps.from.currency, 'CNY');
    assert.equal(steps.toUsd?.rateYear, 2008);
    const data = await advisorData();
    const rate = data.rates.years.find((y) => y.year === 2008)!.perUsd.CNY!;
    const index = (year: number) => data.cost.priceIndex.years.find((y) => y.year === year)!.value;
    const priceYear = Math.max(...data.cost.priceIndex.years.map((y) => y.year));
    assert.equal(copc.estimatedCost?.priceYear, priceYear);
    assert.equal(copc.estimatedCost?.min, Number(((1200000 / rate) * (index(priceYear) / index(2008))).toPrecision(3)));
    assert.match(
      copc.estimatedCost!.conversion,
      new RegExp(
        `CNY to USD at 2008 rates, to ${priceYear} prices by US CPI-U \\(${index(2008)} → ${index(priceYear)}\\)`,
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
    assert.deepEqual(recommendedIds(advice).slice(0, 2).sort(), ['hdi-support-center', 'scp']);
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
    // Rs 20-25 lakh of 2005, brought to today's prices in rupees.
    const copcCost = rec(advice, 'copc')!.estimatedCost!;
    assert.deepEqual(
      copcCost.original.map((o) => [o.currency, o.min, o.max]),
      [['INR', 2000000, 2500000]],
    );
    assert.match(copcCost.text, /^INR [\d,]+ to INR [\d,]+$/);
    assert.ok(copcCost.min > 2000000, 'twenty years of inflation raise it');
  });

  it('never recommends People CMM, superseded, for developing people, and names its successor', async () => {
    const advice = await adviseWith({goal: 'people-development', country: 'IN'});
    assert.match(notRecommended(advice, 'people-cmm')!.reasons[0], /successor, CMMI-SVC/);
    assert.ok(recommendedIds(advice).includes('copc'));
  });

  it('advises ISO 10002, a guidance standard, as guidance to adopt for complaints handling, never as a certification', async () => {
    const advice = await adviseWith({goal: 'complaints-handling', country: 'DE'});
    assert.ok(!recommendedIds(advice).includes('iso-10002'));
    const guidance = advice.guidance.find((g) => g.id === 'iso-10002')!;
    assert.match(guidance.why, /^Guidance to adopt, not a certificate to pursue: .*not meant for certification/);
    assert.ok(guidance.reasons.some((r) => /complaints/.test(r)));
  });

  it('puts ISO 22301 first for business continuity', async () => {
    const advice = await adviseWith({goal: 'business-continuity', industry: 'banking'});
    assert.equal(recommendedIds(advice)[0], 'iso-22301');
  });

  it('offers an individual KCS for knowledge management, and an organization KCS as a method to adopt', async () => {
    const individual = await adviseWith({for: 'individual', goal: 'knowledge-management'});
    assert.deepEqual(recommendedIds(individual), ['kcs']);
    const organization = await adviseWith({operation: 'it-support', goal: 'knowledge-management'});
    assert.ok(!recommendedIds(organization).includes('kcs'));
    assert.deepEqual(
      organization.guidance.map((g) => g.id),
      ['kcs'],
    );
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

  it('on a budget of MYR 1 and one month, claims nothing fits: every choice is over or unchecked, and the roadmap says so', async () => {
    const advice = await adviseWith({
      budget: 1,
      currency: 'MYR',
      months: 1,
      country: 'MY',
      operation: 'in-house',
      goal: ['operational-performance', 'customer-experience'],
    });
    assert.ok(advice.recommendations.length > 0);
    assert.match(advice.noneShownToFit!, /Nothing here is shown to fit both your budget and your time/);
    for (const r of advice.recommendations) {
      assert.ok(['over', 'unchecked'].includes(r.costCheck), `${r.id}: ${r.costCheck}`);
      assert.match(r.costSentence, /is over your budget of MYR 1|Budget not checked/, r.id);
      assert.doesNotMatch(`${r.costSentence} ${r.timeSentence}`, /fits your budget|within your/, r.id);
    }
    assert.doesNotMatch(`${advice.roadmapBudget} ${advice.roadmapTime}`, /^Within/);
    assert.match(advice.roadmapBudget!, /Over your budget|Not fully checked/);
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
    // Coverage reads the way the crosswalk reads it: full and partial, never one bare share.
    assert.ok(
      rec(advice, 'copc')!.reasons.some((r) =>
        /^ISO 9001, which you hold, maps to its clauses: \d+% of them fully and \d+% in part/.test(r),
      ),
    );
  });

  it('prices an individual ITIL 4 certificate in pounds for the UK from the UK figure', async () => {
    const advice = await adviseWith({for: 'individual', country: 'GB', currency: 'GBP', goal: 'it-service-management'});
    assert.equal(recommendedIds(advice)[0], 'itil-4');
    assert.equal(rec(advice, 'itil-4')?.estimatedCost?.text, 'GBP 1,195');
    assert.deepEqual(rec(advice, 'itil-4')?.estimatedCost?.regions, ['GB']);
  });

  it('prices three people for an individual certificate at three times one person', async () => {
    const options = {for: 'individual', country: 'GB', currency: 'GBP', goal: 'it-service-management'};
    const three = await adviseWith({...options, people: 3});
    assert.equal(rec(three, 'itil-4')?.estimatedCost?.text, 'GBP 3,585');
    assert.equal(rec(three, 'itil-4')?.estimatedCost?.people, 3);
    assert.equal(rec(three, 'itil-4')?.estimate, undefined, 'no organisational estimate for a personal certificate');
  });

  it('recommends nothing to an organization whose only goal is an individual career, and says why for every standard', async () => {
    const advice = await adviseWith({goal: 'individual-career'});
    assert.deepEqual(recommendedIds(advice), []);
    const data = await advisorData();
    assert.equal(advice.notRecommended.length, data.standards.length);
    for (const n of advice.notRecommended)
      assert.ok(n.reasons.length > 0 && n.reasons.every((r) => r.length > 0), n.id);
  });

  it('starts the roadmap from the first choice, follows the ranking, and keeps its totals within the budget and months', async () => {
    const advice = await adviseWith({
      ...chineseBank,
      budget: 2000000,
      months: 24,
      goal: ['operational-performance', 'win-outsourcing-clients'],
    });
    assert.ok(advice.roadmap.length >= 2);
    assert.equal(advice.roadmap[0].id, advice.pick!.id);
    assert.equal(advice.plan!.id, advice.pick!.id);
    assert.ok(advice.plan!.steps.length > 0, 'the steps of getting the first choice, from its page');
    const ids = recommendedIds(advice);
    advice.roadmap.forEach((step, i) => {
      assert.equal(step.step, i + 1);
      assert.ok(step.cumulativeCost.min <= 2000000, step.id);
      assert.ok(step.cumulativeMonths.min <= 24, step.id);
      if (i > 0) {
        assert.ok(step.cumulativeCost.min >= advice.roadmap[i - 1].cumulativeCost.min);
        assert.ok(ids.indexOf(step.id) > ids.indexOf(advice.roadmap[i - 1].id), `${step.id} follows the ranking`);
      }
    });
    for (const step of advice.roadmap) assert.ok(ids.includes(step.id), `${step.id} is a recommendation`);
  });

  it('leaves a recommendation for later when the running total would pass the budget', async () => {
    // ITIL 4 (USD 400) fits USD 450 and comes first; KCS (USD 95 to 650) may not, and after ITIL 4 it would pass it.
    const advice = await adviseWith({
      for: 'individual',
      country: 'US',
      budget: 450,
      goal: ['it-service-management', 'knowledge-management'],
    });
    assert.deepEqual(recommendedIds(advice), ['itil-4', 'kcs']);
    assert.deepEqual(
      advice.roadmap.map((s) => s.id),
      ['itil-4'],
    );
    assert.deepEqual(
      advice.later.map((l) => l.id),
      ['kcs'],
    );
    assert.match(advice.later[0].reason, /over your budget/);
    assert.match(advice.roadmapBudget!, /^Within your budget of USD 450/);
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

  it('never names the Harmonized Structure, which standards are written on and no centre pursues', async () => {
    const advice = await adviseWith({...chineseBank, goal: ['information-security'], budget: 800000});
    const named = JSON.stringify(advice);
    assert.ok(recommendedIds(advice).includes('iso-27001'), 'a standard built on it is still advised');
    assert.doesNotMatch(named, /harmonized-structure|Harmonized Structure/);
  });

  it('gives the same advice in Chinese, with its reasons in Chinese', async () => {
    const en = await adviseWith({...chineseBank, budget: 800000}, 'en');
    const zh = await adviseWith({...chineseBank, budget: 800000}, 'zh-Hans');
    assert.deepEqual(recommendedIds(zh), recommendedIds(en));
    assert.deepEqual(
      zh.recommendations.map((r) => r.score),
      en.recommendations.map((r) => r.score),
    );
    assert.match(zh.recommendations[0].reasons.join(''), /[\u4e00-\u9fff]/);
    assert.match(zh.pick!.sentence, /^首选：CCCS-OP。/);
    assert.match(rec(zh, 'copc')!.costSentence, /超出您的预算 CNY 800,000：请先询价再决定/);
  });
});
