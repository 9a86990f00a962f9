/**
 * The Traditional Chinese site (zh-Hant, in Taiwan's usage), as a reader in Taiwan meets it: the
 * locale switch, a new Asian standard, a status no source has confirmed for years, search in
 * Taiwan's words and the advisor's reasons (axe audits every zh-Hant view in accessibility.spec.ts,
 * which runs in every locale). The texts expected here are written by hand as a Taiwanese reader
 * would read them, not taken from the converter.
 */
import type {Page} from '@playwright/test';
import {simplifiedOnlyIn} from '../support/simplifiedOnly';
import {fetchStandardsApi} from './api';
import {expect, openPage, test} from './fixtures';

/** The text of `main` a reader reads as Traditional Chinese: elements in another language left out. */
const traditionalText = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang]:not([lang^="zh-Hant"])').forEach((e) => e.remove());
    return copy.textContent ?? '';
  });

test('the locale switch takes a reader from a Simplified page to the same Traditional page and back', async ({
  page,
}) => {
  await openPage(page, '/zh-Hans/standards/sj-t-11739');
  await page.getByRole('navigation', {name: '主导航'}).getByRole('button', {name: '简体中文'}).hover();
  await page.getByRole('link', {name: '繁體中文'}).click();
  await expect(page).toHaveURL(/\/zh-Hant\/standards\/sj-t-11739$/);
  await page.locator('html[lang="zh-Hant-TW"][data-hydrated="true"]').waitFor();
  await expect(page.getByRole('heading', {level: 2, name: '概況表'})).toBeVisible();
  await expect(page.getByRole('heading', {level: 2, name: '來源'})).toBeVisible();

  await page.getByRole('navigation', {name: '主導航'}).getByRole('button', {name: '繁體中文'}).hover();
  await page.getByRole('link', {name: '简体中文'}).click();
  await expect(page).toHaveURL(/\/zh-Hans\/standards\/sj-t-11739$/);
  await expect(page.getByRole('heading', {level: 2, name: '概况表'})).toBeVisible();
});

test("a new Asian standard's page reads in Traditional characters, with Taiwan's words for certification", async ({
  page,
  request,
}) => {
  const api = await fetchStandardsApi(request);
  for (const id of ['csisg', 'yd-t-2823']) {
    const standard = api.standards.find((s) => s.id === id)!;
    await openPage(page, `/zh-Hant/standards/${id}`);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(standard.names['zh-Hant'].name);
    expect(simplifiedOnlyIn(await traditionalText(page)), id).toEqual([]);
  }
  // 认证机构 (certification body) is 驗證機構 in Taiwan; 認證 is accreditation there.
  await openPage(page, '/zh-Hant/standards/iso-9001');
  await expect(page.locator('main')).toContainText('驗證機構');
});

test('a status no source has confirmed for years says so in Traditional Chinese, on the page and in the list', async ({
  page,
  request,
}) => {
  const api = await fetchStandardsApi(request);
  const stale = api.standards.find((s) => s.statusStale)!;
  const wording = `${stale.statusConfirmed.asOf} 年以來未獲確認`;
  await openPage(page, `/zh-Hant/standards/${stale.id}`);
  await expect(page.locator('main').getByText(wording).first()).toBeVisible();
  await openPage(page, '/zh-Hant/standards');
  await expect(page.locator('main').getByText(wording).first()).toBeVisible();
});

test("search on the Traditional site finds a clause typed in Taiwan's words and marks the words in the result", async ({
  page,
}) => {
  await openPage(page, `/zh-Hant/search?q=${encodeURIComponent('投訴處理')}`);
  const results = page.getByRole('main').getByRole('link', {name: /投訴處理/});
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('main').locator('mark').filter({hasText: '投訴'}).first()).toBeVisible();
  expect(
    await page.getByRole('main').locator('a[href*="/zh-Hant/standards/iso-18295#clause-1-2017-4.4"]').count(),
  ).toBeGreaterThan(0);
});

test('the advisor gives its choice and its budget check in Traditional Chinese', async ({page}) => {
  await openPage(
    page,
    '/zh-Hant/advisor?industry=banking&operation=in-house&country=CN&budget=800000&currency=CNY&months=12&goal=operational-performance&goal=customer-experience',
  );
  await expect(page.getByRole('region', {name: '概要'}).getByText(/^首選：CCCS-OP。/)).toBeVisible();
  await expect(page.locator('main')).toContainText('超出您的預算 CNY 800,000');
  expect(simplifiedOnlyIn(await traditionalText(page))).toEqual([]);
});
