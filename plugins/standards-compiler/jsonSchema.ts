/** The schemas as JSON Schema: for editors (frontmatter) and for API consumers (standards.json). */
import * as z from 'zod';
import {advisorRulesSchema, exchangeRatesSchema} from '../../src/core/advisor/schema';
import {
  auditTimeFileSchema,
  dayRatesFileSchema,
  feesFileSchema,
  priceIndexFileSchema,
  schemesFileSchema,
} from '../../src/core/cost/schema';
import {
  catalogueSchema,
  clausesApiSchema,
  crosswalkApiSchema,
  crosswalkSchema,
  glossaryFileSchema,
  landscapeSchema,
  searchTermsFileSchema,
  sourcesFileSchema,
  standardFrontMatterSchema,
  standardsApiSchema,
  themesFileSchema,
} from '../../src/core/schema';
import {DERIVED_LOCALES} from '../../src/core/vocabulary';

/**
 * A published schema describes what the API holds: the derived locales beside their sources
 * (src/core/derivedLocales.ts), wherever a `zh-Hans` property is, and required as it is.
 */
function withDerivedLocales<T>(schema: T): T {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as {properties?: Record<string, unknown>; required?: string[]};
    for (const child of Object.values(record)) walk(child);
    if (!record.properties) return;
    for (const [derived, source] of Object.entries(DERIVED_LOCALES)) {
      if (!(source in record.properties) || derived in record.properties) continue;
      record.properties[derived] = structuredClone(record.properties[source]);
      if (record.required?.includes(source)) record.required.push(derived);
    }
  };
  walk(schema);
  return schema;
}

/** /api/cost-model.json: the cost model's files, as the compiler read them (api.ts). */
const costModelApiSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    auditTime: auditTimeFileSchema,
    schemes: schemesFileSchema,
    dayRates: dayRatesFileSchema,
    fees: feesFileSchema,
    priceIndex: priceIndexFileSchema,
  })
  .meta({title: 'Standards Atlas: the cost model, as published'});

export const JSON_SCHEMAS = {
  'standard-frontmatter.schema.json': () => z.toJSONSchema(standardFrontMatterSchema, {io: 'input'}),
  'sources.schema.json': () => z.toJSONSchema(sourcesFileSchema, {io: 'input'}),
  'landscape.schema.json': () => z.toJSONSchema(landscapeSchema, {io: 'input'}),
  'themes.schema.json': () => z.toJSONSchema(themesFileSchema, {io: 'input'}),
  'glossary.schema.json': () => z.toJSONSchema(glossaryFileSchema, {io: 'input'}),
  'search-terms.schema.json': () => z.toJSONSchema(searchTermsFileSchema, {io: 'input'}),
  'catalogue.schema.json': () => z.toJSONSchema(catalogueSchema, {io: 'input'}),
  'crosswalk.schema.json': () => z.toJSONSchema(crosswalkSchema, {io: 'input'}),
  'advisor-rules.schema.json': () => z.toJSONSchema(advisorRulesSchema, {io: 'input', unrepresentable: 'any'}),
  'exchange-rates.schema.json': () => z.toJSONSchema(exchangeRatesSchema, {io: 'input'}),
  'audit-time.schema.json': () => z.toJSONSchema(auditTimeFileSchema, {io: 'input'}),
  'schemes.schema.json': () => z.toJSONSchema(schemesFileSchema, {io: 'input'}),
  'day-rates.schema.json': () => z.toJSONSchema(dayRatesFileSchema, {io: 'input'}),
  'fees.schema.json': () => z.toJSONSchema(feesFileSchema, {io: 'input'}),
  'price-index.schema.json': () => z.toJSONSchema(priceIndexFileSchema, {io: 'input'}),
  'standards-api.schema.json': () => withDerivedLocales(z.toJSONSchema(standardsApiSchema, {io: 'output'})),
  'clauses-api.schema.json': () => withDerivedLocales(z.toJSONSchema(clausesApiSchema, {io: 'output'})),
  'crosswalk-api.schema.json': () => withDerivedLocales(z.toJSONSchema(crosswalkApiSchema, {io: 'output'})),
  'cost-model-api.schema.json': () => withDerivedLocales(z.toJSONSchema(costModelApiSchema, {io: 'output'})),
} as const;

export type JsonSchemaName = keyof typeof JSON_SCHEMAS;

export const renderJsonSchema = (name: JsonSchemaName): string => `${JSON.stringify(JSON_SCHEMAS[name](), null, 2)}\n`;
