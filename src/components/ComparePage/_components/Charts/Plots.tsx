/** The drawn charts (recharts), loaded on demand: their data is always also in a table beside them. */
import {translate} from '@docusaurus/Translate';
import {groupThousands} from '@site/src/core/format';
import type {CompareRow} from '@site/src/core/pageData';
import type {EditionStatus, Locale} from '@site/src/core/vocabulary';
import React from 'react';
import {CartesianGrid, Line, LineChart, Scatter, ScatterChart, Tooltip, XAxis, YAxis} from 'recharts';
import {useLabels} from '../../../labels';
import type {CostSeries} from '../../_costFor';
import {COST_SIZE_HEIGHT, COST_TIME_HEIGHT} from './_sizes';
import {isEditionUnconfirmed, unconfirmedLegendText} from '@site/src/core/statusFreshness';

/** A current edition of a standard whose status is stale is drawn as "unconfirmed", apart from current ones. */
type PlottedStatus = EditionStatus | 'unconfirmed';

export const STATUS_COLOURS: Record<PlottedStatus, string> = {
  current: '#2e7d32',
  unconfirmed: '#7a8f2e',
  superseded: '#b26a00',
  withdrawn: '#8d3c3c',
  draft: '#546e7a',
};
const PLOTTED_STATUSES = Object.keys(STATUS_COLOURS) as PlottedStatus[];

export function EditionsPlot({rows, locale}: {rows: CompareRow[]; locale: Locale}): React.ReactElement {
  const vocabulary = useLabels();
  const legend = (status: PlottedStatus) =>
    status === 'unconfirmed' ? unconfirmedLegendText(vocabulary) : vocabulary.statuses[status];
  const names = rows.map((r) => r.names[locale].short);
  const plotted = (row: CompareRow, edition: CompareRow['editions'][number]): PlottedStatus =>
    isEditionUnconfirmed(edition, row) ? 'unconfirmed' : edition.status;
  const byStatus = (status: PlottedStatus) =>
    rows.flatMap((row) =>
      row.editions
        .filter((e) => plotted(row, e) === status)
        .map((e) => ({year: e.year, standard: row.names[locale].short, version: e.version})),
    );
  const years = rows.flatMap((r) => r.editions.map((e) => e.year));
  return (
    <div aria-hidden="true" className="chart__plot">
      <ScatterChart
        accessibilityLayer={false}
        width={860}
        height={Math.max(240, rows.length * 26 + 60)}
        margin={{top: 10, right: 20, bottom: 20, left: 20}}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="year"
          domain={[Math.min(...years) - 2, Math.max(...years) + 2]}
          allowDecimals={false}
        />
        <YAxis type="category" dataKey="standard" allowDuplicatedCategory={false} ticks={names} width={170} />
        <Tooltip
          formatter={(value, key, item) => (key === 'year' ? [value, `${item.payload.version}`] : [value, ''])}
        />
        {PLOTTED_STATUSES.map((status) => (
          <Scatter
            key={status}
            name={legend(status)}
            data={byStatus(status)}
            fill={STATUS_COLOURS[status]}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
      <p className="chart__legend">
        {PLOTTED_STATUSES.map((status) => (
          <span key={status}>
            <span className="chart__swatch" style={{background: STATUS_COLOURS[status]}} /> {legend(status)}
          </span>
        ))}
      </p>
    </div>
  );
}

export function CostTimePlot({data}: {data: {months: number; usd: number; label: string}[]}): React.ReactElement {
  const months = translate({id: 'charts.costTime.months', message: 'Months'});
  return (
    <div aria-hidden="true" className="chart__plot">
      <ScatterChart
        accessibilityLayer={false}
        width={860}
        height={COST_TIME_HEIGHT}
        margin={{top: 50, right: 30, bottom: 30, left: 30}}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="months" name={months} domain={[0, 'dataMax + 3']} allowDecimals={false} />
        <YAxis
          type="number"
          dataKey="usd"
          name="USD"
          width={90}
          domain={[0, 'auto']}
          tickFormatter={(v: number) => groupThousands(v)}
        />
        <Tooltip
          formatter={(value, key) => [
            key === 'usd' ? `USD ${groupThousands(Number(value))}` : value,
            key === 'usd' ? 'USD' : months,
          ]}
          labelFormatter={() => ''}
        />
        <Scatter
          data={data}
          fill="#1565c0"
          isAnimationActive={false}
          label={{dataKey: 'label', position: 'top', fontSize: 12}}
        />
      </ScatterChart>
    </div>
  );
}

/** First certification low (solid, dots) and high (dashed); the whole cycle low and high (dotted). */
const LINE_STYLES = [
  {key: 'min', dash: undefined, width: 1, dot: true},
  {key: 'max', dash: '5 4', width: 1, dot: false},
  {key: 'cycleMin', dash: '1 3', width: 2, dot: false},
  {key: 'cycleMax', dash: '1 3', width: 2, dot: false},
] as const;

const SERIES_COLOURS = ['#1565c0', '#2e7d32', '#b26a00', '#8d3c3c', '#6a1b9a', '#00838f', '#546e7a', '#ad1457'];

/**
 * First-certification cost (solid low, dashed high) and the whole cycle's (dotted) against staff,
 * one colour per standard, on a log scale of size.
 */
export function CostSizePlot({series}: {series: CostSeries[]}): React.ReactElement {
  const staffLabel = translate({id: 'charts.costSize.staff', message: 'Staff'});
  const rows = series[0].points.map((p, i) =>
    Object.fromEntries([
      ['staff', p.staff],
      // An open-ended estimate (above a table's last band) is a floor, not a point: it is not drawn.
      ...series.flatMap((s) => {
        const p = s.points[i];
        const first = p.firstMax === null ? [null, null] : [p.firstMin, p.firstMax];
        const cycle = p.cycleMax === null ? [null, null] : [p.cycleMin, p.cycleMax];
        return [
          [`${s.id}:min`, first[0]],
          [`${s.id}:max`, first[1]],
          [`${s.id}:cycleMin`, cycle[0]],
          [`${s.id}:cycleMax`, cycle[1]],
        ];
      }),
    ]),
  );
  return (
    <div aria-hidden="true" className="chart__plot">
      <LineChart
        accessibilityLayer={false}
        width={860}
        height={COST_SIZE_HEIGHT}
        data={rows}
        margin={{top: 20, right: 30, bottom: 30, left: 30}}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="staff"
          name={staffLabel}
          scale="log"
          domain={['dataMin', 'dataMax']}
          type="number"
          ticks={rows.map((r) => r.staff as number)}
        />
        <YAxis width={100} tickFormatter={(v: number) => groupThousands(v)} domain={[0, 'auto']} />
        <Tooltip formatter={(value) => groupThousands(Number(value))} />
        {series.flatMap((s, i) =>
          LINE_STYLES.map(({key, dash, width, dot}) => (
            <Line
              key={`${s.id}:${key}`}
              dataKey={`${s.id}:${key}`}
              name={`${s.name} (${s.currency}, ${key})`}
              stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              strokeDasharray={dash}
              strokeWidth={width}
              dot={dot}
              isAnimationActive={false}
              connectNulls={false}
            />
          )),
        )}
      </LineChart>
      <p className="chart__legend">
        {series.map((s, i) => (
          <span key={s.id}>
            <span className="chart__swatch" style={{background: SERIES_COLOURS[i % SERIES_COLOURS.length]}} /> {s.name}
          </span>
        ))}
      </p>
    </div>
  );
}
