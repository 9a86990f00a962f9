import Papa from 'papaparse';
import type {APIRequestContext} from '@playwright/test';
import type {ClausesApi, CrosswalkApi} from '../../src/core/schema';
import {fetchStandardsApi} from './api';
import {expect, openPage, test} from './fixtures';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * How the explorer names a catalogue: its standard's name, with the edition where more than one
 * edition of the standard is mapped.
 */
async function catalogueNames(request: APIRequestContext, locale: 'en' | 'zh-Hans') {
  const {standards} = await fetchStandardsApi(request);
  const crosswalks = (await (await request.get('/api/crosswalk.json')).json()) as CrosswalkApi;
  const clauses = (await (await request.get('/api/clauses.json')).json()) as ClausesApi;
  const mapped = new Set(crosswalks.crosswalks.flatMap((x) => [x.from, x.to]));
  return (ref: string) => {
    const catalogue = clauses.catalogues.find((c) => c.ref === ref)!;
    const name = standards.find((s) => s.id === catalogue.standard)!.names[locale].name;
    const editions = clauses.catalogues.filter((c) => c.standard === catalogue.standard && mapped.has(c.ref));
    if (editions.length === 1) return name;
    return locale === 'en' ? `${name} (${catalogue.edition})` : `${name}（${catalogue.edition}）`;
  };
}

for (const locale of ['en', 'zh-Hans'] as const) {
  test(`in ${locale}, the gap view states the coverage the crosswalk data gives and lists the units that remain`, async ({
    page,
    request,
  }) => {
    const {standards} = await fetchStandardsApi(request);
    const api = (await (await request.get('/api/crosswalk.json')).json()) as CrosswalkApi;
    // Holding ISO/IEC 27001, considering PCI DSS; and the other way round, where units remain.
    for (const [from, to] of [
      ['iso-27001', 'pci-dss'],
      ['pci-dss', 'iso-27001'],
    ]) {
      const coverage = api.coverage.find((c) => c.from.startsWith(`${from}:`) && c.to.startsWith(`${to}:`))!;
      const named = await catalogueNames(request, locale);
      const path = `${locale === 'en' ? '' : '/zh-Hans'}/crosswalk?from=${from}&to=${to}`;
      await openPage(page, path);
      const summary = page.locator('.crosswalk-gap__summary');
      // The weighted figure first, in words a manager reads: "covers about 40% of what PCI DSS asks".
      await expect(page.locator('.crosswalk-gap__weighted')).toHaveText(
        locale === 'en'
          ? `Holding ${named(coverage.from)} covers about ${percent(coverage.weightedShare)} of what ${named(coverage.to)} asks.`
          : `持有${named(coverage.from)}，大约覆盖${named(coverage.to)}所要求内容的 ${percent(coverage.weightedShare)}。`,
      );
      await expect(summary).toContainText(percent(coverage.fullShare));
      await expect(summary).toContainText(percent(coverage.partialShare));
      await expect(summary).toContainText(String(coverage.units));
      await expect(summary).toContainText(standards.find((s) => s.id === to)!.names[locale].name);
      // The list under "Units of … that remain" (none at all where nothing remains).
      const remaining = page.locator('ol[aria-labelledby="remaining"] > li');
      await expect(remaining).toHaveCount(coverage.uncovered.length);
      const mappings = api.crosswalks.find((x) =>
        [x.from, x.to].every((ref) => [from, to].includes(ref.split(':')[0])),
      )!.mappings;
      await expect(page.locator('.crosswalk-table tbody tr')).toHaveCount(mappings.length);
    }
  });
}

for (const [locale, prefix, none, core, holding] of [
  ['en', '', 'None.', 'is the shared core of', 'Holding'],
  ['zh-Hans', '/zh-Hans', '无。', '的共同核心', '持有'],
  ['zh-Hant', '/zh-Hant', '無。', '的共同核心', '持有'],
] as const) {
  test(`in ${locale}, ISO/IEC 27001 leaves none of the Harmonized Structure to do, and the gap view says "none" rather than an empty list`, async ({
    page,
    request,
  }) => {
    const api = (await (await request.get('/api/crosswalk.json')).json()) as CrosswalkApi;
    const coverage = api.coverage.find((c) => c.from === 'iso-27001:2022' && c.to === 'harmonized-structure:2021')!;
    // Every clause of the common structure is in ISO/IEC 27001, which was written on it.
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.fullShare).toBe(1);
    await openPage(page, `${prefix}/crosswalk?from=iso-27001&to=harmonized-structure`);
    await expect(page.locator('.crosswalk-gap__weighted')).toContainText(percent(coverage.weightedShare));
    await expect(page.locator('#remaining + p')).toHaveText(none);
    await expect(page.locator('#partly + p')).toHaveText(none);
    await expect(page.locator('.crosswalk-table tbody tr')).toHaveCount(
      api.crosswalks.find((x) => x.from === 'harmonized-structure:2021' && x.to === 'iso-27001:2022')!.mappings.length,
    );
    // The other way round no one "holds" the structure: the figure is the standard's shared core.
    const core27001 = api.coverage.find((c) => c.from === 'harmonized-structure:2021' && c.to === 'iso-27001:2022')!;
    await openPage(page, `${prefix}/crosswalk?from=harmonized-structure&to=iso-27001`);
    const weighted = page.locator('.crosswalk-gap__weighted');
    await expect(weighted).toContainText(core);
    await expect(weighted).toContainText(percent(core27001.weightedShare));
    await expect(weighted).not.toContainText(holding);
  });
}

