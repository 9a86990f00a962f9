/**
 * Which catalogue of a standard a reader means when naming only the standard: the catalogue of
 * its current edition, else of its latest. The crosswalk explorer links to that one by the
 * standard's id (`?from=iso-9001`) and to the others by their catalogue (`?from=iso-9001:2008`);
 * search ranks the others' clauses below it, since a reader typing "ISO 27001 9.2" means the
 * edition in force.
 */
import type {StandardsContent} from './compile';
import {catalogueRef} from '../../src/core/clauses';

type Catalogue = StandardsContent['catalogues'][number];

/** A standard's catalogues among `catalogues`, oldest edition first, and the one meant by default. */
export function catalogueEditions(
  content: Pick<StandardsContent, 'standards'>,
  catalogues: readonly Catalogue[],
  standardId: string,
): {own: Catalogue[]; byDefault?: Catalogue} {
  const standard = content.standards.find((s) => s.id === standardId);
  const year = (c: Catalogue) => standard?.editions.find((e) => e.version === c.edition)?.year ?? 0;
  const own = catalogues.filter((c) => c.standard === standardId).sort((a, b) => year(a) - year(b));
  const current = own.filter((c) => standard?.editions.some((e) => e.version === c.edition && e.status === 'current'));
  return {own, byDefault: current.at(-1) ?? own.at(-1)};
}

/** How the explorer's URL names a catalogue: by its standard when it is the default, else by its ref. */
export function explorerParam(content: Pick<StandardsContent, 'standards' | 'catalogues'>, ref: string): string {
  const catalogue = content.catalogues.find((c) => catalogueRef(c) === ref);
  if (!catalogue) return ref;
  const {byDefault} = catalogueEditions(content, content.catalogues, catalogue.standard);
  return byDefault === catalogue ? catalogue.standard : ref;
}

/** Whether a catalogue is the one its standard means by default. */
export const isDefaultCatalogue = (content: Pick<StandardsContent, 'standards' | 'catalogues'>, c: Catalogue) =>
  catalogueEditions(content, content.catalogues, c.standard).byDefault === c;
