/**
 * OSCAL 1.2.1 exports: a catalog per clause catalogue (its units as controls, nested as the standard
 * nests them; titles and our summaries only) and a mapping-collection per crosswalk, so that tools
 * that read OSCAL (compliance-trestle and others) can load them. Relationships are NIST IR 8477's,
 * mapped onto OSCAL's by their definitions: IR 8477's "equal" ("the same, although not necessarily
 * identical") is OSCAL's equivalent-to, not equal-to (the same words). OSCAL has no value for "no
 * relationship": such a map carries our namespace, as OSCAL's `ns` allows. The strength (0-10) and
 * the confidence are properties in our namespace.
 */
import type {StandardsContent} from '../compile';
import {catalogueRef, shownUnitId} from '../../../src/core/clauses';
import type {Catalogue, Crosswalk, Unit} from '../../../src/core/schema';
import {DEFAULT_LOCALE, LOCALES, type Relationship} from '../../../src/core/vocabulary';
import {fileStem, oscalControlId, stableUuid, unitIdOfControl} from './ids';

export const OSCAL_VERSION = '1.2.1';
/** Our namespace for properties and values OSCAL does not define. */
export const ATLAS_NS = 'https://standards-atlas.example/ns/oscal';
/** How a mapping-collection names its catalogs: relative to itself (src/core/exportPaths.ts). */
const catalogPath = (ref: string) => `catalogs/${fileStem(ref)}.json`;

/** IR 8477's relationship as OSCAL writes it, and the namespace that defines the value (none: OSCAL's). */
export const OSCAL_RELATIONSHIPS: Record<Relationship, {value: string; ns?: string}> = {
  equal: {value: 'equivalent-to'},
  'subset-of': {value: 'subset-of'},
  'superset-of': {value: 'superset-of'},
  'intersects-with': {value: 'intersects-with'},
  'no-relationship': {value: 'no-relationship', ns: ATLAS_NS},
};
/** The values OSCAL's mapping metaschema allows in its own namespace (its JSON Schema leaves them to tools). */
export const OSCAL_RELATIONSHIP_VALUES = ['equivalent-to', 'equal-to', 'subset-of', 'superset-of', 'intersects-with'];

interface Prop {
  name: string;
  value: string;
  ns?: string;
  class?: string;
}

const standardName = (content: StandardsContent, id: string) =>
  content.standards.find((s) => s.id === id)?.names.en.name ?? id;

function control(unit: Unit): Record<string, unknown> {
  const props: Prop[] = [];
  const label = shownUnitId(unit.id);
  if (label) props.push({name: 'label', value: label});
  // The title in each other locale, the class naming the locale (OSCAL has no translations of its own).
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE))
    props.push({name: 'title', ns: ATLAS_NS, class: locale, value: unit.title[locale]});
  return {
    id: oscalControlId(unit.id),
    title: unit.title.en,
    props,
    ...(unit.summary && {parts: [{name: 'overview', prose: unit.summary.en}]}),
    ...(unit.units?.length && {controls: unit.units.map(control)}),
  };
}

export function oscalCatalog(content: StandardsContent, catalogue: Catalogue, lastModified: string) {
  const ref = catalogueRef(catalogue);
  return {
    catalog: {
      uuid: stableUuid(`catalog:${ref}`),
      metadata: {
        title: `${standardName(content, catalogue.standard)} (${catalogue.edition}): clause titles`,
        'last-modified': lastModified,
        version: String(catalogue.asOf),
        'oscal-version': OSCAL_VERSION,
        props: [{name: 'catalogue', ns: ATLAS_NS, value: ref}],
        remarks:
          'Titles of the units as the standard gives them and summaries in our own words; never the text of the standard. From Standards Atlas.',
      },
      controls: catalogue.units.map(control),
    },
  };
}

export function oscalMappingCollection(content: StandardsContent, crosswalk: Crosswalk, lastModified: string) {
  const {provenance} = crosswalk;
  const types = crosswalk.mappings.map((m) => m.rationaleType);
  // The collection's matching rationale is the one most of its maps use; each map states its own.
  const dominant = [...new Set(types)].sort(
    (a, b) => types.filter((t) => t === b).length - types.filter((t) => t === a).length,
  )[0];
  const name = (ref: string) => {
    const catalogue = content.catalogues.find((c) => catalogueRef(c) === ref)!;
    return `${standardName(content, catalogue.standard)} (${catalogue.edition})`;
  };
  const id = `${crosswalk.from}~${crosswalk.to}`;
  return {
    'mapping-collection': {
      uuid: stableUuid(`mapping-collection:${id}`),
      metadata: {
        title: `${name(crosswalk.from)} to ${name(crosswalk.to)}`,
        'last-modified': lastModified,
        version: String(provenance.asOf),
        'oscal-version': OSCAL_VERSION,
      },
      provenance: {
        method: provenance.method,
        'matching-rationale': dominant,
        status: provenance.status,
        'mapping-description': provenance.description.en,
        props: [{name: 'kind', ns: ATLAS_NS, value: provenance.kind}],
      },
      mappings: [
        {
          uuid: stableUuid(`mapping:${id}`),
          'source-resource': {type: 'catalog', href: `../${catalogPath(crosswalk.from)}`},
          'target-resource': {type: 'catalog', href: `../${catalogPath(crosswalk.to)}`},
          maps: crosswalk.mappings.map((m, i) => {
            const relationship = OSCAL_RELATIONSHIPS[m.relationship];
            return {
              uuid: stableUuid(`map:${id}:${i}:${m.from}:${m.to}`),
              ...(relationship.ns && {ns: relationship.ns}),
              'matching-rationale': m.rationaleType,
              relationship: relationship.value,
              sources: [{type: 'control', 'id-ref': oscalControlId(m.from)}],
              targets: [{type: 'control', 'id-ref': oscalControlId(m.to)}],
              props: [
                {name: 'strength', ns: ATLAS_NS, value: String(m.strength)},
                {name: 'confidence', ns: ATLAS_NS, value: m.confidence},
              ],
              remarks: m.rationale.en,
            };
          }),
        },
      ],
    },
  };
}

export type OscalMappingCollection = ReturnType<typeof oscalMappingCollection>;

/** The mappings an exported mapping-collection holds, read back as our data writes them. */
export function mappingsFromOscal(collection: OscalMappingCollection) {
  const byValue = new Map(
    Object.entries(OSCAL_RELATIONSHIPS).map(([ours, {value, ns}]) => [`${ns ?? ''} ${value}`, ours as Relationship]),
  );
  return collection['mapping-collection'].mappings.flatMap((mapping) =>
    mapping.maps.map((map) => ({
      from: unitIdOfControl(map.sources[0]['id-ref']),
      to: unitIdOfControl(map.targets[0]['id-ref']),
      relationship: byValue.get(`${'ns' in map ? map.ns : ''} ${map.relationship}`)!,
      strength: Number(map.props.find((p) => p.name === 'strength')!.value),
      rationaleType: map['matching-rationale'],
    })),
  );
}
