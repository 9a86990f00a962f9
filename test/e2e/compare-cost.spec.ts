import Papa from 'papaparse';
import type {Page} from '@playwright/test';
import {expect, openPage, test} from './fixtures';

const rowsOf = (page: Page) => page.locator('table.compare-table').first().locator('tbody tr');
const rowOf = (page: Page, name: string) =>
  rowsOf(page).filter({has: page.getByRole('rowheader', {name, exact: true})});

async function downloadCsv(page: Page, button: string): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', {name: button}).click(),
  ]);
  const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  return Papa.parse<string[]>(text.slice(1).trim()).data;
}

test('a cost column for the staff and country typed: in the address, growing with size, and in the CSV', async ({
  page,
}) => {
  await openPage(page, '/compare');
  const controls = page.getByRole('group', {name: 'Cost for a centre of your size'});
  await controls.getByRole('spinbutton', {name: 'Staff'}).fill('400');
  await controls.getByRole('combobox', {name: 'Country'}).selectOption('IN');
  await expect(page).toHaveURL(/staff=400/);
  await expect(page).toHaveURL(/country=IN/);
  const header = page.getByRole('columnheader', {name: 'Cost for 400 staff in India'});
  await expect(header).toBeVisible();
  const iso9001 = rowOf(page, 'ISO 9001 Quality management systems — Requirements');
  await expect(iso9001).toContainText(/INR [\d,]+ to INR [\d,]+; 10 audit days/);
  // COPC's money is a cost reported in India years ago: the cell says where and when.
  await expect(rowOf(page, 'COPC Customer Experience Standard')).toContainText('reported for India, 2005');
  await expect(rowOf(page, 'CCCS Customer Contact Center Professional Qualification Certification')).toContainText(
    'not an organisational certification',
  );

  const rows = await downloadCsv(page, 'Download this view as CSV');
  const column = rows[0].indexOf('Cost for 400 staff in India');
  expect(column).toBeGreaterThan(0);
  const cell = rows.find((r) => r[0] === 'iso-9001')![column];
  await expect(iso9001.locator('td.compare-cost-for-cell')).toHaveText(cell);

  await controls.getByRole('spinbutton', {name: 'Staff'}).fill('2000');
  await expect(page.getByRole('columnheader', {name: 'Cost for 2,000 staff in India'})).toBeVisible();
  await expect(iso9001).toContainText('15 audit days');

  // The chart's data, as a table: ISO 9001 from 25 to 5,000 staff, its cost rising with size.
  const chart = page.locator('figure').filter({has: page.locator('#cost-size-chart')});
  await chart.getByText('The same data as a table').click();
  const lines = chart.locator('tbody tr').filter({has: page.getByRole('rowheader', {name: 'ISO 9001'})});
  await expect(lines).toHaveCount(8);
  const lows = (await lines.locator('td:nth-of-type(2)').allInnerTexts()).map((t) =>
    Number(/INR ([\d,]+)/.exec(t)![1].replaceAll(',', '')),
  );
  expect([...lows].sort((a, b) => a - b)).toEqual(lows);
  expect(lows[0]).toBeLessThan(lows.at(-1)!);
});

test('the cost column reads in Chinese on the Chinese site, in yuan, and its CSV follows', async ({page}) => {
  await openPage(page, '/zh-Hans/compare?staff=400&country=CN');
  await expect(page.getByRole('columnheader', {name: '400 名员工在中国的费用'})).toBeVisible();
  const iso9001 = rowsOf(page)
    .filter({has: page.getByRole('link', {name: /^ISO 9001/})})
    .first();
  await expect(iso9001).toContainText(/CNY [\d,]+ 至 CNY [\d,]+；审核 10 人日/);
  const rows = await downloadCsv(page, '将此视图下载为 CSV');
  expect(rows[0]).toContain('400 名员工在中国的费用');
});

test('a headcount the column cannot use is named, in the address and beside the field', async ({page}) => {
  await openPage(page, '/compare?staff=0&country=IN');
  await expect(page.getByRole('alert')).toContainText('staff');
  await expect(page.getByRole('columnheader', {name: /^Cost for/})).toHaveCount(0);
  const controls = page.getByRole('group', {name: 'Cost for a centre of your size'});
  await controls.getByRole('spinbutton', {name: 'Staff'}).fill('0');
  await expect(controls).toContainText('Expected a whole number from 1 to 1,000,000.');
});
