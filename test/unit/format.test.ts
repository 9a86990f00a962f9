/**
 * The one formatter of money, months, counts and shares: the pages, the advisor and the command
 * line print a figure the same way, in Node and in any browser (no Intl, whose ICU data differ).
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  amountText,
  countText,
  groupThousands,
  moneyText,
  monthsText,
  percentText,
  qualifiedCountText,
} from '../../src/core/format';
import {adviseWith} from '../support/advisor';

describe('figures in words', () => {
  it('group thousands with commas in every locale, negative and fractional amounts included', () => {
    assert.equal(groupThousands(1200000), '1,200,000');
    assert.equal(groupThousands(999), '999');
    assert.equal(groupThousands(-1234.5), '-1,234.5');
    assert.equal(countText(2400), '2,400');
  });

  it('print money as a currency code and whole units from 100 up', () => {
    assert.equal(moneyText('CNY', 1200000), 'CNY 1,200,000');
    assert.equal(moneyText('USD', 1234.56), 'USD 1,235');
    assert.equal(moneyText('USD', 12.5), 'USD 12.5');
  });

  it('print an amount, a range and a lower bound in each locale', () => {
    assert.equal(amountText({currency: 'INR', min: 500000, max: 500000}, 'en'), 'INR 500,000');
    assert.equal(amountText({currency: 'INR', min: 500000, max: 1500000}, 'en'), 'INR 500,000 to INR 1,500,000');
    assert.equal(amountText({currency: 'INR', min: 500000, max: 1500000}, 'zh-Hans'), 'INR 500,000 至 INR 1,500,000');
    assert.equal(amountText({currency: 'CNY', min: 1200000}, 'en'), 'more than CNY 1,200,000');
    assert.equal(amountText({currency: 'CNY', min: 1200000}, 'zh-Hans'), 'CNY 1,200,000 以上');
  });

  it('print months as a range or one figure, singular where English needs it', () => {
    assert.equal(monthsText(9, 12, 'en'), '9–12 months');
    assert.equal(monthsText(6, 6, 'en'), '6 months');
    assert.equal(monthsText(1, undefined, 'en'), '1 month');
    assert.equal(monthsText(9, 12, 'zh-Hans'), '9–12 个月');
    assert.equal(percentText(0.604), '60%');
  });

  it("are what the advice prints: its cost and months are the formatter's text", async () => {
    const advice = await adviseWith({
      industry: 'banking',
      country: 'CN',
      currency: 'CNY',
      budget: 5000000,
      months: 24,
      goal: ['operational-performance'],
    });
    const withCost = advice.recommendations.find((r) => r.estimatedCost);
    assert.ok(withCost?.estimatedCost, 'some recommendation has a cost');
    const cost = withCost.estimatedCost;
    assert.equal(cost.text, amountText({currency: cost.currency, min: cost.min, max: cost.max}, 'en'));
    const withTime = advice.recommendations.find((r) => r.estimatedMonths)!;
    assert.equal(
      withTime.estimatedMonths!.text,
      monthsText(withTime.estimatedMonths!.min, withTime.estimatedMonths!.max, 'en'),
    );
  });

  it('writes a count as its source gives it: exact, about, or a lower bound, in each locale', () => {
    assert.equal(qualifiedCountText(1000, {}, 'en'), '1,000');
    assert.equal(qualifiedCountText(1000, {approximate: true}, 'en'), 'about 1,000');
    assert.equal(qualifiedCountText(1000, {atLeast: true}, 'en'), 'more than 1,000');
    assert.equal(qualifiedCountText(1000, {approximate: true}, 'zh-Hans'), '约 1,000');
    assert.equal(qualifiedCountText(100, {atLeast: true}, 'zh-Hans'), '超过 100');
  });
});
