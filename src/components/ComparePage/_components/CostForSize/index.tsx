import Translate, {translate} from '@docusaurus/Translate';
import type {AdvisorData} from '@site/src/core/advisor/data';
import {MAX_COUNT} from '@site/src/core/advisor/input';
import {groupThousands} from '@site/src/core/format';
import type {Locale} from '@site/src/core/vocabulary';
import React, {lazy, useEffect, useMemo, useState} from 'react';
import LazyPlot from '../Charts/LazyPlot';
import {COST_SIZE_HEIGHT} from '../Charts/_sizes';
import {type CostSeries, costSeries, proxyText} from '../../_costFor';
import {compareText} from '@site/src/core/text';

const CostSizePlot = lazy(() => import('../Charts/Plots').then((m) => ({default: m.CostSizePlot})));

/**
 * The advisor's data, loaded only when the cost column is asked for: the table's own data stays
 * small, and the estimates come from the same data and engine as the advisor's.
 */
export function useAdvisorData(wanted: boolean): AdvisorData | null {
  const [data, setData] = useState<AdvisorData | null>(null);
  useEffect(() => {
    if (!wanted || data) return;
    let live = true;
    void import('@generated/standards-compiler/default/advisor.json').then((m) => {
      if (live) setData(m.default);
    });
    return () => {
      live = false;
    };
  }, [wanted, data]);
  return data;
}

/** The headcount and country the cost column is for: written into the URL when both are valid. */
export function CostForControls({
  staff,
  country,
  countryNames,
  locale,
  onChange,
}: {
  staff: number | undefined;
  country: string | undefined;
  countryNames: Record<string, string>;
  locale: Locale;
  onChange: (next: {staff: number; country: string} | undefined) => void;
}): React.ReactElement {
  const [typed, setTyped] = useState(staff === undefined ? '' : String(staff));
  const [place, setPlace] = useState(country ?? '');
  // When the URL changes from outside (back, a shared link), the fields follow it.
  const [shown, setShown] = useState({staff, country});
  if (shown.staff !== staff || shown.country !== country) {
    setShown({staff, country});
    setTyped(staff === undefined ? '' : String(staff));
    setPlace(country ?? '');
  }
  const valid = /^\d+$/.test(typed) && Number(typed) >= 1 && Number(typed) <= MAX_COUNT;
  const apply = (nextTyped: string, nextPlace: string) => {
    const ok = /^\d+$/.test(nextTyped) && Number(nextTyped) >= 1 && Number(nextTyped) <= MAX_COUNT;
    if (ok && nextPlace) onChange({staff: Number(nextTyped), country: nextPlace});
    else if (!nextTyped && !nextPlace) onChange(undefined);
  };
  const countries = useMemo(
    () => Object.entries(countryNames).sort(([, a], [, b]) => compareText(locale)(a, b)),
    [countryNames, locale],
  );
  return (
    <fieldset className="compare-cost-for">
      <legend>
        <Translate id="compare.costFor.legend">Cost for a centre of your size</Translate>
      </legend>
      <label className="compare-filter">
        <span>
          <Translate id="compare.costFor.staff">Staff</Translate>
        </span>
        <input
          type="number"
          name="staff"
          min={1}
          max={MAX_COUNT}
          step={1}
          inputMode="numeric"
          value={typed}
          aria-invalid={typed !== '' && !valid}
          aria-describedby={typed !== '' && !valid ? 'compare-staff-error' : undefined}
          onChange={(e) => {
            setTyped(e.target.value);
            apply(e.target.value, place);
          }}
        />
        {typed !== '' && !valid && (
          <span id="compare-staff-error" className="advisor-field-error">
            <Translate id="compare.costFor.badStaff" values={{max: groupThousands(MAX_COUNT)}}>
              {'Expected a whole number from 1 to {max}.'}
            </Translate>
          </span>
        )}
      </label>
      <label className="compare-filter">
        <span>
          <Translate id="compare.costFor.country">Country</Translate>
        </span>
        <select
          name="country"
          value={place}
          onChange={(e) => {
            setPlace(e.target.value);
            apply(typed, e.target.value);
          }}
        >
          <option value="">{translate({id: 'compare.costFor.choose', message: 'Choose…'})}</option>
          {countries.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

const rangeText = (min: number | null, max: number | null) =>
  min === null ? '—' : max === null ? `> ${groupThousands(min)}` : `${groupThousands(min)}–${groupThousands(max)}`;

/** First-certification and cycle cost against size, 25 to 5,000 staff, with the same data as a table. */
export function CostSizeChart({
  data,
  ids,
  country,
  countryName,
  locale,
}: {
  data: AdvisorData;
  ids: readonly string[];
  country: string;
  countryName: string;
  locale: Locale;
}): React.ReactElement {
  const series: CostSeries[] = useMemo(() => costSeries(data, ids, country, locale), [data, ids, country, locale]);
  return (
    <figure className="chart">
      <figcaption id="cost-size-chart">
        <Translate id="charts.costSize.caption" values={{country: countryName, count: series.length}}>
          {
            "Cost by size in {country}, from audit days and sourced day rates and fees, in today's prices: the first certification (solid line low, dashed high) and the whole certificate cycle (dotted, where its audits are sourced). An estimate above a table's last band is a floor and is not drawn. {count} standards in view have an audit-day rule and a sourced day rate there."
          }
        </Translate>
      </figcaption>
      {series.length > 0 && <LazyPlot minHeight={COST_SIZE_HEIGHT}>{() => <CostSizePlot series={series} />}</LazyPlot>}
      {series.length > 0 && (
        <details>
          <summary>
            <Translate id="charts.asTable">The same data as a table</Translate>
          </summary>
          <div className="table-scroll">
            <table aria-labelledby="cost-size-chart" className="cost-size-table">
              <thead>
                <tr>
                  <th scope="col">
                    <Translate id="compare.column.standard">Standard</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="charts.costSize.staff">Staff</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="charts.costSize.first">First certification</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="charts.costSize.cycle">Whole cycle</Translate>
                  </th>
                </tr>
              </thead>
              <tbody>
                {series.flatMap((s) =>
                  s.points.map((p) => (
                    <tr key={`${s.id}-${p.staff}`}>
                      <th scope="row">{s.name}</th>
                      <td>{groupThousands(p.staff)}</td>
                      <td>
                        {s.currency} {rangeText(p.firstMin, p.firstMax)}
                        {s.proxy && p.firstMin !== null ? ` (${proxyText(locale)})` : ''}
                      </td>
                      <td>
                        {p.cycleMin === null
                          ? translate({id: 'advisor.estimate.quote', message: 'quote required'})
                          : `${s.currency} ${rangeText(p.cycleMin, p.cycleMax)}`}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
