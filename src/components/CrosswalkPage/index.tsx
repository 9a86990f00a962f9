import PresentLink from '@site/src/components/PresentLink';
import PrintSources from '../PrintSources/index';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {shownUnitId} from '@site/src/core/clauses';
import {unitAnchor, standardRoute} from '@site/src/core/paths';
import type {CrosswalkPageProps} from '@site/src/core/pageData';
import type {Crosswalk} from '@site/src/core/schema';
import {crosswalkExports} from '@site/src/core/exportPaths';
import {CHANGE_KINDS, type EditionChange, editionChanges} from '@site/src/core/editionChanges';
import {useApiUrl} from '../apiUrl';
import {type Locale, isCommonStructure} from '@site/src/core/vocabulary';
import {useLabels} from '../labels';
import Layout from '@theme/Layout';
import RejectedParams from '../RejectedParams/index';
import Papa from 'papaparse';
import React from 'react';
import CoverageSentence from '../CoverageSentence/index';
import DownloadButton, {UTF8_BOM} from '../Download/index';
import {percentText} from '@site/src/core/format';
import {withAside} from '@site/src/core/text';
import {
  type CrosswalkState,
  catalogueParam,
  inTheme,
  pairView,
  parseCrosswalkState,
  serializeCrosswalkState,
} from './_utils';
import {useQueryString} from '../useQueryString';

/** `/crosswalk`: clause-to-clause mappings between two standards, and what holding one covers of the other. */
/** The units of a gap list, or a plain "None" where there are none, so that no heading stands over nothing. */
function GapList({
  labelledBy,
  units,
  unitLink,
}: {
  labelledBy: string;
  units: string[];
  unitLink: (ref: string) => React.ReactNode;
}): React.ReactElement {
  if (units.length === 0)
    return (
      <p className="crosswalk-gap__none">
        <Translate id="crosswalk.gap.none">None.</Translate>
      </p>
    );
  return (
    <ol className="crosswalk-gap__list" aria-labelledby={labelledBy}>
      {units.map((ref) => (
        <li key={ref}>{unitLink(ref)}</li>
      ))}
    </ol>
  );
}

