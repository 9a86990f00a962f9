/**
 * Statuses that say how old their evidence is, and the national adoptions and accreditation that a
 * centre in China meets: in every locale, as a reader finds them on a page, in /compare and on the
 * landscape.
 */
import {expect, openPage, test} from './fixtures';

const cases = [
  {
    locale: 'en',
    prefix: '',
    stale: 'Not confirmed since 2005',
    legend: 'Current, not confirmed for over 3 years',
    banner: /newest source found that shows this standard as current dates from 2005/,
    adoption: 'China: GB/T 19001-2016 (identical adoption)',
    accreditedBy: 'Certification in China: accredited by',
    accreditationHeading: 'Who accredits the certification bodies',
  },
  {
    locale: 'zh-Hans',
    prefix: '/zh-Hans',
    stale: '2005 年以来未获确认',
    legend: '现行，但超过 3 年未获确认',
    banner: /所找到的显示本标准仍然现行的最新来源是 2005 年的/,
    adoption: '中国：GB/T 19001-2016（等同采用）',
    accreditedBy: '在中国的认证：由',
    accreditationHeading: '谁来认可认证机构',
  },
] as const;

for (const c of cases) {
  test(`in ${c.locale}, a standard last confirmed in 2005 says "${c.stale}" in its badge, its fact sheet and a caution, never "current"`, async ({
    page,
  }) => {
    await openPage(page, `${c.prefix}/standards/cccs-pq`);
    await expect(page.locator('.status-badge').first()).toHaveText(c.stale);
    await expect(page.locator('#fact-status')).toContainText(c.stale);
    await expect(page.getByRole('main')).toContainText(c.banner);
    // Its current edition in the editions table says the same.
    await expect(page.locator('table.editions')).toContainText(c.stale);
  });

  test(`in ${c.locale}, /compare shows a stale status with its year in the table, and its chart draws it apart from current editions`, async ({
    page,
  }) => {
    await openPage(page, `${c.prefix}/compare`);
    const row = page.getByRole('row').filter({hasText: c.stale});
    await expect(row.first()).toBeVisible();
    await expect(
      row.filter({
        has: page.getByRole('link', {name: /CCCS-PQ|Professional Qualification|CCCS 客户联络中心职业资格认证/}),
      }),
    ).toHaveCount(1);
    // The editions chart: its legend names the unconfirmed editions, its table says each one's year.
    const chart = page.locator('figure', {has: page.locator('#editions-chart')});
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.chart__legend')).toContainText(c.legend);
    await chart.locator('details summary').click();
    await expect(chart.getByRole('row').filter({hasText: 'CCCS-PQ'}).first()).toContainText(c.stale);
  });

  test(`in ${c.locale}, ISO 9001's fact sheet names China's GB/T 19001-2016 and CNAS, and the landscape lists the accreditation bodies`, async ({
    page,
  }) => {
    await openPage(page, `${c.prefix}/standards/iso-9001`);
    const adoptions = page.locator('#fact-national-adoptions');
    await expect(adoptions).toContainText(c.adoption);
    await expect(adoptions).toContainText(c.accreditedBy);
    await expect(adoptions.getByRole('link', {name: /CNAS/})).toHaveAttribute('href', /cnas\.org\.cn/);
    await openPage(page, `${c.prefix}/landscape`);
    const section = page.getByRole('region', {name: c.accreditationHeading});
    await expect(section).toContainText('CNAS');
    await expect(section).toContainText('UKAS');
  });
}
