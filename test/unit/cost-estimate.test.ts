/**
 * The cost model on the real data: the audit-time tables at their band edges, the multi-site
 * sample, estimates that grow with size and never fall, every number traced to a source, and the
 * command line printing the same estimate as the engine the page runs.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {auditDays, sampledSites} from '../../src/core/cost/auditDays';
import {estimateOrganisation} from '../../src/core/cost/estimate';
import {isOrganisationalCertification} from '../../src/core/advisor/facts';
import {adviseWith, advisorData} from '../support/advisor';

const ruleOf = async (id: string) => (await advisorData()).cost.auditTime.rules.find((r) => r.id === id)!;
const standardOf = async (id: string) => (await advisorData()).standards.find((s) => s.id === id)!;

describe('the audit-time tables', () => {
  it("reads IAF MD 5's quality table at its band edges, and opens the range above its last band", async () => {
    const md5 = await ruleOf('iaf-md5-qms');
    const at = (staff: number) => auditDays(md5, 'days', staff);
    assert.equal(at(1).initial, 1.5);
    assert.equal(at(5).initial, 1.5);
    assert.equal(at(6).initial, 2);
    assert.equal(at(425).initial, 10);
    assert.equal(at(426).initial, 11);
    assert.deepEqual(at(426).band, {minStaff: 426, maxStaff: 625});
    assert.equal(at(10700).initial, 22);
    assert.equal(at(10700).beyondTable, false);
    assert.equal(at(10701).beyondTable, true, 'the table says to follow the progression, with no number');
    // Surveillance about a third and recertification about two thirds of the initial audit, up to the half day.
    assert.equal(at(425).surveillance, 3.5);
    assert.equal(at(425).recertification, 7);
  });

  it("reads ISO/IEC 27006's table from its first band of 1 to 10 persons to its last readable one", async () => {
    const isms = await ruleOf('iso-27006-isms');
    assert.equal(auditDays(isms, 'days', 10).recertification, null, 'no share is sourced for ISO/IEC 27006');
    assert.equal(auditDays(isms, 'days', 10).initial, 5);
    assert.equal(auditDays(isms, 'days', 11).initial, 6);
    assert.equal(auditDays(isms, 'days', 175).initial, 13);
    assert.equal(auditDays(isms, 'days', 176).beyondTable, true);
  });

  it('samples the square root of the sites, rounded up, and less at surveillance (IAF MD 1)', async () => {
    const md1 = (await advisorData()).cost.auditTime.multiSite.find((m) => m.id === 'iaf-md1')!;
    assert.deepEqual(sampledSites(md1, 26), {initial: 6, surveillance: 4, recertification: 5});
    assert.deepEqual(sampledSites(md1, 1), {initial: 1, surveillance: 1, recertification: 1});
    assert.deepEqual(sampledSites(md1, 4), {initial: 2, surveillance: 2, recertification: 2});
  });
});

describe('estimates', () => {
  it('grow with the centre at 50, 400 and 2,000 seats, in days and in money', async () => {
    const sizes = [50, 400, 2000];
    const advices = await Promise.all(
      sizes.map((seats) =>
        adviseWith({seats, country: 'IN', goal: ['operational-performance', 'customer-experience']}),
      ),
    );
    const iso9001 = advices.map(
      (a) => [...a.recommendations, ...a.notRecommended].find((r) => r.id === 'iso-9001')!.estimate!,
    );
    for (let i = 1; i < iso9001.length; i++) {
      assert.ok(iso9001[i].auditDays!.initial > iso9001[i - 1].auditDays!.initial, `days at ${sizes[i]} seats`);
      assert.ok(iso9001[i].firstCertification!.min > iso9001[i - 1].firstCertification!.min, `money at ${sizes[i]}`);
    }
    assert.equal(iso9001[1].currency, 'INR');
    assert.match(iso9001[1].method, /^10 audit days for 400 staff \(one person a seat/);
    assert.match(iso9001[1].method, /× INR 9,000–12,000 a day \(BIS audit fee per man-day/);
  });

  it('never fall as staff grow, for every organisational certification, country and number of sites', async () => {
    const data = await advisorData();
    const schemes = data.standards.filter(isOrganisationalCertification);
    const countries = [...new Set(data.cost.dayRates.map((r) => r.country)), 'PH'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...schemes),
        fc.constantFrom(...countries),
        fc.integer({min: 1, max: 20000}),
        fc.integer({min: 0, max: 20000}),
        fc.integer({min: 1, max: 30}),
        async (standard, country, staff, more, sites) => {
          const at = (n: number) =>
            estimateOrganisation(
              standard,
              {staff: n, staffFrom: 'staff', sites},
              [country],
              'USD',
              data.cost,
              data.rates,
            );
          const small = at(staff);
          const large = at(staff + more);
          assert.equal(small.quoteRequired, large.quoteRequired);
          if (small.auditDays) assert.ok(large.auditDays!.initial >= small.auditDays.initial);
          if (small.firstCertification) assert.ok(large.firstCertification!.min >= small.firstCertification.min);
          if (small.cycle.min !== null) assert.ok(large.cycle.min! >= small.cycle.min);
        },
      ),
      {numRuns: 300},
    );
  });

  it('trace every number to a source in the data: the rule, the day rate, the fees, the rates and the index', async () => {
    const data = await advisorData();
    const known = new Set(data.sources.map((s) => s.id));
    for (const standard of data.standards.filter(isOrganisationalCertification)) {
      for (const country of ['IN', 'CN', 'GB', 'US', 'MY', 'PH']) {
        const e = estimateOrganisation(
          standard,
          {staff: 400, staffFrom: 'seats', sites: 3},
          [country],
          'EUR',
          data.cost,
          data.rates,
        );
        const cited = new Set(e.sources);
        for (const id of e.sources)
          assert.ok(known.has(id), `${standard.id} ${country}: ${id} is in the advice's sources`);
        const expect = (ids: readonly string[], what: string) =>
          ids.forEach((id) => assert.ok(cited.has(id), `${standard.id} ${country}: ${what} source ${id}`));
        if (e.auditDays) expect(data.cost.auditTime.rules.find((r) => r.id === e.rule!.id)!.sources, 'rule');
        if (e.firstCertification) {
          const steps = [
            e.dayRate?.priced.min,
            ...e.fees.map((f) => f.priced.min),
            ...(e.reported?.priced.map((p) => p.min) ?? []),
          ];
          for (const s of steps) if (s) expect(s.sources, 'rate and index');
          if (e.dayRate) expect(e.dayRate.sources, 'day rate');
          for (const fee of e.fees) expect(fee.sources, 'fee');
        }
        assert.equal(e.quoteRequired, e.firstCertification === null);
      }
    }
  });

  it('price the whole ISO 9001 cycle in India: the first certification, two surveillance audits and a recertification', async () => {
    const data = await advisorData();
    const e = estimateOrganisation(
      await standardOf('iso-9001'),
      {staff: 400, staffFrom: 'staff', sites: 1},
      ['IN'],
      'INR',
      data.cost,
      data.rates,
    );
    assert.deepEqual([e.auditDays!.initial, e.auditDays!.surveillance, e.auditDays!.recertification], [10, 3.5, 7]);
    assert.equal(e.cycle.years, 3);
    const perDay = e.dayRate!.priced;
    const fees = (which: 'first' | 'cycle', end: 'min' | 'max') =>
      e.fees.reduce((sum, f) => sum + f.priced[end].amount * f.times[which], 0);
    const expected = (end: 'min' | 'max') =>
      Number(((10 + 2 * 3.5 + 7) * perDay[end].amount + fees('cycle', end)).toPrecision(3));
    assert.deepEqual([e.cycle.min, e.cycle.max], [expected('min'), expected('max')]);
    assert.ok(e.cycle.min! > e.firstCertification!.min);
  });

  it('charge a fee per added site only from the second site on', async () => {
    const data = await advisorData();
    const iso = await standardOf('iso-9001');
    const at = (sites: number) =>
      estimateOrganisation(iso, {staff: 400, staffFrom: 'staff', sites}, ['IN'], 'INR', data.cost, data.rates);
    const perSite = (sites: number) => at(sites).fees.find((f) => f.per === 'additional-site');
    assert.equal(perSite(1), undefined);
    assert.equal(perSite(3)?.times.first, 2);
  });

  it('warn when the first certification fits the budget but the whole cycle may not', async () => {
    const advice = await adviseWith({seats: 400, country: 'IN', budget: 200000, goal: 'client-recognition'});
    const iso = advice.recommendations.find((r) => r.id === 'iso-9001')!;
    assert.equal(iso.costCheck, 'within');
    assert.equal(iso.cycleCheck, 'over');
    assert.ok(iso.rules.includes('cycle-over-budget'));
    assert.match(
      iso.caveats.join(' '),
      /Over its whole 3-year cycle, with surveillance and recertification, it comes to INR [\d,]+ to INR [\d,]+: more than your budget of INR 200,000 may cover/,
    );
  });

  it('carry money for ISO 9001 and ISO/IEC 27001 in at least six countries', async () => {
    const data = await advisorData();
    const countries = [...new Set(data.cost.dayRates.map((r) => r.country))];
    for (const id of ['iso-9001', 'iso-27001']) {
      const standard = await standardOf(id);
      const priced = countries.filter(
        (c) =>
          estimateOrganisation(standard, {staff: 100, staffFrom: 'staff', sites: 1}, [c], 'USD', data.cost, data.rates)
            .firstCertification !== null,
      );
      assert.ok(priced.length >= 6, `${id}: ${priced.join(', ')}`);
    }
  });

  it('give audit days without money where no day rate is sourced, and say so', async () => {
    const advice = await adviseWith({seats: 400, country: 'PH', goal: 'operational-performance'});
    const iso9001 = [...advice.recommendations, ...advice.notRecommended].find((r) => r.id === 'iso-9001')!.estimate!;
    assert.equal(iso9001.auditDays!.initial, 10);
    assert.equal(iso9001.firstCertification, null);
    assert.equal(iso9001.quoteRequired, true);
    assert.match(iso9001.method, /no sourced day rate for Philippines: days without money/);
  });

  it('are printed the same by the command line as by the engine the page runs', async () => {
    const options = [
      '--seats',
      '400',
      '--staff',
      '520',
      '--sites',
      '2',
      '--country',
      'CN',
      '--goal',
      'operational-performance',
    ];
    const cli = JSON.parse(
      execFileSync(
        'npx',
        ['tsx', 'plugins/standards-compiler/cli/advise.ts', ...options, '--json', '--locale', 'zh-Hans'],
        {
          encoding: 'utf8',
        },
      ),
    );
    const page = await adviseWith(
      {seats: 400, staff: 520, sites: 2, country: 'CN', goal: 'operational-performance'},
      'zh-Hans',
    );
    for (const item of [...page.recommendations, ...page.notRecommended]) {
      const printed = [...cli.recommendations, ...cli.notRecommended].find((r: {id: string}) => r.id === item.id);
      assert.deepEqual(printed.estimate, item.estimate, item.id);
    }
    const iso =
      page.notRecommended.find((r) => r.id === 'iso-9001') ?? page.recommendations.find((r) => r.id === 'iso-9001');
    assert.equal(iso!.estimate!.staff, 520, 'the headcount given, not the seats');
    assert.match(iso!.estimate!.method, /520 名员工/);
  });

  it('scale with staff the user gives on an unchanged standard', async () => {
    const iso = await standardOf('iso-9001');
    const data = await advisorData();
    const e = estimateOrganisation(iso, {staffFrom: 'none', sites: 1}, ['IN'], 'INR', data.cost, data.rates);
    assert.equal(e.auditDays, null, 'without staff or seats the audit is not sized');
    assert.equal(e.quoteRequired, true);
  });
});
