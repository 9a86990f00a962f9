/**
 * CISO Assistant library files (intuitem/ciso-assistant-community's YAML library format, as its
 * importer enforces it: see the README's exports section): a framework library per catalogue, its
 * units as requirement nodes, and a mapping library per crosswalk, a requirement mapping set with
 * each mapping's relationship, rationale and strength. URNs are lowercase; every string is quoted,
 * since the tool reads YAML 1.1, where an unquoted 4.10 is the number 4.1.
 */
import {dump} from 'js-yaml';
import type {StandardsContent} from '../compile';
import {catalogueRef, walkUnits} from '../../../src/core/clauses';
import type {Catalogue, Crosswalk} from '../../../src/core/schema';
import {DEFAULT_LOCALE, LOCALES, type Relationship} from '../../../src/core/vocabulary';
import {crosswalkStem, fileStem} from './ids';

export const CISO_DIR = 'ciso-assistant';
const PACKAGER = 'standards-atlas';
export const URN_PATTERN =
  /^urn:([a-zA-Z0-9_-]+):([a-zA-Z0-9_-]+):([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9_-]+))?:([0-9A-Za-z[\]()\-._:]+)$/;

/** A URN-safe, lowercase form of a ref or unit id. */
const urnPart = (text: string) => text.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
export const libraryUrn = (name: string) => `urn:${PACKAGER}:risk:library:${urnPart(name)}`;
export const frameworkUrn = (ref: string) => `urn:${PACKAGER}:risk:framework:${urnPart(fileStem(ref))}`;
export const nodeUrn = (ref: string, unitId: string) =>
  `urn:${PACKAGER}:risk:req_node:${urnPart(fileStem(ref))}:${urnPart(unitId)}`;

/** IR 8477's relationships as CISO Assistant names them. */
export const CISO_RELATIONSHIPS: Record<Relationship, string> = {
  equal: 'equal',
  'subset-of': 'subset',
  'superset-of': 'superset',
  'intersects-with': 'intersect',
  'no-relationship': 'not_related',
};

const COPYRIGHT =
  'Clause titles as the standard gives them; summaries and mappings by Standards Atlas, with their sources. The text of the standard is not reproduced.';

const name = (content: StandardsContent, ref: string) => {
  const catalogue = content.catalogues.find((c) => catalogueRef(c) === ref)!;
  const standard = content.standards.find((s) => s.id === catalogue.standard)!;
  return {standard, catalogue, en: `${standard.names.en.name} (${catalogue.edition})`};
};

export function frameworkLibrary(content: StandardsContent, catalogue: Catalogue) {
  const ref = catalogueRef(catalogue);
  const {standard, en} = name(content, ref);
  const nodes = [...walkUnits(catalogue.units)].map(({unit, ancestors}) => {
    const parent = ancestors.at(-1);
    const depth = ancestors.length + 1;
    return {
      urn: nodeUrn(ref, unit.id),
      assessable: !unit.units?.length,
      depth,
      ...(parent !== undefined && {parent_urn: nodeUrn(ref, parent)}),
      ref_id: unit.id,
      name: unit.title.en,
      ...(unit.summary && {description: unit.summary.en}),
      translations: Object.fromEntries(
        LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => [
          l,
          {name: unit.title[l], ...(unit.summary && {description: unit.summary[l]})},
        ]),
      ),
    };
  });
  return {
    urn: libraryUrn(fileStem(ref)),
    locale: 'en',
    ref_id: fileStem(ref),
    name: en,
    description: standard.summary.en,
    copyright: COPYRIGHT,
    version: 1,
    provider: standard.owner?.name.en ?? standard.names.en.name,
    packager: PACKAGER,
    objects: {
      framework: {
        urn: frameworkUrn(ref),
        ref_id: fileStem(ref),
        name: en,
        description: standard.summary.en,
        requirement_nodes: nodes,
      },
    },
  };
}

export function mappingLibrary(content: StandardsContent, crosswalk: Crosswalk) {
  const stem = crosswalkStem(crosswalk.from, crosswalk.to);
  const title = `${name(content, crosswalk.from).en} to ${name(content, crosswalk.to).en}`;
  return {
    urn: libraryUrn(`mapping-${stem}`),
    locale: 'en',
    ref_id: `mapping-${stem}`,
    name: title,
    description: crosswalk.provenance.description.en,
    copyright: COPYRIGHT,
    version: 1,
    provider: 'Standards Atlas',
    packager: PACKAGER,
    dependencies: [libraryUrn(fileStem(crosswalk.from)), libraryUrn(fileStem(crosswalk.to))],
    objects: {
      requirement_mapping_set: {
        urn: `urn:${PACKAGER}:risk:req_mapping_set:${urnPart(stem)}`,
        ref_id: stem,
        name: title,
        source_framework_urn: frameworkUrn(crosswalk.from),
        target_framework_urn: frameworkUrn(crosswalk.to),
        requirement_mappings: crosswalk.mappings.map((m) => ({
          source_requirement_urn: nodeUrn(crosswalk.from, m.from),
          target_requirement_urn: nodeUrn(crosswalk.to, m.to),
          relationship: CISO_RELATIONSHIPS[m.relationship],
          rationale: m.rationaleType,
          strength_of_relationship: m.strength,
          annotation: m.rationale.en,
        })),
      },
    },
  };
}

/** As the tool reads it: YAML with every string quoted. */
export const toLibraryYaml = (library: unknown): string =>
  dump(library, {quotingType: '"', forceQuotes: true, lineWidth: -1, noRefs: true});