test('choosing standards in the explorer puts them in the URL, and a theme narrows the mappings', async ({page}) => {
  await openPage(page, '/crosswalk');
  await page.getByRole('combobox', {name: 'We hold'}).selectOption('iso-9001');
  await page.getByRole('combobox', {name: 'We are considering'}).selectOption('copc');
  await expect(page).toHaveURL(/from=iso-9001&to=copc/);
  const rows = page.locator('.crosswalk-table tbody tr');
  const all = await rows.count();
  expect(all).toBeGreaterThan(0);
  await page.getByRole('combobox', {name: 'Theme'}).selectOption('people-and-training');
  await expect(page).toHaveURL(/theme=people-and-training/);
  await expect.poll(() => rows.count()).toBeLessThan(all);
  await page.reload();
  await page.locator('html[data-hydrated="true"]').waitFor();
  await expect(page.getByRole('combobox', {name: 'Theme'})).toHaveValue('people-and-training');
});

test('an unknown standard in a crosswalk link is reported and ignored, never executed', async ({page}) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await openPage(page, `/crosswalk?from=${encodeURIComponent('<svg onload=alert(1)>')}&to=copc`);
  await expect(page.getByRole('alert')).toContainText('from');
  await expect(page.getByRole('combobox', {name: 'We are considering'})).toHaveValue('copc');
  expect(dialogs).toBe(0);
});

test('the crosswalk between two standards downloads as CSV, one line per mapping', async ({page, request}) => {
  const api = (await (await request.get('/api/crosswalk.json')).json()) as CrosswalkApi;
  const mappings = api.crosswalks.find((x) => x.from.startsWith('iso-9001:') && x.to.startsWith('copc:'))!.mappings;
  await openPage(page, '/crosswalk?from=iso-9001&to=copc');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', {name: 'Download the crosswalk as CSV'}).click(),
  ]);
  const text = (await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8')).replace(
    /^\uFEFF/,
    '',
  );
  const {data} = Papa.parse<string[]>(text.trim());
  expect(data[0]).toEqual(['ISO 9001 (2015)', 'Relationship', 'COPC', 'Strength', 'Compares', 'Why', 'Confidence']);
  expect(data).toHaveLength(mappings.length + 1);
  // Each line carries its mapping's grade, as the data gives it.
  expect(data.slice(1).map((record) => record[3])).toEqual(mappings.map((m) => `${m.strength}/10`));
});

for (const [locale, prefix, published] of [
  ['en', '', "Published by the standard's owner or a standards body"],
  ['zh-Hans', '/zh-Hans', '由标准所有者或标准化机构发布'],
] as const) {
  test(`in ${locale}, two editions of one standard are compared by naming an edition in the URL, and a published crosswalk says so`, async ({
    page,
    request,
  }) => {
    const named = await catalogueNames(request, locale);
    await openPage(page, `${prefix}/crosswalk?from=iso-27001:2013&to=iso-27001`);
    // The standard alone means its current edition; the older one is named by its catalogue.
    await expect(page.getByRole('combobox', {name: locale === 'en' ? 'We hold' : '已持有'})).toHaveValue(
      'iso-27001:2013',
    );
    await expect(page.locator('.crosswalk-gap__weighted')).toContainText(named('iso-27001:2013'));
    await expect(page.locator('.crosswalk-gap__weighted')).toContainText(named('iso-27001:2022'));
    await expect(page.locator('.crosswalk-provenance')).toContainText(published);
    const api = (await (await request.get('/api/crosswalk.json')).json()) as CrosswalkApi;
    const crosswalk = api.crosswalks.find((x) => x.from === 'iso-27001:2013' && x.to === 'iso-27001:2022')!;
    await expect(page.locator('.crosswalk-table tbody tr')).toHaveCount(crosswalk.mappings.length);
    // Choosing the other side keeps the edition in the URL.
    await page.getByRole('combobox', {name: locale === 'en' ? 'We are considering' : '正在考虑'}).selectOption('copc');
    await expect(page).toHaveURL(/from=iso-27001%3A2013&to=copc|from=iso-27001:2013&to=copc/);
  });
}

for (const [locale, prefix, link, added, newer] of [
  ['en', '', 'What changed from 2013', 'Added (', 'a newer edition exists: COPC CX Standard Release 8.0'],
  ['zh-Hans', '/zh-Hans', '相对 2013 的变化', '新增 (', '该标准已有更新的版本：COPC CX Standard Release 8.0'],
] as const) {
  test(`in ${locale}, a standard's editions table leads to what changed between two editions, and a crosswalk of an older edition says a newer one exists`, async ({
    page,
  }) => {
    await openPage(page, `${prefix}/standards/iso-27001`);
    await page.getByRole('link', {name: link}).click();
    await expect(page).toHaveURL(/from=iso-27001%3A2013&to=iso-27001$/);
    const changes = page.locator('.edition-changes');
    await expect(changes.getByRole('heading', {level: 2})).toBeVisible();
    // 2022 added 11 controls (A.5.7 threat intelligence among them) and 6.3, planning of changes.
    const addedList = changes.locator('.edition-changes__added');
    await expect(addedList.locator('summary')).toContainText(added);
    await addedList.locator('summary').click();
    await expect(addedList.getByRole('link', {name: /A\.5\.7/})).toBeVisible();

    await openPage(page, `${prefix}/crosswalk?from=iso-9001&to=copc`);
    await expect(page.locator('.crosswalk-newer')).toContainText(newer);
  });
}
