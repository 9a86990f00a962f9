import Papa from 'papaparse';
import type {CrosswalkApi} from '../../src/core/schema';
import {fetchStandardsApi} from './api';
import {expect, openPage, test} from './fixtures';

const percent = (share: number) => `${Math.round(share * 100)}%`;

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
      const names = (id: string) => standards.find((s) => s.id === id)!.names[locale];
      const path = `${locale === 'en' ? '' : '/zh-Hans'}/crosswalk?from=${from}&to=${to}`;
      await openPage(page, path);
      const summary = page.locator('.crosswalk-gap__summary');
      // The weighted figure first, in words a manager reads: "covers about 40% of what PCI DSS asks".
      await expect(page.locator('.crosswalk-gap__weighted')).toHaveText(
        locale === 'en'
          ? `Holding ${names(from).name} covers about ${percent(coverage.weightedShare)} of what ${names(to).name} asks.`
          : `持有${names(from).name}，大约覆盖${names(to).name}所要求内容的 ${percent(coverage.weightedShare)}。`,
      );
      await expect(summary).toContainText(percent(coverage.fullShare));
      await expect(summary).toContainText(percent(coverage.partialShare));
      await expect(summary).toContainText(String(coverage.units));
      await expect(summary).toContainText(standards.find((s) => s.id === to)!.names[locale].name);
      const remaining = page.locator('.crosswalk-gap__list').first().getByRole('listitem');
      await expect(remaining).toHaveCount(coverage.uncovered.length);
      const mappings = api.crosswalks.find((x) =>
        [x.from, x.to].every((ref) => [from, to].includes(ref.split(':')[0])),
      )!.mappings;
      await expect(page.locator('.crosswalk-table tbody tr')).toHaveCount(mappings.length);
    }
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
  expect(data[0]).toContain('Relationship');
  expect(data).toHaveLength(mappings.length + 1);
  expect(data.every((record) => record.length === 5)).toBe(true);
});
