import Translate, {translate} from '@docusaurus/Translate';
import type {EstimateSummary} from '@site/src/core/cost/summary';
import {amountText, groupThousands, monthsText} from '@site/src/core/format';
import type {Locale} from '@site/src/core/vocabulary';
import React from 'react';

const dayCount = (n: number | null) =>
  n === null ? translate({id: 'advisor.estimate.daysNotSourced', message: 'not sourced'}) : groupThousands(n);

const quote = () => translate({id: 'advisor.estimate.quote', message: 'quote required'});

/**
 * An organisational certification's estimate for this centre: the money for the first
 * certification and the whole cycle (or "quote required"), the audit days, the months, and the
 * method line that says where every number comes from. What is unknown is said, never filled.
 */
export default function AdvisorEstimate({estimate: e, locale}: {estimate: EstimateSummary; locale: Locale}) {
  const money = (range: {min: number | null; max: number | null} | null) =>
    range && range.min !== null
      ? amountText({currency: e.currency, min: range.min, ...(range.max === null ? {} : {max: range.max})}, locale)
      : quote();
  return (
    <div className="advisor-estimate">
      <p className="advisor-subhead">
        <Translate id="advisor.estimate.title" values={{year: e.priceYear}}>
          {'Estimate (in {year} prices)'}
        </Translate>
      </p>
      <dl>
        <dt>
          <Translate id="advisor.estimate.first">First certification</Translate>
        </dt>
        <dd className="advisor-estimate-first">{money(e.firstCertification)}</dd>
        <dt>
          {e.cycle.years !== null ? (
            <Translate id="advisor.estimate.cycle" values={{years: e.cycle.years}}>
              {'Whole cycle ({years} years)'}
            </Translate>
          ) : (
            <Translate id="advisor.estimate.cycleUnknown">Whole cycle</Translate>
          )}
        </dt>
        <dd className="advisor-estimate-cycle">
          {e.cycle.years === null
            ? translate({id: 'advisor.estimate.cycleNotSourced', message: 'cycle not sourced'})
            : money(e.cycle)}
        </dd>
        <dt>
          <Translate id="advisor.estimate.days">Audit days</Translate>
        </dt>
        <dd className="advisor-estimate-days">
          {e.auditDays ? (
            <Translate
              id="advisor.estimate.daysValue"
              values={{
                initial: groupThousands(e.auditDays.initial),
                surveillance: dayCount(e.auditDays.surveillance),
                recertification: dayCount(e.auditDays.recertification),
              }}
            >
              {'initial audit {initial} · each surveillance audit {surveillance} · recertification {recertification}'}
            </Translate>
          ) : (
            translate({id: 'advisor.estimate.noDays', message: 'not sized (see the method)'})
          )}
        </dd>
        <dt>
          <Translate id="advisor.estimate.months">Months to certify</Translate>
        </dt>
        <dd>
          {e.months
            ? monthsText(e.months.min, e.months.max ?? undefined, locale)
            : translate({id: 'advisor.estimate.noMonths', message: 'no sourced figure'})}
        </dd>
      </dl>
      <p className="advisor-method">
        <Translate id="advisor.estimate.method">Method:</Translate> {e.method}
      </p>
    </div>
  );
}
