import Translate, {translate} from '@docusaurus/Translate';
import {groupThousands} from '@site/src/core/format';
import type {CompareRow, CostTimePoint} from '@site/src/core/pageData';
import {FOCUS_DIMENSIONS, FOCUS_SCORE_MAX, type Locale} from '@site/src/core/vocabulary';
import React, {lazy} from 'react';
import LazyPlot from './LazyPlot';
import {useLabels} from '../../../labels';
import {COST_TIME_HEIGHT, editionsHeight} from './_sizes';
import {editionStatusText} from '@site/src/core/statusFreshness';

// recharts loads only when a chart comes into view.
const EditionsPlot = lazy(() => import('./Plots').then((m) => ({default: m.EditionsPlot})));
const CostTimePlot = lazy(() => import('./Plots').then((m) => ({default: m.CostTimePlot})));

/** The focus profile of every standard in view as a heatmap: a table whose cells are shaded by score. */
function FocusHeatmap({rows, locale}: {rows: CompareRow[]; locale: Locale}) {
  const vocabulary = useLabels();
  const labels = vocabulary.focus;
  return (
    <figure className="chart">
      <figcaption id="focus-heatmap">
        <Translate id="charts.focus.caption" values={{max: String(FOCUS_SCORE_MAX)}}>
          {'Focus profile of each standard: score from 0 (absent) to {max} (central); darker is stronger.'}
        </Translate>
      </figcaption>
      <div className="table-scroll">
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
      </div>
    </figure>
  );
}

/** Every edition of every standard in view, by year: a scatter chart, with the same data as a table. */
function EditionsChart({rows, locale}: {rows: CompareRow[]; locale: Locale}) {
  const vocabulary = useLabels();
  return (
    <figure className="chart">
      <figcaption id="editions-chart">
        <Translate id="charts.editions.caption">Editions over time, coloured by status.</Translate>
      </figcaption>
      <LazyPlot minHeight={editionsHeight(rows)}>{() => <EditionsPlot rows={rows} locale={locale} />}</LazyPlot>
      <details>
        <summary>
          <Translate id="charts.asTable">The same data as a table</Translate>
        </summary>
        <div className="table-scroll">
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
                    <td>{editionStatusText(vocabulary, e, row)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

const usdText = ({min, max}: {min: number; max?: number}) =>
  max === undefined
    ? `> USD ${groupThousands(min)}`
    : max === min
      ? `USD ${groupThousands(min)}`
      : `USD ${groupThousands(min)}–${groupThousands(max)}`;

/**
 * Cost against time to certify, in US dollars: one point per standard and country where the
 * sources give both. Each point's cost is converted at its own year's rate, which the table states.
 */
function CostTimeChart({
  rows,
  points,
  locale,
  regionName,
}: {
  rows: CompareRow[];
  points: CostTimePoint[];
  locale: Locale;
  regionName: (code: string) => string;
}) {
  const inView = points.filter((p) => rows.some((r) => r.id === p.id));
  const nameOf = (id: string) => rows.find((r) => r.id === id)!.names[locale].short;
  const data = inView.map((p) => ({
    months: (p.months.min + p.months.max) / 2,
    usd: p.usd.min,
    label: `${nameOf(p.id)} (${regionName(p.region)}, ${p.cost.asOf})`,
  }));
  const missing = rows.filter((r) => !inView.some((p) => p.id === r.id)).length;
  return (
    <figure className="chart">
      <figcaption id="cost-time-chart">
        <Translate id="charts.costTime.caption" values={{missing}}>
          {
            "Cost against time to certify, in US dollars converted at the annual average rate of each figure's year (US Federal Reserve). Only standards whose sources give both a cost and a time for the same country appear; {missing} standards in view lack one of them."
          }
        </Translate>
      </figcaption>
      {inView.length > 0 && <LazyPlot minHeight={COST_TIME_HEIGHT}>{() => <CostTimePlot data={data} />}</LazyPlot>}
      <div className="table-scroll">
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
                  {p.cost.max !== undefined && p.cost.max !== p.cost.min ? `–${groupThousands(p.cost.max)}` : ''} (
                  {p.cost.asOf})
                </td>
                <td>
                  {usdText(p.usd)} (
                  {p.cost.currency === 'USD'
                    ? p.cost.asOf
                    : `${p.usd.rateYear}: 1 USD = ${p.usd.perUsd} ${p.cost.currency}`}
                  )
                </td>
                <td>{p.months.min === p.months.max ? p.months.min : `${p.months.min}–${p.months.max}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export default function Charts({
  rows,
  costTime,
  locale,
  regionName,
}: {
  rows: CompareRow[];
  costTime: CostTimePoint[];
  locale: Locale;
  regionName: (code: string) => string;
}): React.ReactElement {
  return (
    <section aria-labelledby="charts" className="charts">
      <h2 id="charts">{translate({id: 'charts.heading', message: 'Charts'})}</h2>
      <CostTimeChart rows={rows} points={costTime} locale={locale} regionName={regionName} />
      <FocusHeatmap rows={rows} locale={locale} />
      <EditionsChart rows={rows} locale={locale} />
    </section>
  );
}
