/**
 * The crosswalk explorer's state lives in the URL (?from=&to=&theme=). A standard is named by its
 * id (its current edition's catalogue) or an edition by its catalogue (`iso-9001:2008`). Values are
 * checked against the catalogues and themes the page knows; anything else is dropped and reported.
 */
import {mappingsBetween} from '@site/src/core/coverage';
import type {CrosswalkPageProps} from '@site/src/core/pageData';

export interface CrosswalkState {
  /** Catalogue refs (`<standard>:<key>`): the edition held and the one considered. */
  from?: string;
  to?: string;
  theme?: string;
}

type ExplorerCatalogue = CrosswalkPageProps['standards'][number];

/** The catalogue a URL value names: a catalogue ref, or a standard id for its default catalogue. */
export function catalogueNamed(props: CrosswalkPageProps, value: string): ExplorerCatalogue | undefined {
  return (
    props.standards.find((c) => c.catalogue === value) ?? props.standards.find((c) => c.id === value && c.isDefault)
  );
}

/** How the URL names a catalogue: by its standard when it is the default, else by its ref. */
export const catalogueParam = (catalogue: ExplorerCatalogue): string =>
  catalogue.isDefault ? catalogue.id : catalogue.catalogue;

export function parseCrosswalkState(
  search: string,
  props: CrosswalkPageProps,
): {state: CrosswalkState; rejected: string[]} {
  const params = new URLSearchParams(search);
  const themes = new Set(props.themes.map((t) => t.id));
  const state: CrosswalkState = {};
  const rejected: string[] = [];
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    const catalogue = catalogueNamed(props, value);
    if (catalogue) state[key] = catalogue.catalogue;
    else rejected.push(key);
  }
  const theme = params.get('theme');
  if (theme) {
    if (themes.has(theme)) state.theme = theme;
    else rejected.push('theme');
  }
  return {state, rejected};
}

export function serializeCrosswalkState(state: CrosswalkState, props: CrosswalkPageProps): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to'] as const) {
    const catalogue = state[key] ? catalogueNamed(props, state[key]!) : undefined;
    if (catalogue) params.set(key, catalogueParam(catalogue));
  }
  if (state.theme) params.set('theme', state.theme);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What holding `from` gives towards `to` (catalogue refs): the mappings read in that direction and the coverage. */
export function pairView(props: CrosswalkPageProps, fromRef: string, toRef: string) {
  const from = props.standards.find((c) => c.catalogue === fromRef);
  const to = props.standards.find((c) => c.catalogue === toRef);
  if (!from || !to || from.catalogue === to.catalogue) return undefined;
  const crosswalk = props.crosswalks.find((x) => mappingsBetween(x, from.catalogue, to.catalogue));
  if (!crosswalk) return {from, to, crosswalk: undefined, mappings: undefined, coverage: undefined};
  const mappings = crosswalk.mappings.map((m) => {
    const [read] = mappingsBetween({...crosswalk, mappings: [m]}, from.catalogue, to.catalogue)!;
    return {
      ...m,
      from: `${from.catalogue}/${read.from}`,
      to: `${to.catalogue}/${read.to}`,
      relationship: read.relationship,
    };
  });
  const coverage = props.coverage.find((c) => c.from === from.catalogue && c.to === to.catalogue)!;
  return {from, to, crosswalk, mappings, coverage};
}

/** A unit belongs to a theme filter when it carries the theme (no filter: every unit). */
export const inTheme = (props: CrosswalkPageProps, unitRef: string, theme: string | undefined): boolean =>
  !theme || (props.units[unitRef]?.themes.includes(theme) ?? false);
