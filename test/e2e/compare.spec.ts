import type {Page} from '@playwright/test';
import {fetchStandardsApi} from './api';
import {expect, openPage, test} from './fixtures';

const rowsOf = (page: Page) => page.getByRole('table').locator('tbody tr');

test('the comparison table lists every standard, filters by kind, and keeps the filter in the URL across a reload', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  await openPage(page, '/compare');
  await expect(rowsOf(page)).toHaveCount(standards.length);

  await page.getByRole('combobox', {name: 'Kind'}).selectOption('individual');
  await expect(page).toHaveURL(/[?&]kind=individual/);
  const individual = standards.filter((s) => s.kind === 'individual');
  await expect(rowsOf(page)).toHaveCount(individual.length);
  for (const s of individual) await expect(page.getByRole('rowheader', {name: s.names.en.name})).toBeVisible();

  await page.reload();
  await page.locator('html[data-hydrated="true"]').waitFor();
  await expect(page.getByRole('combobox', {name: 'Kind'})).toHaveValue('individual');
  await expect(rowsOf(page)).toHaveCount(individual.length);
});

test('sorting by first published puts the oldest standard first, then reverses', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  const years = standards.flatMap((s) => (s.firstPublished ? [{s, year: Math.min(...s.firstPublished.map((c) => c.year))}] : []));
  const oldest = years.reduce((a, b) => (b.year < a.year ? b : a));
  const newest = years.reduce((a, b) => (b.year > a.year ? b : a));
  await openPage(page, '/compare');
  await page.getByRole('button', {name: 'First published'}).click();
  await expect(page).toHaveURL(/sort=firstPublished/);
  await expect(rowsOf(page).first().getByRole('rowheader')).toHaveText(oldest.s.names.en.name);
  await page.getByRole('button', {name: 'First published'}).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(rowsOf(page).first().getByRole('rowheader')).toHaveText(newest.s.names.en.name);
});

test('a shared Chinese link with filters opens the same view, in Chinese', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  const retired = standards.filter((s) => s.status === 'withdrawn');
  await openPage(page, '/zh-Hans/compare?status=withdrawn');
  await expect(page.getByRole('combobox', {name: '状态'})).toHaveValue('withdrawn');
  await expect(rowsOf(page)).toHaveCount(retired.length);
  for (const s of retired) await expect(page.getByRole('rowheader', {name: s.names['zh-Hans'].name})).toBeVisible();
  await expect(page.getByRole('columnheader', {name: '首次发布'})).toBeVisible();
});

test('values a link does not know are ignored with a message, and never run as script', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await openPage(page, `/compare?kind=${encodeURIComponent('<img src=x onerror=alert(1)>')}&sort=${encodeURIComponent('"><script>alert(2)</script>')}`);
  await expect(page.getByRole('alert')).toContainText('kind');
  await expect(page.getByRole('alert')).toContainText('sort');
  await expect(rowsOf(page)).toHaveCount(standards.length);
  expect(dialogs).toBe(0);
});
