/**
 * A crosswalk as CSV in the shape the Secure Controls Framework publishes its set-theory
 * relationship mappings: one line per mapping, the source and target units, the relationship, the
 * rationale type, the strength, the explanation, the confidence and the sources. English; UTF-8.
 */
import Papa from 'papaparse';
import type {StandardsContent} from '../compile';
import {catalogueRef} from '../../../src/core/clauses';
import type {Crosswalk} from '../../../src/core/schema';

export const SCF_COLUMNS = [
  'Source',
  'Source element',
  'Source element title',
  'Target',
  'Target element',
  'Target element title',
  'Relationship',
  'Rationale type',
  'Strength of relationship',
  'Explanation',
  'Confidence',
  'Sources',
];

export function crosswalkCsv(content: StandardsContent, crosswalk: Crosswalk): string {
  const titles = new Map<string, string>();
  for (const ref of [crosswalk.from, crosswalk.to]) {
    const catalogue = content.catalogues.find((c) => catalogueRef(c) === ref)!;
    const walk = (units: typeof catalogue.units) =>
      units.forEach((u) => {
        titles.set(`${ref}/${u.id}`, u.title.en);
        if (u.units) walk(u.units);
      });
    walk(catalogue.units);
  }
  const sourceTitle = (id: string) => content.sources.find((s) => s.id === id)?.title ?? id;
  return Papa.unparse({
    fields: SCF_COLUMNS,
    data: crosswalk.mappings.map((m) => [
      crosswalk.from,
      m.from,
      titles.get(`${crosswalk.from}/${m.from}`) ?? '',
      crosswalk.to,
      m.to,
      titles.get(`${crosswalk.to}/${m.to}`) ?? '',
      m.relationship,
      m.rationaleType,
      m.strength,
      m.rationale.en,
      m.confidence,
      m.sources.map(sourceTitle).join('; '),
    ]),
  });
}
