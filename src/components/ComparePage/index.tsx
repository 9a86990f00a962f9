import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {ComparePageProps, CompareRow} from '@site/src/core/pageData';
import {
  EDITION_STATUSES,
  FAMILIES,
  FOCUS_DIMENSIONS,
  GLOBAL_REGION,
  INDUSTRIES,
  STANDARD_KINDS,
  type Locale,
  isCommonStructure,
} from '@site/src/core/vocabulary';
import Layout from '@theme/Layout';
import PrintSources from '../PrintSources/index';
import RejectedParams from '../RejectedParams/index';
import React, {useMemo, useState} from 'react';
import Papa from 'papaparse';
import Charts from './_components/Charts/index';
import SideBySide from './_components/SideBySide/index';
import DownloadButton, {UTF8_BOM} from '../Download/index';
import {FACT_KEYS, type FactKey, factLabels} from '../factLabels';
import {useFactTexts} from './_facts';
import {amountText, groupThousands} from '@site/src/core/format';
import {useLabels} from '../labels';
import {StatusBadge} from '@site/src/components/StatusBadge';
import {compareText, regionName} from '@site/src/core/text';
import {
  COST_CEILINGS,
  type CompareState,
  type FilterKey,
  MAX_SIDE_BY_SIDE,
  type SortKey,
  filterRows,
  parseCompareState,
  serializeCompareState,
  sortRows,
} from './_utils';
import {standardRoute} from '@site/src/core/paths';
import {CostForControls, CostSizeChart, useAdvisorData} from './_components/CostForSize/index';
import {costCellText, estimateFor} from './_costFor';
import {regionNames} from '@site/src/core/advisor/explain';
import {useQueryString} from '../useQueryString';

const Unknown = () => (
  <span className="fact-unknown">
    <Translate id="compare.unknown">unknown</Translate>
  </span>
);

