import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type {ClausesApi, Unit} from '../../src/core/schema';
import {LOCALES} from '../../src/core/vocabulary';
import {fetchStandardsApi} from './api';
import {expect, openPage, test} from './fixtures';

const fetchJson = async (request: import('@playwright/test').APIRequestContext, path: string) =>
  (await request.get(path)).json();

for (const locale of LOCALES) {
  test(`in ${locale}, a URL with a clause anchor opens its standard's page at that clause, expanded`, async ({
    page,
    request,
  }) => {
    const {standards} = await fetchStandardsApi(request);
    const {catalogues} = (await fetchJson(request, '/api/clauses.json')) as ClausesApi;
    // A second-level unit: it sits inside a collapsed parent until the anchor opens it.
    const catalogue = catalogues.find((c) => c.units.some((u) => u.units?.length));
    expect(catalogue, 'a catalogue with nested units').toBeDefined();
    const parent = catalogue!.units.find((u) => u.units?.length)!;
    const unit: Unit = parent.units![parent.units!.length - 1];
    const standard = standards.find((s) => s.id === catalogue!.standard)!;

    await openPage(page, `${standard.paths[locale]}#clause-${catalogue!.key}-${unit.id}`);
    const clause = page.locator(`[id="clause-${catalogue!.key}-${unit.id}"]`);
    await expect(clause).toBeVisible();
    await expect(clause).toContainText(unit.title[locale]);
    if (unit.summary) await expect(clause).toContainText(unit.summary[locale]);
    await expect(clause).toBeInViewport();
  });
}

// That every standard's page lists each top-level unit of its catalogues is checked in
// standard-pages.spec.ts, in the one visit that checks the page's facts and runs axe on it.

test('/api/clauses.json and /api/crosswalk.json validate against the schemas the site publishes', async ({request}) => {
  for (const [data, schema] of [
    ['/api/clauses.json', '/api/schema/clauses-api.schema.json'],
    ['/api/crosswalk.json', '/api/schema/crosswalk-api.schema.json'],
  ]) {
    const ajv = new Ajv2020({allErrors: true, strict: false});
    addFormats(ajv);
    const validate = ajv.compile(await fetchJson(request, schema));
    expect(validate(await fetchJson(request, data)), `${data}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
});

for (const prefix of ['', '/zh-Hans'] as const) {
  test(`a standard whose clauses are listed for several editions shows the newest first (${prefix || '/'})`, async ({
    page,
  }) => {
    await openPage(page, `${prefix}/standards/iso-27001`);
    const editions = page.locator('section.clauses > section > h3');
    await expect(editions).toHaveCount(2);
    await expect(editions.first()).toContainText('2022');
    await expect(editions.nth(1)).toContainText('2013');
  });
}
