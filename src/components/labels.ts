/**
 * Labels of the vocabulary, in the reader's language. One function per list; each label is a
 * literal translate() call so that `docusaurus write-translations` finds it.
 */
import {translate} from '@docusaurus/Translate';
import type {ADOPTION_MEASURES} from '@site/src/core/schema';
import type {SearchKind} from '@site/src/core/search/kinds';
import type {
  CertifiedParty,
  EditionStatus,
  Family,
  FocusDimension,
  Industry,
  RelationType,
  StandardKind,
  TextAccess,
} from '@site/src/core/vocabulary';

export const statusLabels = (): Record<EditionStatus, string> => ({
  current: translate({id: 'vocabulary.status.current', message: 'Current'}),
  superseded: translate({id: 'vocabulary.status.superseded', message: 'Superseded'}),
  withdrawn: translate({id: 'vocabulary.status.withdrawn', message: 'Withdrawn'}),
  draft: translate({id: 'vocabulary.status.draft', message: 'Draft'}),
});

export const kindLabels = (): Record<StandardKind, string> => ({
  organization: translate({id: 'vocabulary.kind.organization', message: 'Organizational certification'}),
  individual: translate({id: 'vocabulary.kind.individual', message: 'Individual certification'}),
  methodology: translate({id: 'vocabulary.kind.methodology', message: 'Methodology'}),
});

export const partyLabels = (): Record<CertifiedParty, string> => ({
  organization: translate({id: 'vocabulary.party.organization', message: 'Organizations'}),
  individual: translate({id: 'vocabulary.party.individual', message: 'Individuals'}),
});

export const focusLabels = (): Record<FocusDimension, string> => ({
  process: translate({id: 'vocabulary.focus.process', message: 'Process'}),
  people: translate({id: 'vocabulary.focus.people', message: 'People'}),
  performance: translate({id: 'vocabulary.focus.performance', message: 'Performance'}),
  customer: translate({id: 'vocabulary.focus.customer', message: 'Customer'}),
  security: translate({id: 'vocabulary.focus.security', message: 'Security'}),
  technology: translate({id: 'vocabulary.focus.technology', message: 'Technology'}),
});

export const relationLabels = (): Record<RelationType, string> => ({
  predecessor: translate({id: 'vocabulary.relation.predecessor', message: 'Predecessor'}),
  successor: translate({id: 'vocabulary.relation.successor', message: 'Successor'}),
  complements: translate({id: 'vocabulary.relation.complements', message: 'Complements'}),
  overlaps: translate({id: 'vocabulary.relation.overlaps', message: 'Overlaps'}),
});

export const accessLabels = (): Record<TextAccess, string> => ({
  free: translate({id: 'vocabulary.access.free', message: 'Free to download'}),
  paid: translate({id: 'vocabulary.access.paid', message: 'Sold by its publisher'}),
  'members-only': translate({id: 'vocabulary.access.membersOnly', message: 'Members only'}),
});

export const industryLabels = (): Record<Industry | 'all', string> => ({
  all: translate({id: 'vocabulary.industry.all', message: 'All industries'}),
  banking: translate({id: 'vocabulary.industry.banking', message: 'Banking'}),
  insurance: translate({id: 'vocabulary.industry.insurance', message: 'Insurance'}),
  telecom: translate({id: 'vocabulary.industry.telecom', message: 'Telecommunications'}),
  'it-services': translate({id: 'vocabulary.industry.itServices', message: 'IT services'}),
  bpo: translate({id: 'vocabulary.industry.bpo', message: 'Outsourcing (BPO)'}),
  retail: translate({id: 'vocabulary.industry.retail', message: 'Retail'}),
  'public-sector': translate({id: 'vocabulary.industry.publicSector', message: 'Public sector'}),
  healthcare: translate({id: 'vocabulary.industry.healthcare', message: 'Healthcare'}),
  utilities: translate({id: 'vocabulary.industry.utilities', message: 'Utilities'}),
  travel: translate({id: 'vocabulary.industry.travel', message: 'Travel'}),
  manufacturing: translate({id: 'vocabulary.industry.manufacturing', message: 'Manufacturing'}),
  other: translate({id: 'vocabulary.industry.other', message: 'Other industries'}),
});

export const measureLabels = (): Record<(typeof ADOPTION_MEASURES)[number], string> => ({
  'certified-organizations': translate({id: 'vocabulary.measure.certifiedOrganizations', message: 'certified organizations'}),
  'certified-sites': translate({id: 'vocabulary.measure.certifiedSites', message: 'certified sites'}),
  'valid-certificates': translate({id: 'vocabulary.measure.validCertificates', message: 'valid certificates'}),
  'certified-individuals': translate({id: 'vocabulary.measure.certifiedIndividuals', message: 'certified individuals'}),
  'sites-using': translate({id: 'vocabulary.measure.sitesUsing', message: 'sites using it'}),
});

export const globalRegionLabel = (): string => translate({id: 'vocabulary.region.global', message: 'Worldwide'});

export const familyLabels = (): Record<Family, string> => ({
  'quality-management': translate({id: 'vocabulary.family.qualityManagement', message: 'Quality management'}),
  'contact-centre-operations': translate({id: 'vocabulary.family.contactCentreOperations', message: 'Contact-centre operations'}),
  'outsourcing-capability': translate({id: 'vocabulary.family.outsourcingCapability', message: 'Outsourcing capability'}),
  'client-sourcing': translate({id: 'vocabulary.family.clientSourcing', message: 'Sourcing management (client side)'}),
  'service-management': translate({id: 'vocabulary.family.serviceManagement', message: 'Service management'}),
  'security-and-continuity': translate({id: 'vocabulary.family.securityAndContinuity', message: 'Security and continuity'}),
  people: translate({id: 'vocabulary.family.people', message: 'People'}),
});

export const searchKindLabels = (): Record<SearchKind, string> => ({
  standard: translate({id: 'vocabulary.searchKind.standard', message: 'Standard'}),
  clause: translate({id: 'vocabulary.searchKind.clause', message: 'Clause'}),
  crosswalk: translate({id: 'vocabulary.searchKind.crosswalk', message: 'Crosswalk'}),
  page: translate({id: 'vocabulary.searchKind.page', message: 'Page section'}),
});
