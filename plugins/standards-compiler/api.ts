/** The public JSON API written into the build: /api/standards.json, clauses, crosswalks, the cost model, and their JSON Schemas. */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {StandardsContent} from './compile';
import {JSON_SCHEMAS, type JsonSchemaName, renderJsonSchema} from './jsonSchema';
import {catalogueRef} from '../../src/core/clauses';
import type {ClausesApi, CrosswalkApi, StandardsApi} from '../../src/core/schema';
import {LOCALES} from '../../src/core/vocabulary';
import {writeExports} from './exports/write';

export const API_DIR = 'api';

export const buildStandardsApi = (content: StandardsContent): StandardsApi => ({
  schemaVersion: 1,
  locales: [...LOCALES],
  standards: content.standards,
  landscape: content.landscape,
  sources: content.sources,
});

export const buildClausesApi = (content: StandardsContent): ClausesApi => ({
  schemaVersion: 2,
  themes: content.themes,
  catalogues: content.catalogues.map((c) => ({ref: catalogueRef(c), ...c})),
});

/** Every crosswalk, and the coverage holding either side gives of the other. */
export const buildCrosswalkApi = (content: StandardsContent): CrosswalkApi => ({
  schemaVersion: 2,
  crosswalks: content.crosswalks,
  coverage: content.coverage,
});

/** The cost model as its data files give it, each part valid against its published JSON Schema. */
export const buildCostModelApi = (content: StandardsContent) => ({
  schemaVersion: 1,
  auditTime: content.costModel.auditTime,
  schemes: content.costModel.schemes,
  dayRates: content.costModel.dayRates,
  fees: {fees: content.costModel.fees, notFound: content.costModel.notFound},
  priceIndex: content.costModel.priceIndex,
});

export async function writeApi(outDir: string, content: StandardsContent, siteDir: string): Promise<void> {
  const dir = path.join(outDir, API_DIR);
  await mkdir(path.join(dir, 'schema'), {recursive: true});
  const write = (name: string, data: unknown) => writeFile(path.join(dir, name), `${JSON.stringify(data, null, 2)}\n`);
  await write('standards.json', buildStandardsApi(content));
  await write('clauses.json', buildClausesApi(content));
  await write('crosswalk.json', buildCrosswalkApi(content));
  await write('cost-model.json', buildCostModelApi(content));
  for (const name of Object.keys(JSON_SCHEMAS) as JsonSchemaName[]) {
    await writeFile(path.join(dir, 'schema', name), renderJsonSchema(name));
  }
  // OSCAL, CISO Assistant and CSV, each validated as written: an invalid one fails the build.
  await writeExports(outDir, content, siteDir);
}
