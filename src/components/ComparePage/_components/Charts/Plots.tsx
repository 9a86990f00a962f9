/** The drawn charts (recharts), loaded on demand: their data is always also in a table beside them. */
import {translate} from '@docusaurus/Translate';
import {groupThousands} from '@site/src/core/format';
import type {CompareRow} from '@site/src/core/pageData';
import type {EditionStatus, Locale} from '@site/src/core/vocabulary';
import React from 'react';
import {CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis} from 'recharts';
import {useLabels} from '../../../labels';
import {COST_TIME_HEIGHT} from './_sizes';

export const STATUS_COLOURS: Record<EditionStatus, string> = {
  current: '#2e7d32',
  superseded: '#b26a00',
  withdrawn: '#8d3c3c',
  draft: '#546e7a',
};

export function EditionsPlot({rows, locale}: {rows: CompareRow[]; locale: Locale}): React.ReactElement {
  const vocabulary = useLabels();
  const statuses = vocabulary.statuses;
  const names = rows.map((r) => r.names[locale].short);
  const byStatus = (status: EditionStatus) =>
    rows.flatMap((row) =>
      row.editions
        .filter((e) => e.status === status)
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
        {(Object.keys(STATUS_COLOURS) as EditionStatus[]).map((status) => (
          <Scatter
            key={status}
            name={statuses[status]}
            data={byStatus(status)}
            fill={STATUS_COLOURS[status]}
            isAnimationActive={false}
          />
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
