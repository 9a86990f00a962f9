import {load} from 'js-yaml';
import Papa from 'papaparse';
import type {CrosswalkApi} from '../../src/core/schema';
import {expect, openPage, test} from './fixtures';

for (const [locale, prefix, labels] of [
  [
    'en',
    '',
    {
      catalog: 'OSCAL catalog (JSON)',
      framework: 'CISO Assistant framework (YAML)',
      mapping: 'OSCAL mapping collection (JSON)',
      library: 'CISO Assistant mapping library (YAML)',
      csv: "CSV in SCF's columns",
    },
  ],
  [
    'zh-Hans',
    '/zh-Hans',
    {
      catalog: 'OSCAL 目录（JSON）',
      framework: 'CISO Assistant 框架（YAML）',
      mapping: 'OSCAL 映射集（JSON）',
      library: 'CISO Assistant 映射库（YAML）',
      csv: 'CSV（SCF 列格式）',
    },
  ],
] as const) {
  test(`in ${locale}, a standard's clauses and a crosswalk link to their exports, and each link gives a file a tool can read`, async ({
    page,
    request,
  }) => {
    await openPage(page, `${prefix}/standards/iso-27001`);
    // One pair of links per catalogue of the standard: 2022 and 2013.
    const catalogs = page.getByRole('link', {name: labels.catalog});
    await expect(catalogs).toHaveCount(2);
    const catalog = await (await request.get((await catalogs.first().getAttribute('href'))!)).json();
    expect(catalog.catalog.metadata['oscal-version']).toBe('1.2.1');
    expect(JSON.stringify(catalog)).toContain('"u-A.5.1"');
    const framework = load(
      await (
        await request.get((await page.getByRole('link', {name: labels.framework}).first().getAttribute('href'))!)
      ).text(),
    ) as {
      objects: {framework: {requirement_nodes: unknown[]}};
    };
    expect(framework.objects.framework.requirement_nodes.length).toBeGreaterThan(100);

    const api = (await (await request.get('/api/crosswalk.json')).json()) as CrosswalkApi;
    const crosswalk = api.crosswalks.find((x) => x.from === 'iso-27001:2013' && x.to === 'iso-27001:2022')!;
    await openPage(page, `${prefix}/crosswalk?from=iso-27001:2013&to=iso-27001`);
    const mapping = await (
      await request.get((await page.getByRole('link', {name: labels.mapping}).getAttribute('href'))!)
    ).json();
    expect(mapping['mapping-collection'].mappings[0].maps).toHaveLength(crosswalk.mappings.length);
    const library = load(
      await (await request.get((await page.getByRole('link', {name: labels.library}).getAttribute('href'))!)).text(),
    ) as {
      objects: {requirement_mapping_set: {requirement_mappings: {strength_of_relationship: number}[]}};
    };
    expect(library.objects.requirement_mapping_set.requirement_mappings.map((m) => m.strength_of_relationship)).toEqual(
      crosswalk.mappings.map((m) => m.strength),
    );
    const csv = Papa.parse<string[]>(
      (
        await (await request.get((await page.getByRole('link', {name: labels.csv}).getAttribute('href'))!)).text()
      ).trim(),
    );
    expect(csv.data).toHaveLength(crosswalk.mappings.length + 1);
  });
}
