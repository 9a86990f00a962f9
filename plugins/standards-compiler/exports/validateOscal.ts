/**
 * Validates the OSCAL exports during the build: against NIST's released JSON Schemas for OSCAL
 * 1.2.1 (standards-data/oscal/, with their provenance), then the checks those schemas leave to
 * tools: a relationship in OSCAL's namespace is one its mapping metaschema allows, the strength is
 * a whole number from 0 to 10, and every map names controls its two catalogs hold.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv, {type ValidateFunction} from 'ajv';
import addFormats from 'ajv-formats';
import {ATLAS_NS, OSCAL_RELATIONSHIP_VALUES} from './oscal';

export const OSCAL_SCHEMA_DIR = 'standards-data/oscal';

export interface OscalValidators {
  catalog: ValidateFunction;
  mapping: ValidateFunction;
}

export function oscalValidators(siteDir: string): OscalValidators {
  // NIST's schemas use keywords and formats Ajv's strict mode does not know: validate, do not lint them.
  const ajv = new Ajv({strict: false, allErrors: true, validateFormats: true});
  addFormats(ajv);
  const load = (file: string) => JSON.parse(readFileSync(path.join(siteDir, OSCAL_SCHEMA_DIR, file), 'utf8'));
  return {
    catalog: ajv.compile(load('oscal_catalog_schema.json')),
    mapping: ajv.compile(load('oscal_mapping_schema.json')),
  };
}

const schemaErrors = (validate: ValidateFunction): string[] =>
  (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);

/** Every control id of an exported catalog, at any depth. */
export function controlIds(catalog: {catalog: {controls?: unknown[]}}): Set<string> {
  const ids = new Set<string>();
  const walk = (controls: unknown[] | undefined) => {
    for (const c of (controls ?? []) as {id: string; controls?: unknown[]}[]) {
      ids.add(c.id);
      walk(c.controls);
    }
  };
  walk(catalog.catalog.controls);
  return ids;
}

export function checkOscalCatalog(validators: OscalValidators, catalog: unknown): string[] {
  return validators.catalog(catalog) ? [] : schemaErrors(validators.catalog);
}

interface ExportedMap {
  ns?: string;
  relationship: string;
  sources: {'id-ref': string}[];
  targets: {'id-ref': string}[];
  props?: {name: string; ns?: string; value: string}[];
}

export function checkOscalMapping(
  validators: OscalValidators,
  collection: {'mapping-collection': {mappings: {maps: ExportedMap[]}[]}},
  sourceIds: Set<string>,
  targetIds: Set<string>,
): string[] {
  if (!validators.mapping(collection)) return schemaErrors(validators.mapping);
  const problems: string[] = [];
  collection['mapping-collection'].mappings.forEach((mapping, m) =>
    mapping.maps.forEach((map, i) => {
      const at = `/mapping-collection/mappings/${m}/maps/${i}`;
      if (!map.ns && !OSCAL_RELATIONSHIP_VALUES.includes(map.relationship))
        problems.push(
          `${at}/relationship: expected one of ${OSCAL_RELATIONSHIP_VALUES.join(', ')}, got "${map.relationship}"`,
        );
      const strength = map.props?.find((p) => p.name === 'strength' && p.ns === ATLAS_NS)?.value;
      if (strength === undefined || !/^(?:[0-9]|10)$/.test(strength))
        problems.push(`${at}/props: expected a strength from 0 to 10, got ${strength ?? 'none'}`);
      for (const s of map.sources)
        if (!sourceIds.has(s['id-ref']))
          problems.push(`${at}/sources: no control "${s['id-ref']}" in the source catalog`);
      for (const t of map.targets)
        if (!targetIds.has(t['id-ref']))
          problems.push(`${at}/targets: no control "${t['id-ref']}" in the target catalog`);
    }),
  );
  return problems;
}
