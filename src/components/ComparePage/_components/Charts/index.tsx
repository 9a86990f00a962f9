import BrowserOnly from '@docusaurus/BrowserOnly';
import Translate, {translate} from '@docusaurus/Translate';
import {groupThousands} from '@site/plugins/standards-compiler/advisor/money';
import type {CompareRow, CostTimePoint} from '@site/plugins/standards-compiler/props';
import {FOCUS_DIMENSIONS, FOCUS_SCORE_MAX, type EditionStatus, type Locale} from '@site/plugins/standards-compiler/vocabulary';
import React from 'react';
import {CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis} from 'recharts';
import {focusLabels, statusLabels} from '../../../labels';

const STATUS_COLOURS: Record<EditionStatus, string> = {current: '#2e7d32', superseded: '#b26a00', withdrawn: '#8d3c3c', draft: '#546e7a'};

/** The focus profile of every standard in view as a heatmap: a table whose cells are shaded by score. */
function FocusHeatmap({rows, locale}: {rows: CompareRow[]; locale: Locale}) {
  const labels = focusLabels();
  return (
    <figure className="chart">
      <figcaption id="focus-heatmap">
        <Translate id="charts.focus.caption" values={{max: String(FOCUS_SCORE_MAX)}}>
          {'Focus profile of each standard: score from 0 (absent) to {max} (central); darker is stronger.'}
        </Translate>
      </figcaption>
      <table className="heatmap" aria-labelledby="focus-heatmap">
        <thead>
          <tr>
            <th scope="col">
              <Translate id="compare.column.standard">Standard</Translate>
            </th>
            {FOCUS_DIMENSIONS.map((d) => (
              <th key={d} scope="col">
                {labels[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.names[locale].short}</th>
              {FOCUS_DIMENSIONS.map((d) => (
                <td key={d} className={`heatmap__cell heatmap__cell--${row.focus[d]}`}>
                  {row.focus[d]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Every edition of every standard in view, by year: a scatter chart, with the same data as a table. */
function EditionsChart({rows, locale}: {rows: CompareRow[]; locale: Locale}) {
  const statuses = statusLabels();
  const names = rows.map((r) => r.names[locale].short);
  const byStatus = (status: EditionStatus) =>
    rows.flatMap((row) => row.editions.filter((e) => e.status === status).map((e) => ({year: e.year, standard: row.names[locale].short, version: e.version})));
  const years = rows.flatMap((r) => r.editions.map((e) => e.year));
  return (
    <figure className="chart">
      <figcaption id="editions-chart">
        <Translate id="charts.editions.caption">Editions over time, coloured by status.</Translate>
      </figcaption>
      <BrowserOnly>
        {() => (
          <div aria-hidden="true" className="chart__plot">
            <ScatterChart accessibilityLayer={false} width={860} height={Math.max(240, rows.length * 26 + 60)} margin={{top: 10, right: 20, bottom: 20, left: 20}}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" dataKey="year" domain={[Math.min(...years) - 2, Math.max(...years) + 2]} allowDecimals={false} />
              <YAxis type="category" dataKey="standard" allowDuplicatedCategory={false} ticks={names} width={170} />
              <Tooltip formatter={(value, key, item) => (key === 'year' ? [value, `${item.payload.version}`] : [value, ''])} />
              {(Object.keys(STATUS_COLOURS) as EditionStatus[]).map((status) => (
                <Scatter key={status} name={statuses[status]} data={byStatus(status)} fill={STATUS_COLOURS[status]} isAnimationActive={false} />
              ))}
            </ScatterChart>
            <p className="chart__legend">
              {(Object.keys(STATUS_COLOURS) as EditionStatus[]).map((status) => (
                <span key={status}>
                  <span className="chart__swatch" style={{background: STATUS_COLOURS[status]}} /> {statuses[status]}
                </span>
              ))}
            </p>
          </div>
        )}
      </BrowserOnly>
      <details>
        <summary>
          <Translate id="charts.asTable">The same data as a table</Translate>
        </summary>
        <table aria-labelledby="editions-chart">
          <thead>
            <tr>
              <th scope="col">
                <Translate id="compare.column.standard">Standard</Translate>
              </th>
              <th scope="col">
                <Translate id="standard.editions.version">Edition</Translate>
              </th>
              <th scope="col">
                <Translate id="standard.editions.year">Year</Translate>
              </th>
              <th scope="col">
                <Translate id="standard.editions.status">Status</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((row) =>
              row.editions.map((e) => (
                <tr key={`${row.id}-${e.version}`}>
                  <th scope="row">{row.names[locale].short}</th>
                  <td>{e.version}</td>
                  <td>{e.year}</td>
                  <td>{statuses[e.status]}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

const usdText = ({min, max}: {min: number; max?: number}) =>
  max === undefined ? `> USD ${groupThousands(min)}` : max === min ? `USD ${groupThousands(min)}` : `USD ${groupThousands(min)}–${groupThousands(max)}`;

/**
 * Cost against time to certify, in US dollars: one point per standard and country where the
 * sources give both. Each point's cost is converted at its own year's rate, which the table states.
 */
function CostTimeChart({rows, points, locale, regionName}: {rows: CompareRow[]; points: CostTimePoint[]; locale: Locale; regionName: (code: string) => string}) {
  const inView = points.filter((p) => rows.some((r) => r.id === p.id));
  const nameOf = (id: string) => rows.find((r) => r.id === id)!.names[locale].short;
  const data = inView.map((p) => ({months: (p.months.min + p.months.max) / 2, usd: p.usd.min, label: `${nameOf(p.id)} (${regionName(p.region)}, ${p.cost.asOf})`}));
  const missing = rows.filter((r) => !inView.some((p) => p.id === r.id)).length;
  return (
    <figure className="chart">
      <figcaption id="cost-time-chart">
        <Translate id="charts.costTime.caption" values={{missing}}>
          {'Cost against time to certify, in US dollars converted at the annual average rate of each figure\'s year (US Federal Reserve). Only standards whose sources give both a cost and a time for the same country appear; {missing} standards in view lack one of them.'}
        </Translate>
      </figcaption>
      {inView.length > 0 && (
        <BrowserOnly>
          {() => (
            <div aria-hidden="true" className="chart__plot">
              <ScatterChart accessibilityLayer={false} width={860} height={320} margin={{top: 50, right: 30, bottom: 30, left: 30}}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" dataKey="months" name={translate({id: 'charts.costTime.months', message: 'Months'})} domain={[0, 'dataMax + 3']} allowDecimals={false} />
                <YAxis type="number" dataKey="usd" name="USD" width={90} domain={[0, 'auto']} tickFormatter={(v: number) => groupThousands(v)} />
                <Tooltip formatter={(value, key) => [key === 'usd' ? `USD ${groupThousands(Number(value))}` : value, key === 'usd' ? 'USD' : translate({id: 'charts.costTime.months', message: 'Months'})]} labelFormatter={() => ''} />
                <Scatter data={data} fill="#1565c0" isAnimationActive={false} label={{dataKey: 'label', position: 'top', fontSize: 12}} />
              </ScatterChart>
            </div>
          )}
        </BrowserOnly>
      )}
      <table aria-labelledby="cost-time-chart" className="cost-time-table">
        <thead>
          <tr>
            <th scope="col">
              <Translate id="compare.column.standard">Standard</Translate>
            </th>
            <th scope="col">{translate({id: 'charts.costTime.region', message: 'Country'})}</th>
            <th scope="col">{translate({id: 'charts.costTime.cost', message: 'Cost as given'})}</th>
            <th scope="col">{translate({id: 'charts.costTime.usd', message: 'In US dollars (rate used)'})}</th>
            <th scope="col">{translate({id: 'charts.costTime.months', message: 'Months'})}</th>
          </tr>
        </thead>
        <tbody>
          {inView.map((p) => (
            <tr key={`${p.id}-${p.region}-${p.cost.asOf}`}>
              <th scope="row">{nameOf(p.id)}</th>
              <td>{regionName(p.region)}</td>
              <td>
                {p.cost.max === undefined ? '> ' : ''}
                {p.cost.currency} {groupThousands(p.cost.min)}
                {p.cost.max !== undefined && p.cost.max !== p.cost.min ? `–${groupThousands(p.cost.max)}` : ''} ({p.cost.asOf})
              </td>
              <td>
                {usdText(p.usd)} ({p.cost.currency === 'USD' ? p.cost.asOf : `${p.usd.rateYear}: 1 USD = ${p.usd.perUsd} ${p.cost.currency}`})
              </td>
              <td>{p.months.min === p.months.max ? p.months.min : `${p.months.min}–${p.months.max}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export default function Charts({rows, costTime, locale, regionName}: {rows: CompareRow[]; costTime: CostTimePoint[]; locale: Locale; regionName: (code: string) => string}): React.ReactElement {
  return (
    <section aria-labelledby="charts" className="charts">
      <h2 id="charts">{translate({id: 'charts.heading', message: 'Charts'})}</h2>
      <CostTimeChart rows={rows} points={costTime} locale={locale} regionName={regionName} />
      <FocusHeatmap rows={rows} locale={locale} />
      <EditionsChart rows={rows} locale={locale} />
    </section>
  );
}
