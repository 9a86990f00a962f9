/**
 * Writes the JSON Schemas into standards-data/schema/ so editors can check frontmatter and
 * the source lists as you type. A unit test fails when the committed files are stale.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {JSON_SCHEMAS, type JsonSchemaName, renderJsonSchema} from '../jsonSchema';

export const SCHEMA_DIR = 'standards-data/schema';

async function main(): Promise<void> {
  const dir = path.resolve(SCHEMA_DIR);
  await mkdir(dir, {recursive: true});
  for (const name of Object.keys(JSON_SCHEMAS) as JsonSchemaName[]) {
    await writeFile(path.join(dir, name), renderJsonSchema(name));
    console.log(`wrote ${SCHEMA_DIR}/${name}`);
  }
}

void main();
