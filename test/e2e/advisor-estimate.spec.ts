import {type Page} from '@playwright/test';
import {expect, openPage, test} from './fixtures';

const prefix = (locale: 'en' | 'zh-Hans') => (locale === 'en' ? '' : '/zh-Hans');
const WORDS = {
  en: {
    seats: 'Seats',
    staff: 'Staff (headcount)',
    days: 'Audit days',
    first: 'First certification',
    method: 'Method:',
    staffOf: (n: number) => `for ${n} staff`,
    noRate: 'no sourced day rate for Philippines',
    bad: '"0" is not a whole number from 1 to 1,000,000',
  },
  'zh-Hans': {
    seats: '坐席数',
    staff: '员工人数',
    days: '审核人日',
    first: '首次认证',
    method: '方法：',
    staffOf: (n: number) => `${n} 名员工`,
    noRate: '菲律宾没有有来源的人日费率',
    bad: '“0”不是1 至 1,000,000 之间的整数',
  },
} as const;

const item = (page: Page, id: string) => page.locator(`li.advisor-recommendation[data-standard="${id}"]`);

test.describe('the estimate of an organisational certification', () => {
  for (const locale of ['en', 'zh-Hans'] as const) {
    const w = WORDS[locale];

    test(`grows with the seats typed, with its audit days and its method (${locale})`, async ({page}) => {
      await openPage(
        page,
        `${prefix(locale)}/advisor?operation=outsourcer&country=IN&seats=50&goal=information-security`,
      );
      const iso27001 = item(page, 'iso-27001');
      const estimate = iso27001.locator('.advisor-estimate');
      await expect(estimate.getByRole('definition').nth(2)).toContainText(' 10 ');
      await expect(estimate).toContainText(w.staffOf(50));
      const before = await estimate.locator('.advisor-estimate-first').innerText();

      await page.getByLabel(w.seats, {exact: true}).fill('150');
      await expect(estimate).toContainText(w.staffOf(150));
      await expect(estimate.getByRole('definition').nth(2)).toContainText('13');
      const after = await estimate.locator('.advisor-estimate-first').innerText();
      expect(after).not.toBe(before);
      await expect(estimate).toContainText('INR');
      await expect(page).toHaveURL(/seats=150/);
    });

    test(`sizes the audit by the headcount given, not the seats (${locale})`, async ({page}) => {
      await openPage(
        page,
        `${prefix(locale)}/advisor?operation=outsourcer&country=IN&seats=50&goal=information-security`,
      );
      await page.getByLabel(w.staff, {exact: true}).fill('120');
      await expect(item(page, 'iso-27001').locator('.advisor-method')).toContainText(w.staffOf(120));
    });

    test(`gives audit days without money where no day rate is sourced, and says so (${locale})`, async ({page}) => {
      await openPage(
        page,
        `${prefix(locale)}/advisor?operation=outsourcer&country=PH&seats=400&goal=information-security`,
      );
      const estimate = item(page, 'iso-27001').locator('.advisor-estimate');
      await expect(estimate.locator('.advisor-estimate-first')).toHaveText(
        locale === 'en' ? 'quote required' : '需询价',
      );
      await expect(estimate.locator('.advisor-method')).toContainText(w.noRate);
    });

    test(`names a count of 0 beside its field and keeps the other answers (${locale})`, async ({page}) => {
      await openPage(
        page,
        `${prefix(locale)}/advisor?operation=outsourcer&country=IN&seats=50&goal=information-security`,
      );
      await page.getByLabel(w.staff, {exact: true}).fill('0');
      await expect(page.locator('#advisor-error-staff')).toHaveText(w.bad);
      await expect(page.getByLabel(w.seats, {exact: true})).toHaveValue('50');
      await expect(item(page, 'iso-27001')).toBeVisible();
    });
  }
});