function FilterSelect({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: FilterKey;
  label: string;
  value: string | undefined;
  options: {value: string; label: string}[];
  onChange: (key: FilterKey, value: string) => void;
}) {
  return (
    <label className="compare-filter">
      <span>{label}</span>
      <select name={name} value={value ?? ''} onChange={(e) => onChange(name, e.target.value)}>
        <option value="">{translate({id: 'compare.filter.all', message: 'All'})}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `/compare`: every standard in one table, sortable and filterable, its state in the URL. */
export default function ComparePage({page}: {page: ComparePageProps}): React.ReactElement {
  const vocabulary = useLabels();
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const history = useHistory();
  const search = useQueryString();
  const knownIds = useMemo(() => new Set(page.rows.map((r) => r.id)), [page.rows]);
  const {state, rejected} = useMemo(() => parseCompareState(search, knownIds), [search, knownIds]);
  const [ticked, setTicked] = useState<string[]>([]);
  const toggle = (id: string) => setTicked((t) => (t.includes(id) ? t.filter((x) => x !== id) : [...t, id]));
  const textsOf = useFactTexts(page, locale);
  // Every row's facts as text, computed once per render of the page rather than once per cell.
  const allTexts = useMemo(() => new Map(page.rows.map((row) => [row.id, textsOf(row)])), [page.rows, textsOf]);
  const factTexts = (row: CompareRow) => allTexts.get(row.id)!;
  const rows = useMemo(
    () => sortRows(filterRows(page.rows, state), state, locale, (row, key) => allTexts.get(row.id)![key]),
    [page.rows, state, locale, allTexts],
  );
  const region = (code: string) => regionName(code, page.regionNames, vocabulary.globalRegion);
  const kinds = vocabulary.kinds;
  const statuses = vocabulary.statuses;
  const families = vocabulary.families;

  const update = (next: CompareState) => history.replace({search: serializeCompareState(next)});
  const compareTicked = () => history.push({search: serializeCompareState({...state, ids: ticked})});
  const setFilter = (key: FilterKey, value: string) =>
    update({...state, filters: {...state.filters, [key]: value || undefined}});
  const setSort = (key: SortKey) =>
    update({...state, sort: key, dir: state.sort === key && state.dir === 'asc' ? 'desc' : 'asc'});

  // The cost column: each organisational certification's estimate for the staff and country in the URL.
  const costFor = state.costFor;
  const advisorData = useAdvisorData(costFor !== undefined);
  const costText = (row: CompareRow): string =>
    costFor && advisorData
      ? costCellText(estimateFor(advisorData, row.id, costFor.staff, costFor.country, locale), locale, (codes) =>
          regionNames(codes, advisorData, locale),
        )
      : translate({id: 'compare.costFor.loading', message: 'working out…'});
  const costColumnLabel = costFor
    ? translate(
        {id: 'compare.column.costFor', message: 'Cost for {staff} staff in {country}'},
        {staff: groupThousands(costFor.staff), country: page.countryNames[costFor.country] ?? costFor.country},
      )
    : '';
  const exportRows = () =>
    rows.map((row) => {
      const facts = factTexts(row);
      return [
        row.id,
        row.names[locale].name,
        ...state.columns.map((key) => facts[key] ?? ''),
        ...(costFor ? [costText(row)] : []),
      ];
    });
  const csv = () =>
    UTF8_BOM + Papa.unparse({fields: ['id', ...columns.slice(1).map((c) => c.label)], data: exportRows()});
  const json = () => JSON.stringify(rows, null, 2);

  const regionOptions = [...new Set(page.rows.flatMap((r) => r.regions))]
    .map((code) => ({value: code, label: region(code)}))
    .sort((a, b) =>
      a.value === GLOBAL_REGION ? -1 : b.value === GLOBAL_REGION ? 1 : compareText(locale)(a.label, b.label),
    );

  const labels = factLabels();
  const columns: {key: SortKey | null; label: string}[] = [
    {key: null, label: translate({id: 'compare.column.tick', message: 'Compare'})},
    {key: 'name', label: translate({id: 'compare.column.standard', message: 'Standard'})},
    ...state.columns.map((fact) => ({key: fact, label: labels[fact]})),
    ...(costFor ? [{key: null, label: costColumnLabel}] : []),
  ];
  const toggleColumn = (fact: FactKey, on: boolean) =>
    update({...state, columns: FACT_KEYS.filter((k) => (k === fact ? on : state.columns.includes(k)))});
  const focus = vocabulary.focus;

  /** One fact of a row as a table cell; unknowns say so. */
  const cell = (row: CompareRow, fact: FactKey): React.ReactNode => {
    switch (fact) {
      case 'status':
        return <StatusBadge view={row} />;
      case 'cost':
        // "does not apply" for a common structure, as its other facts of certification (_facts.ts).
        if (isCommonStructure(row)) return factTexts(row).cost;
        return row.costs.length ? (
          <ul className="compare-costs">
            {row.costs.map((c, i) => (
              <li key={i}>
                {amountText(c, locale)} ({region(c.region)},{' '}
                {c.circa
                  ? translate({id: 'standard.citation.circa', message: 'c. {year}'}, {year: String(c.asOf)})
                  : c.asOf}
                )
              </li>
            ))}
          </ul>
        ) : (
          <Unknown />
        );
      default:
        return factTexts(row)[fact] || <Unknown />;
    }
  };

  return (
    <Layout
      title={translate({id: 'compare.title', message: 'Compare standards'})}
      description={translate({id: 'compare.description', message: 'Compare contact-centre standards side by side.'})}
    >
      <main className="container-fluid margin-vert--lg compare-page">
        <h1>
          <Translate id="compare.heading">Compare standards</Translate>
        </h1>
        <RejectedParams params={rejected} />
        {state.ids.length === 0 && (
          <form
            className="compare-filters"
            aria-label={translate({id: 'compare.filters', message: 'Filters'})}
            onSubmit={(e) => e.preventDefault()}
          >
            <FilterSelect
              name="kind"
              label={translate({id: 'compare.column.kind', message: 'Kind'})}
              value={state.filters.kind}
              onChange={setFilter}
              options={STANDARD_KINDS.map((k) => ({value: k, label: kinds[k]}))}
            />
            <FilterSelect
              name="status"
              label={translate({id: 'compare.column.status', message: 'Status'})}
              value={state.filters.status}
              onChange={setFilter}
              options={EDITION_STATUSES.map((s) => ({value: s, label: statuses[s]}))}
            />
            <FilterSelect
              name="family"
              label={translate({id: 'compare.column.families', message: 'Family'})}
              value={state.filters.family}
              onChange={setFilter}
              options={FAMILIES.map((f) => ({value: f, label: families[f]}))}
            />
            <FilterSelect
              name="region"
              label={translate({id: 'compare.filter.region', message: 'Used in'})}
              value={state.filters.region}
              onChange={setFilter}
              options={regionOptions}
            />
            <FilterSelect
              name="industry"
              label={translate({id: 'compare.filter.industry', message: 'Industry'})}
              value={state.filters.industry}
              onChange={setFilter}
              options={INDUSTRIES.map((i) => ({value: i, label: vocabulary.industries[i]}))}
            />
            <FilterSelect
              name="focus"
              label={translate({id: 'compare.filter.focus', message: 'Strong on'})}
              value={state.filters.focus}
              onChange={setFilter}
              options={FOCUS_DIMENSIONS.map((d) => ({value: d, label: focus[d]}))}
            />
            <FilterSelect
              name="maxcost"
              label={translate({id: 'compare.filter.maxcost', message: 'Known cost up to'})}
              value={state.filters.maxcost}
              onChange={setFilter}
              options={COST_CEILINGS.map((c) => ({value: c, label: `USD ${Number(c).toLocaleString('en-US')}`}))}
            />
            <CostForControls
              staff={costFor?.staff}
              country={costFor?.country}
              countryNames={page.countryNames}
              locale={locale}
              onChange={(next) => update({...state, costFor: next})}
            />
            <details className="compare-columns">
              <summary>
                <Translate
                  id="compare.columns"
                  values={{count: String(state.columns.length), total: String(FACT_KEYS.length)}}
                >
                  {'Columns ({count} of {total})'}
                </Translate>
              </summary>
              <fieldset>
                <legend>
                  <Translate id="compare.columns.legend">Show these columns</Translate>
                </legend>
                {FACT_KEYS.map((fact) => (
                  <label key={fact} className="compare-column-choice">
                    <input
                      type="checkbox"
                      name="cols"
                      value={fact}
                      checked={state.columns.includes(fact)}
                      onChange={(e) => toggleColumn(fact, e.target.checked)}
                    />{' '}
                    {labels[fact]}
                  </label>
                ))}
              </fieldset>
            </details>
          </form>
        )}
        {state.ids.length > 0 ? (
          <SideBySide
            page={page}
            rows={state.ids.map((id) => page.rows.find((r) => r.id === id)!)}
            locale={locale}
            onClose={() => update({...state, ids: []})}
          />
        ) : (
          <>
            <p>
              <button
                type="button"
                className="button button--primary"
                disabled={ticked.length < 2 || ticked.length > MAX_SIDE_BY_SIDE}
                onClick={compareTicked}
              >
                <Translate id="compare.compareTicked" values={{count: String(ticked.length)}}>
                  {'Compare the ticked standards side by side ({count})'}
                </Translate>
              </button>{' '}
              <span className="fact-note">
                <Translate id="compare.tickHint">Tick two to four standards.</Translate>
              </span>
            </p>
            <p className="compare-downloads">
              <DownloadButton filename={`standards-${locale}.csv`} type="text/csv;charset=utf-8" build={csv}>
                <Translate id="compare.download.csv">Download this view as CSV</Translate>
              </DownloadButton>{' '}
              <DownloadButton filename="standards.json" type="application/json" build={json}>
                <Translate id="compare.download.json">Download as JSON</Translate>
              </DownloadButton>
            </p>
            <p role="status">
              <Translate id="compare.count" values={{count: String(rows.length), total: String(page.rows.length)}}>
                {'{count} of {total} standards'}
              </Translate>
            </p>
            <div className="compare-table-wrap">
              <table className="compare-table">
                <thead>
                  <tr>
                    {columns.map(({key, label}) => (
                      <th
                        key={label}
                        scope="col"
                        aria-sort={
                          key && state.sort === key ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined
                        }
                      >
                        {key ? (
                          <button type="button" className="compare-sort" onClick={() => setSort(key)}>
                            {label}
                            {state.sort === key && <span aria-hidden="true">{state.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                          </button>
                        ) : (
                          label
                        )}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row: CompareRow) => (
                    <tr key={row.id}>
                      <td data-label={columns[0].label}>
                        <input
                          type="checkbox"
                          checked={ticked.includes(row.id)}
                          onChange={() => toggle(row.id)}
                          aria-label={translate(
                            {id: 'compare.tick', message: 'Compare {name}'},
                            {name: row.names[locale].name},
                          )}
                        />
                      </td>
                      <th scope="row">
                        <Link to={standardRoute(row.id)}>{row.names[locale].name}</Link>
                      </th>
                      {state.columns.map((fact) => (
                        <td key={fact} data-label={labels[fact]}>
                          {cell(row, fact)}
                        </td>
                      ))}
                      {costFor && (
                        <td data-label={costColumnLabel} className="compare-cost-for-cell">
                          {costText(row)}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {costFor && advisorData && (
              <CostSizeChart
                data={advisorData}
                ids={rows.map((r) => r.id)}
                country={costFor.country}
                countryName={page.countryNames[costFor.country] ?? costFor.country}
                locale={locale}
              />
            )}
            <Charts rows={rows} costTime={page.costTime} locale={locale} regionName={region} />
          </>
        )}
        <PrintSources
          sources={page.sources}
          cited={
            new Set(
              (state.ids.length ? page.rows.filter((r) => state.ids.includes(r.id)) : rows).flatMap((r) => r.sources),
            )
          }
        />
        <p>
          <Translate
            id="compare.crosswalkLink"
            values={{
              explorer: (
                <Link to="/crosswalk">
                  <Translate id="crosswalk.title">Crosswalk explorer</Translate>
                </Link>
              ),
            }}
          >
            {
              'Hold one standard and considering another? The {explorer} shows what you already cover, clause by clause.'
            }
          </Translate>
        </p>
        <p className="fact-note">
          <Translate id="compare.note">
            Figures are as their sources give them, each with its year and in its own currency; open a standard for its
            sources.
          </Translate>
        </p>
      </main>
    </Layout>
  );
}
