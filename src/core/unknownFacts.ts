/**
 * The facts a standard's fact sheet shows as "Unknown: no source found yet" when its data has none,
 * with the id of the element that shows each: the data-health report counts them from here, and
 * the page walk checks that the page says "Unknown" for each one missing.
 */
import type {StandardRecord} from './schema';

export interface KnowableFact {
  /** The id of the fact sheet's element for it. */
  id: string;
  /** Its field in the standard's frontmatter. */
  field: string;
  read: (standard: StandardRecord) => unknown;
}

export const KNOWABLE_FACTS: readonly KnowableFact[] = [
  {id: 'fact-first-published', field: 'firstPublished', read: (s) => s.firstPublished},
  {id: 'fact-recognition', field: 'recognition', read: (s) => s.recognition},
  {id: 'fact-certifies', field: 'certification', read: (s) => s.certification},
  {id: 'fact-assessor', field: 'certification.assessor', read: (s) => s.certification?.assessor},
  {id: 'fact-steps', field: 'certification.steps', read: (s) => s.certification?.steps},
  {id: 'fact-validity', field: 'certification.validity', read: (s) => s.certification?.validity},
  {id: 'fact-surveillance', field: 'certification.surveillance', read: (s) => s.certification?.surveillance},
  {id: 'fact-rating', field: 'certification.rating', read: (s) => s.certification?.rating},
  {id: 'fact-remediation', field: 'certification.remediation', read: (s) => s.certification?.remediation},
  {id: 'fact-time', field: 'timeToCertify', read: (s) => s.timeToCertify},
  {id: 'fact-costs', field: 'costs', read: (s) => s.costs},
  {id: 'fact-adoption', field: 'adoption', read: (s) => s.adoption},
  {id: 'fact-availability', field: 'availability', read: (s) => s.availability},
  {id: 'fact-related', field: 'related', read: (s) => s.related},
  {id: 'fact-structure', field: 'structure', read: (s) => s.structure},
];

/** The facts the standard's fact sheet shows as unknown. */
export const unknownFacts = (standard: StandardRecord): KnowableFact[] =>
  KNOWABLE_FACTS.filter((fact) => {
    const value = fact.read(standard);
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
