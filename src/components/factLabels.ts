/**
 * The facts a standard is compared by, and their labels in the reader's language: one home for the
 * comparison's columns, its side-by-side view and CSV, the lessons' small comparisons and the slides.
 */
import {translate} from '@docusaurus/Translate';

export const FACT_KEYS = [
  'kind',
  'status',
  'families',
  'owner',
  'firstPublished',
  'focus',
  'regions',
  'industries',
  'structure',
  'certifies',
  'assessor',
  'validity',
  'surveillance',
  'cost',
  'time',
  'adoption',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/** Column and row labels of the comparison, shared by the table, side by side and the CSV. */
export const factLabels = (): Record<FactKey, string> => ({
  kind: translate({id: 'compare.column.kind', message: 'Kind'}),
  status: translate({id: 'compare.column.status', message: 'Status'}),
  families: translate({id: 'compare.column.families', message: 'Family'}),
  owner: translate({id: 'compare.column.owner', message: 'Owner'}),
  firstPublished: translate({id: 'compare.column.firstPublished', message: 'First published'}),
  regions: translate({id: 'compare.column.regions', message: 'Regions'}),
  certifies: translate({id: 'compare.column.certifies', message: 'Who is certified'}),
  validity: translate({id: 'compare.column.validity', message: 'Valid for'}),
  cost: translate({id: 'compare.column.cost', message: 'Cost (year)'}),
  time: translate({id: 'compare.column.time', message: 'Time to certify'}),
  focus: translate({id: 'compare.column.focus', message: 'Strongest focus'}),
  industries: translate({id: 'compare.column.industries', message: 'Industries'}),
  structure: translate({id: 'compare.column.structure', message: 'Structure'}),
  adoption: translate({id: 'compare.column.adoption', message: 'Adoption (year)'}),
  assessor: translate({id: 'compare.column.assessor', message: 'Who certifies'}),
  surveillance: translate({id: 'compare.column.surveillance', message: 'Audit cycle'}),
});

/** The label of the column that names each standard. */
export const standardColumnLabel = (): string => translate({id: 'compare.column.standard', message: 'Standard'});
