/**
 * The crosswalk explorer's state lives in the URL (?from=&to=&theme=). Values are checked against
 * the standards and themes the page knows; anything else is dropped and reported.
 */
import {mappingsBetween} from '@site/src/core/coverage';
import type {CrosswalkPageProps} from '@site/src/core/pageData';

export interface CrosswalkState {
  from?: string;
  to?: string;
  theme?: string;
}

export function parseCrosswalkState(
  search: string,
  props: CrosswalkPageProps,
): {state: CrosswalkState; rejected: string[]} {
  const params = new URLSearchParams(search);
  const standards = new Set(props.standards.map((s) => s.id));
  const themes = new Set(props.themes.map((t) => t.id));
  const state: CrosswalkState = {};
  const rejected: string[] = [];
  for (const [key, known] of [
    ['from', standards],
    ['to', standards],
    ['theme', themes],
  ] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (known.has(value)) state[key] = value;
    else rejected.push(key);
  }
  return {state, rejected};
}

export function serializeCrosswalkState(state: CrosswalkState): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'theme'] as const) if (state[key]) params.set(key, state[key]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What holding `from` gives towards `to`: the mappings read in that direction and the coverage. */
export function pairView(props: CrosswalkPageProps, fromId: string, toId: string) {
  const from = props.standards.find((s) => s.id === fromId);
  const to = props.standards.find((s) => s.id === toId);
  if (!from || !to || from.id === to.id) return undefined;
  const crosswalk = props.crosswalks.find((x) => mappingsBetween(x, from.catalogue, to.catalogue));
  if (!crosswalk) return {from, to, mappings: undefined, coverage: undefined};
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
  return {from, to, mappings, coverage};
}

/** A unit belongs to a theme filter when it carries the theme (no filter: every unit). */
export const inTheme = (props: CrosswalkPageProps, unitRef: string, theme: string | undefined): boolean =>
  !theme || (props.units[unitRef]?.themes.includes(theme) ?? false);
