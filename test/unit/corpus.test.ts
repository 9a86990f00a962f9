/** The real corpus: it compiles, it holds the standards the site promises, and its API is valid. */
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {buildStandardsApi} from '../../plugins/standards-compiler/api';
import {type StandardsContent, compileStandards} from '../../plugins/standards-compiler/compile';
import {buildComparePageProps, buildStandardPageProps} from '../../plugins/standards-compiler/props';
import {JSON_SCHEMAS, type JsonSchemaName, renderJsonSchema} from '../../plugins/standards-compiler/jsonSchema';
import {buildSearchDocuments} from '../../plugins/standards-compiler/search/documents';
import {shownUnitId} from '../../src/core/clauses';
import {localePath} from '../../src/core/paths';
import {LOCALES} from '../../src/core/vocabulary';

const siteDir = process.cwd();

/** The ids the catalogue promises (issue 3): URLs, tests and the advisor depend on them. */
const CATALOGUE = [
  'iso-9001',
  'copc',
  'cccs-op',
  'scp',
  'escm-sp',
  'escm-cl',
  'bs-7799',
  'iso-27001',
  'people-cmm',
  'six-sigma',
  'hdi-support-center',
  'cccs-pq',
  'ciac',
  'sspa',
  'hdi-individual',
  'six-sigma-belts',
  'iso-18295',
  'en-15838',
  'iso-10002',
  'iso-20000-1',
  'pci-dss',
  'iso-22301',
  'cmmi-svc',
  'kcs',
  'itil-4',
  'customer-service-excellence',
  // Asia and Australia (issue 16).
  'sj-t-11739',
  'yd-t-2823',
  'ccso',
  'ks-cqi',
  'ksqi',
  'hdi-japan-rating',
  'tesda-contact-center-nc2',
  'csisg',
  'icss',
  'hkcca-awards',
  // The common structure ISO's management-system standards are written on (issue 14).
  'harmonized-structure',
];

describe('the real corpus', () => {
  let content: StandardsContent;
  before(async () => {
    content = await compileStandards(siteDir);
  });

  it('compiles every standard of the catalogue, each with sectioned prose in every locale', () => {
    const ids = content.standards.map((s) => s.id);
    for (const id of CATALOGUE) assert.ok(ids.includes(id), `${id} is missing`);
    assert.equal(ids.length, CATALOGUE.length, 'a standard outside the catalogue');
    for (const {id} of content.standards) {
      for (const locale of LOCALES) {
        const {body} = buildStandardPageProps(content, id, locale, localePath('/', locale));
        assert.ok(body.headings.length >= 3, `${id}'s ${locale} prose has fewer than three sections`);
      }
    }
  });

  it('names every country the comparison page shows (where used, costs, adoption) in every locale', () => {
    for (const locale of LOCALES) {
      const page = buildComparePageProps(content, locale);
      const shown = page.rows.flatMap((r) => [
        ...r.regions,
        ...r.costs.map((c) => c.region),
        ...r.adoption.map((a) => a.region),
      ]);
      for (const code of shown.filter((c) => c !== 'global')) {
        assert.ok(page.regionNames[code], `${code} has no ${locale} name on /compare`);
      }
    }
  });

  it("shows a unit's number or code beside its title, never a slug of ours (CCCS-OP's positioning)", () => {
    assert.equal(shownUnitId('8.5'), '8.5');
    assert.equal(shownUnitId('A.5'), 'A.5');
    assert.equal(shownUnitId('HDI-CSR'), 'HDI-CSR');
    assert.equal(shownUnitId('positioning'), undefined);
    assert.equal(shownUnitId('l2-staffing'), undefined);
    for (const locale of LOCALES) {
      const docs = buildSearchDocuments(content, locale);
      const positioning = docs.find((d) => d.kind === 'clause' && d.href.endsWith('#clause-2003-positioning'));
      assert.ok(positioning, `the ${locale} index holds CCCS-OP's positioning`);
      assert.equal(positioning.ref, undefined, `the ${locale} hit shows no slug`);
      for (const d of docs) assert.doesNotMatch(d.ref ?? '', /\b[a-z]+-[a-z-]+\b|\bpositioning\b/, d.href);
    }
  });

  it('publishes an API that validates against its own JSON Schema', () => {
    const ajv = new Ajv2020({allErrors: true, strict: false});
    addFormats(ajv);
    const validate = ajv.compile(JSON_SCHEMAS['standards-api.schema.json']());
    const api = buildStandardsApi(content);
    assert.ok(validate(api), JSON.stringify(validate.errors, null, 2));
    assert.equal(api.standards.length, content.standards.length);
  });

  it('keeps the figures of the source documents with their year', () => {
    const copc = content.standards.find((s) => s.id === 'copc')!;
    const cny = copc.costs?.find((c) => c.currency === 'CNY');
    assert.equal(cny?.min, 1_200_000, 'seed 000: a first COPC certification in China costs over 1.2 million');
    assert.equal(cny?.max, undefined, 'seed 000 gives a lower bound, not a range');
    assert.equal(cny?.asOf, 2008);
    const cccs = content.standards.find((s) => s.id === 'cccs-op')!;
    assert.ok(cccs.adoption?.some((a) => a.count === 33 && a.measure === 'certified-organizations' && a.asOf === 2008));
  });
});

describe('the JSON Schemas for editors', () => {
  for (const name of Object.keys(JSON_SCHEMAS) as JsonSchemaName[]) {
    it(`standards-data/schema/${name} matches the schema (run "npm run schema" if not)`, async () => {
      const committed = await readFile(path.join(siteDir, 'standards-data/schema', name), 'utf8');
      assert.equal(committed, renderJsonSchema(name));
    });
  }
});
