import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {LOCALES} from '../../src/core/vocabulary';
import {fetchStandardsApi} from './api';
import {expect, test} from './fixtures';

test('/api/standards.json validates against the JSON Schema the site publishes', async ({request}) => {
  const api = await fetchStandardsApi(request);
  const schema = await (await request.get('/api/schema/standards-api.schema.json')).json();
  const ajv = new Ajv2020({allErrors: true, strict: false});
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(api), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(api.standards.length).toBeGreaterThanOrEqual(3);
});

test('every standard in the API names itself in every locale and is served at its paths', async ({request}) => {
  const {standards} = await fetchStandardsApi(request);
  for (const standard of standards) {
    for (const locale of LOCALES) {
      expect(standard.names[locale].name.length).toBeGreaterThan(0);
      expect(standard.paths[locale].endsWith(`/standards/${standard.id}`)).toBe(true);
      expect((await request.get(standard.paths[locale])).status()).toBe(200);
    }
  }
});

test('/api/cost-model.json gives the cost model in every locale, valid against the JSON Schema the site publishes', async ({
  request,
}) => {
  const api = await (await request.get('/api/cost-model.json')).json();
  const ajv = new Ajv2020({allErrors: true, strict: false});
  addFormats(ajv);
  const schema = await (await request.get('/api/schema/cost-model-api.schema.json')).json();
  const validate = ajv.compile(schema);
  expect(validate(api), JSON.stringify(validate.errors, null, 2)).toBe(true);
  const rule = api.auditTime.rules.find((r: {id: string}) => r.id === 'iaf-md5-qms');
  for (const locale of LOCALES) expect(rule.name[locale].length).toBeGreaterThan(0);
});
