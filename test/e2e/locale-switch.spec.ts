import {expect, openPage, test} from './fixtures';

test('the locale switch takes a reader from an English standard page to its Chinese page and back', async ({page}) => {
  await openPage(page, '/standards/copc');
  const englishName = await page.getByRole('heading', {level: 1}).textContent();

  await page.getByRole('navigation', {name: 'Main'}).getByRole('button', {name: 'English'}).hover();
  await page.getByRole('link', {name: '简体中文'}).click();
  await expect(page).toHaveURL(/\/zh-Hans\/standards\/copc$/);
  await page.locator('html[lang="zh-Hans"][data-hydrated="true"]').waitFor();
  await expect(page.getByRole('heading', {level: 2, name: '概况表'})).toBeVisible();
  await expect(page.getByRole('heading', {level: 1})).not.toHaveText(englishName!);

  await page.getByRole('navigation', {name: '主导航'}).getByRole('button', {name: '简体中文'}).hover();
  await page.getByRole('link', {name: 'English'}).click();
  await expect(page).toHaveURL(/\/standards\/copc$/);
  await expect(page).not.toHaveURL(/zh-Hans/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(englishName!);
});