export default function CrosswalkPage({page}: {page: CrosswalkPageProps}): React.ReactElement {
  const vocabulary = useLabels();
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const history = useHistory();
  const search = useQueryString();
  const {state, rejected} = parseCrosswalkState(search, page);
  const view = state.from && state.to ? pairView(page, state.from, state.to) : undefined;
  const update = (next: CrosswalkState) => history.replace({search: serializeCrosswalkState(next, page)});
  /** A catalogue as a reader names it: the standard, and its edition where the explorer has more than one. */
  const withEdition = (name: string, c: CrosswalkPageProps['standards'][number]) =>
    !c.hasEditions ? name : withAside(name, c.edition, locale);
  const catalogueName = (c: CrosswalkPageProps['standards'][number]) => withEdition(c.names[locale].name, c);
  const catalogueShort = (c: CrosswalkPageProps['standards'][number]) => withEdition(c.names[locale].short, c);
  const unitLink = (ref: string) => {
    const unit = page.units[ref];
    const [catalogue] = ref.split('/');
    const [standard, key] = catalogue.split(':');
    const shownId = shownUnitId(unit.id);
    return (
      <Link to={standardRoute(standard, unitAnchor(key, unit.id))}>
        {shownId !== undefined && <span className="clause__id">{shownId} </span>}
        {unit.title[locale]}
      </Link>
    );
  };
  const unitText = (ref: string) => {
    const unit = page.units[ref];
    return [shownUnitId(unit.id), unit.title[locale]].filter(Boolean).join(' ');
  };
  const relationships = vocabulary.relationships;
  const confidences = vocabulary.confidences;
  const rationaleTypes = vocabulary.rationaleTypes;
  const strengthText = (strength: number) => `${strength}/10`;
  const selected = (key: 'from' | 'to') => page.standards.find((c) => c.catalogue === state[key]);
  const select = (key: 'from' | 'to', label: string) => (
    <label className="compare-filter">
      <span>{label}</span>
      <select
        name={key}
        value={selected(key) ? catalogueParam(selected(key)!) : ''}
        onChange={(e) => update({...state, [key]: e.target.value || undefined})}
      >
        <option value="">{translate({id: 'crosswalk.choose', message: 'Choose a standard'})}</option>
        {page.standards.map((c) => (
          <option key={c.catalogue} value={catalogueParam(c)}>
            {catalogueName(c)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Layout
      title={translate({id: 'crosswalk.title', message: 'Crosswalk explorer'})}
      description={translate({
        id: 'crosswalk.description',
        message: 'Clause-to-clause mappings between two standards, and the gaps that remain.',
      })}
    >
      <main className="container margin-vert--lg crosswalk-page">
        <h1>
          <Translate id="crosswalk.heading">Crosswalk explorer</Translate>
        </h1>
        <p>
          <Translate id="crosswalk.lead">
            Choose the standard you hold and the one you are considering: see how their clauses map, how much of the
            second the first already covers, and what remains to do.
          </Translate>
        </p>
        <RejectedParams params={rejected} />
        <form
          className="compare-filters"
          aria-label={translate({id: 'compare.filters', message: 'Filters'})}
          onSubmit={(e) => e.preventDefault()}
        >
          {select('from', translate({id: 'crosswalk.from', message: 'We hold'}))}
          {select('to', translate({id: 'crosswalk.to', message: 'We are considering'}))}
          <label className="compare-filter">
            <span>{translate({id: 'crosswalk.theme', message: 'Theme'})}</span>
            <select
              name="theme"
              value={state.theme ?? ''}
              onChange={(e) => update({...state, theme: e.target.value || undefined})}
            >
              <option value="">{translate({id: 'compare.filter.all', message: 'All'})}</option>
              {page.themes.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name[locale]}
                </option>
              ))}
            </select>
          </label>
        </form>

        {view && !view.mappings && (
          <p role="status">
            <Translate id="crosswalk.none" values={{from: catalogueName(view.from), to: catalogueName(view.to)}}>
              {'There is no crosswalk between {from} and {to} yet.'}
            </Translate>
          </p>
        )}

        {view?.mappings && view.coverage && (
          <>
            <section aria-labelledby="gap" className="crosswalk-gap">
              <h2 id="gap">
                <Translate id="crosswalk.gap.heading">What you already cover</Translate>
              </h2>
              {view.from.id !== view.to.id && <PresentLink deck={`gap=${view.from.id}--${view.to.id}`} />}
              <div className="crosswalk-gap__summary" role="status">
                <p className="crosswalk-gap__weighted">
                  <CoverageSentence
                    from={catalogueName(view.from)}
                    to={catalogueName(view.to)}
                    weightedShare={view.coverage.weightedShare}
                    fromIsStructure={isCommonStructure(view.from)}
                  />
                </p>
                <p>
                  <Translate
                    id="crosswalk.gap.summary"
                    values={{
                      full: percentText(view.coverage.fullShare),
                      partial: percentText(view.coverage.partialShare),
                      units: String(view.coverage.units),
                    }}
                  >
                    {'Of its {units} units, {full} are covered fully and {partial} partly.'}
                  </Translate>{' '}
                  <Translate id="crosswalk.gap.weightedHow">
                    {
                      'The first figure weighs each unit by the strongest mapping that reaches it (0 to 10, where 10 means the two ask the same), so a unit shared only in part counts only in part.'
                    }
                  </Translate>
                </p>
              </div>
              <h3 id="remaining">
                <Translate id="crosswalk.gap.remaining" values={{to: catalogueName(view.to)}}>
                  {'Units of {to} that remain'}
                </Translate>
              </h3>
              <GapList
                labelledBy="remaining"
                units={view.coverage.uncovered.filter((ref) => inTheme(page, ref, state.theme))}
                unitLink={unitLink}
              />
              <h3 id="partly">
                <Translate id="crosswalk.gap.partly">Partly covered: check what is missing</Translate>
              </h3>
              <GapList
                labelledBy="partly"
                units={view.coverage.partial.filter((ref) => inTheme(page, ref, state.theme))}
                unitLink={unitLink}
              />
            </section>
            {/* Editions of one standard, read from the older to the newer (the explorer lists them oldest first). */}
            {view.from.id === view.to.id && page.standards.indexOf(view.from) < page.standards.indexOf(view.to) && (
              <EditionChangesView
                changes={editionChanges(
                  view.mappings,
                  view.coverage.uncovered,
                  page.coverage.find((c) => c.from === view.to.catalogue && c.to === view.from.catalogue)?.uncovered ??
                    [],
                )}
                unitLink={unitLink}
              />
            )}
            <section aria-labelledby="mappings">
              <h2 id="mappings">
                <Translate id="crosswalk.mappings.heading">Clause by clause</Translate>
              </h2>
              <Provenance crosswalk={view.crosswalk!} locale={locale} />
              {[view.from, view.to]
                .filter((c) => c.newerEdition)
                .map((c) => (
                  <p key={c.catalogue} className="crosswalk-newer">
                    <Translate
                      id="crosswalk.newer"
                      values={{name: c.names[locale].name, edition: c.edition, newer: c.newerEdition!}}
                    >
                      {'This crosswalk maps {name} at {edition}; a newer edition exists: {newer}.'}
                    </Translate>
                  </p>
                ))}
              <CrosswalkExports crosswalk={view.crosswalk!} />
              <p>
                <DownloadButton
                  filename={`crosswalk-${view.from.catalogue.replace(':', '-')}-${view.to.catalogue.replace(':', '-')}-${locale}.csv`}
                  type="text/csv;charset=utf-8"
                  build={() =>
                    UTF8_BOM +
                    Papa.unparse({
                      fields: [
                        catalogueShort(view.from),
                        translate({id: 'crosswalk.column.relationship', message: 'Relationship'}),
                        catalogueShort(view.to),
                        translate({id: 'crosswalk.column.strength', message: 'Strength'}),
                        translate({id: 'crosswalk.column.rationaleType', message: 'Compares'}),
                        translate({id: 'crosswalk.column.rationale', message: 'Why'}),
                        translate({id: 'crosswalk.column.confidence', message: 'Confidence'}),
                      ],
                      data: view.mappings!.map((m) => [
                        unitText(m.from),
                        relationships[m.relationship],
                        unitText(m.to),
                        strengthText(m.strength),
                        rationaleTypes[m.rationaleType],
                        m.rationale[locale],
                        confidences[m.confidence],
                      ]),
                    })
                  }
                >
                  <Translate id="crosswalk.download.csv">Download the crosswalk as CSV</Translate>
                </DownloadButton>
              </p>
              <div className="table-scroll">
                <table className="crosswalk-table">
                  <thead>
                    <tr>
                      <th scope="col">{catalogueShort(view.from)}</th>
                      <th scope="col">
                        <Translate id="crosswalk.column.relationship">Relationship</Translate>
                      </th>
                      <th scope="col">{catalogueShort(view.to)}</th>
                      <th scope="col">
                        <Translate id="crosswalk.column.strength">Strength</Translate>
                      </th>
                      <th scope="col">
                        <Translate id="crosswalk.column.rationaleType">Compares</Translate>
                      </th>
                      <th scope="col">
                        <Translate id="crosswalk.column.rationale">Why</Translate>
                      </th>
                      <th scope="col">
                        <Translate id="crosswalk.column.confidence">Confidence</Translate>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.mappings
                      .filter((m) => inTheme(page, m.from, state.theme) || inTheme(page, m.to, state.theme))
                      .map((m, i) => (
                        <tr key={i}>
                          <td>{unitLink(m.from)}</td>
                          <td className="crosswalk-table__relationship">{relationships[m.relationship]}</td>
                          <td>{unitLink(m.to)}</td>
                          <td className="crosswalk-table__strength">{strengthText(m.strength)}</td>
                          <td>{rationaleTypes[m.rationaleType]}</td>
                          <td>{m.rationale[locale]}</td>
                          <td>{confidences[m.confidence]}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </section>
            <PrintSources
              sources={page.sources}
              cited={new Set([...view.crosswalk!.provenance.sources, ...view.mappings.flatMap((m) => m.sources)])}
            />
          </>
        )}
      </main>
    </Layout>
  );
}

/** Where the crosswalk comes from: published (and by whom, through its sources) or our analysis; how and how far. */
function Provenance({crosswalk, locale}: {crosswalk: Crosswalk; locale: Locale}): React.ReactElement {
  const vocabulary = useLabels();
  const {provenance} = crosswalk;
  return (
    <div className={`crosswalk-provenance crosswalk-provenance--${provenance.kind}`}>
      <p>
        <strong>{vocabulary.provenanceKinds[provenance.kind]}</strong>{' '}
        <Translate
          id="crosswalk.provenance.made"
          values={{
            method: vocabulary.mappingMethods[provenance.method],
            status: vocabulary.mappingStatuses[provenance.status],
            year: String(provenance.asOf),
          }}
        >
          {'(made {method}; {status}; as of {year}).'}
        </Translate>{' '}
        {provenance.description[locale]}
      </p>
    </div>
  );
}

/** The crosswalk as files a GRC tool loads, in the direction its data is written. */
function CrosswalkExports({crosswalk}: {crosswalk: Crosswalk}): React.ReactElement {
  const apiUrl = useApiUrl();
  const files = crosswalkExports(crosswalk.from, crosswalk.to);
  return (
    <p className="exports">
      <Translate id="exports.take">Take it into your tools:</Translate>{' '}
      <a href={apiUrl(files.oscal)} download>
        <Translate id="exports.oscalMapping">OSCAL mapping collection (JSON)</Translate>
      </a>
      {' · '}
      <a href={apiUrl(files.cisoAssistant)} download>
        <Translate id="exports.cisoMapping">CISO Assistant mapping library (YAML)</Translate>
      </a>
      {' · '}
      <a href={apiUrl(files.csv)} download>
        <Translate id="exports.csv">CSV in SCF's columns</Translate>
      </a>
    </p>
  );
}

/** Between two editions of one standard: how many units were kept, moved, merged, split, changed, added and removed, and which. */
function EditionChangesView({
  changes,
  unitLink,
}: {
  changes: EditionChange[];
  unitLink: (ref: string) => React.ReactElement;
}): React.ReactElement {
  const vocabulary = useLabels();
  return (
    <section aria-labelledby="changes" className="edition-changes">
      <h2 id="changes">
        <Translate id="crosswalk.changes.heading">What changed between the editions</Translate>
      </h2>
      <p>
        <Translate id="crosswalk.changes.lead">
          From this crosswalk: whether each requirement was kept as it was, renumbered, merged with others, split or
          changed, and which units the newer edition added and the older one had that are gone.
        </Translate>
      </p>
      {CHANGE_KINDS.map((kind) => {
        const ofKind = changes.filter((c) => c.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <details key={kind} className={`edition-changes__${kind}`}>
            <summary>
              {vocabulary.changeKinds[kind]} ({ofKind.length})
            </summary>
            <ul>
              {ofKind.map((c, i) => (
                <li key={i}>
                  {c.from && unitLink(c.from)}
                  {c.from && c.to && ' → '}
                  {c.to && unitLink(c.to)}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
