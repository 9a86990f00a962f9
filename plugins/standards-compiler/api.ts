/** The public JSON API written into the build: /api/standards.json and its JSON Schemas. */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {StandardsContent} from './compile';
import {JSON_SCHEMAS, type JsonSchemaName, renderJsonSchema} from './jsonSchema';
import type {StandardsApi} from './schema';
import {LOCALES} from './vocabulary';

export const API_DIR = 'api';

export const buildStandardsApi = (content: StandardsContent): StandardsApi => ({
  schemaVersion: 1,
  locales: [...LOCALES],
  standards: content.standards,
  landscape: content.landscape,
  sources: content.sources,
});

export async function writeApi(outDir: string, content: StandardsContent): Promise<void> {
  const dir = path.join(outDir, API_DIR);
  await mkdir(path.join(dir, 'schema'), {recursive: true});
  await writeFile(path.join(dir, 'standards.json'), `${JSON.stringify(buildStandardsApi(content), null, 2)}\n`);
  for (const name of Object.keys(JSON_SCHEMAS) as JsonSchemaName[]) {
    await writeFile(path.join(dir, 'schema', name), renderJsonSchema(name));
  }
}
