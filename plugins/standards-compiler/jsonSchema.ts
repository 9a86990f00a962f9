/** The schemas as JSON Schema: for editors (frontmatter) and for API consumers (standards.json). */
import * as z from 'zod';
import {landscapeSchema, sourcesFileSchema, standardFrontMatterSchema, standardsApiSchema} from './schema';

export const JSON_SCHEMAS = {
  'standard-frontmatter.schema.json': () => z.toJSONSchema(standardFrontMatterSchema, {io: 'input'}),
  'sources.schema.json': () => z.toJSONSchema(sourcesFileSchema, {io: 'input'}),
  'landscape.schema.json': () => z.toJSONSchema(landscapeSchema, {io: 'input'}),
  'standards-api.schema.json': () => z.toJSONSchema(standardsApiSchema, {io: 'output'}),
} as const;

export type JsonSchemaName = keyof typeof JSON_SCHEMAS;

export const renderJsonSchema = (name: JsonSchemaName): string => `${JSON.stringify(JSON_SCHEMAS[name](), null, 2)}\n`;
