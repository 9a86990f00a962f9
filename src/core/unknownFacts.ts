/**
 * The facts a standard's fact sheet shows as "Unknown: no source found yet" when its data has none,
 * with the id of the element that shows each: the data-health report counts them from here, and
 * the page walk checks that the page says "Unknown" for each one missing.
 */
import type {StandardRecord} from './schema';
import {isCommonStructure} from './vocabulary';

export interface KnowableFact {
  /** The id of the fact sheet's element for it. */
  id: string;
  /** Its field in the standard's frontmatter. */
  field: string;
  read: (standard: StandardRecord) => unknown;
  /** A fact of certification (who asks for it, who is certified, how, for how long, at what cost, how many). */
  ofCertification?: true;
}

export const KNOWABLE_FACTS: readonly KnowableFact[] = [
  {id: 'fact-first-published', field: 'firstPublished', read: (s) => s.firstPublished},
  {id: 'fact-recognition', field: 'recognition', read: (s) => s.recognition, ofCertification: true},
  {id: 'fact-certifies', field: 'certification', read: (s) => s.certification, ofCertification: true},
  {id: 'fact-assessor', field: 'certification.assessor', read: (s) => s.certification?.assessor, ofCertification: true},
  {id: 'fact-steps', field: 'certification.steps', read: (s) => s.certification?.steps, ofCertification: true},
  {id: 'fact-validity', field: 'certification.validity', read: (s) => s.certification?.validity, ofCertification: true},
  {
    id: 'fact-surveillance',
    field: 'certification.surveillance',
    read: (s) => s.certification?.surveillance,
    ofCertification: true,
  },
  {id: 'fact-rating', field: 'certification.rating', read: (s) => s.certification?.rating, ofCertification: true},
  {
    id: 'fact-remediation',
    field: 'certification.remediation',
    read: (s) => s.certification?.remediation,
    ofCertification: true,
  },
  {id: 'fact-time', field: 'timeToCertify', read: (s) => s.timeToCertify, ofCertification: true},
  {id: 'fact-costs', field: 'costs', read: (s) => s.costs, ofCertification: true},
  {id: 'fact-adoption', field: 'adoption', read: (s) => s.adoption, ofCertification: true},
  {id: 'fact-availability', field: 'availability', read: (s) => s.availability},
  {id: 'fact-related', field: 'related', read: (s) => s.related},
  {id: 'fact-structure', field: 'structure', read: (s) => s.structure},
];

/** The facts the standard's fact sheet shows as unknown. */
export const unknownFacts = (standard: StandardRecord): KnowableFact[] =>
  KNOWABLE_FACTS.filter((fact) => {
    // A common structure has no certification, rather than an unknown one.
    if (fact.ofCertification && isCommonStructure(standard)) return false;
    const value = fact.read(standard);
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
