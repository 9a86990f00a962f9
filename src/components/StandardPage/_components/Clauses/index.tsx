import Translate from '@docusaurus/Translate';
import {catalogueExports} from '@site/src/core/exportPaths';
import {useApiUrl} from '../../../apiUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {shownUnitId} from '@site/src/core/clauses';
import {unitAnchor} from '@site/src/core/paths';
import type {Catalogue, Theme, Unit} from '@site/src/core/schema';
import type {Locale} from '@site/src/core/vocabulary';
import React, {useEffect} from 'react';
import Citation from '../../../Citation/index';

interface Context {
  catalogueKey: string;
  themeNames: ReadonlyMap<string, string>;
  locale: Locale;
}

/** A unit's number or code, then a space; nothing for a slug (see shownUnitId). */
function UnitId({id}: {id: string}): React.ReactElement | null {
  const shown = shownUnitId(id);
  return shown === undefined ? null : (
    <>
      <span className="clause__id">{shown}</span>{' '}
    </>
  );
}

function UnitHead({unit, context}: {unit: Unit; context: Context}) {
  return (
    <>
      <UnitId id={unit.id} />
      <span className="clause__title">{unit.title[context.locale]}</span>
      {unit.count && (
        <span className="clause__count">
          {' '}
          ({unit.count.value} {unit.count.of[context.locale]})
        </span>
      )}{' '}
      {/* A unit without themes of its own takes its parent's, shown once, on the parent. */}
      {unit.themes?.map((theme) => (
        <span key={theme} className="badge badge--secondary clause__theme">
          {context.themeNames.get(theme) ?? theme}
        </span>
      ))}
    </>
  );
}

function UnitItem({unit, context}: {unit: Unit; context: Context}) {
  const id = unitAnchor(context.catalogueKey, unit.id);
  // Prose and other pages link to clauses: Docusaurus's checker must know the anchor exists.
  useBrokenLinks().collectAnchor(id);
  if (!unit.units?.length) {
    return (
      <li id={id} className="clause">
        <UnitHead unit={unit} context={context} />
        {unit.summary && <div className="clause__summary">{unit.summary[context.locale]}</div>}
      </li>
    );
  }
  return (
    <li id={id} className="clause">
      <details>
        <summary>
          <UnitHead unit={unit} context={context} />
        </summary>
        {unit.summary && <div className="clause__summary">{unit.summary[context.locale]}</div>}
        <ol className="clause-list">
          {unit.units.map((child) => (
            <UnitItem key={child.id} unit={child} context={context} />
          ))}
        </ol>
      </details>
    </li>
  );
}

/** Opens the collapsed units around the clause a URL points at, so the anchor lands on it. */
function useOpenLinkedClause() {
  useEffect(() => {
    const open = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (!target?.classList.contains('clause')) return;
      for (let node = target.parentElement; node; node = node.parentElement) {
        if (node instanceof HTMLDetailsElement) node.open = true;
      }
      target.querySelector(':scope > details')?.setAttribute('open', '');
      target.scrollIntoView();
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
}

/** The standard's structure, unit by unit: collapsible, tagged with themes, each unit an anchor. */
export default function Clauses({
  catalogues,
  themes,
}: {
  catalogues: Catalogue[];
  themes: Theme[];
}): React.ReactElement | null {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  useOpenLinkedClause();
  if (catalogues.length === 0) return null;
  const themeNames = new Map(themes.map((t) => [t.id, t.name[locale]]));
  return (
    <section aria-labelledby="clauses" className="clauses">
      <h2 id="clauses">
        <Translate id="standard.clauses.heading">Clauses and units</Translate>
      </h2>
      <p>
        <Translate id="standard.clauses.lead">
          Titles as the standard gives them, with a summary in our own words and the themes each unit belongs to. Open a
          unit to see the units inside it.
        </Translate>
      </p>
      {catalogues.map((catalogue) => (
        <section key={catalogue.key} aria-label={catalogue.edition}>
          <h3>
            {catalogue.edition} <Citation sources={catalogue.sources} asOf={catalogue.asOf} circa={catalogue.circa} />
          </h3>
          <CatalogueExports standard={catalogue.standard} catalogueKey={catalogue.key} />
          <ol className="clause-list">
            {catalogue.units.map((unit) => (
              <UnitItem key={unit.id} unit={unit} context={{catalogueKey: catalogue.key, themeNames, locale}} />
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

/** The catalogue as files a GRC tool loads: an OSCAL catalog and a CISO Assistant framework library. */
function CatalogueExports({standard, catalogueKey}: {standard: string; catalogueKey: string}): React.ReactElement {
  const apiUrl = useApiUrl();
  const files = catalogueExports(`${standard}:${catalogueKey}`);
  return (
    <p className="exports">
      <Translate id="exports.take">Take it into your tools:</Translate>{' '}
      <a href={apiUrl(files.oscal)} download>
        <Translate id="exports.oscalCatalog">OSCAL catalog (JSON)</Translate>
      </a>
      {' · '}
      <a href={apiUrl(files.cisoAssistant)} download>
        <Translate id="exports.cisoFramework">CISO Assistant framework (YAML)</Translate>
      </a>
    </p>
  );
}
