import {LOCALES} from '../../src/core/vocabulary';
import {localePath} from '../../src/core/paths';
import {fetchStandardsApi} from './api';
import {expect, openPage, test} from './fixtures';

const PATHS = {
  en: {
    home: '/',
    choose: 'Choose a certification',
    teach: 'Teach the landscape',
    search: 'Search clauses',
    notBuilt: 'Not built yet',
  },
  'zh-Hans': {home: '/zh-Hans/', choose: '选择认证', teach: '讲授标准全貌', search: '搜索条款', notBuilt: '尚未建成'},
  'zh-Hant': {home: '/zh-Hant/', choose: '選擇驗證', teach: '講授標準全貌', search: '搜尋條款', notBuilt: '尚未建成'},
} as const;

for (const [locale, words] of Object.entries(PATHS)) {
  test(`the ${locale} landing page opens the three paths, and each says what it holds`, async ({page}) => {
    await openPage(page, words.home);
    for (const [title, path] of [
      [words.choose, 'advisor'],
      [words.teach, 'landscape'],
      [words.search, 'search'],
    ] as const) {
      const card = page.locator('section').filter({has: page.getByRole('heading', {level: 2, name: title})});
      await card.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${path}$`));
      await page.locator('html[data-hydrated="true"]').waitFor();
      await expect(page.getByRole('main')).not.toContainText(words.notBuilt);
      if (path === 'search') await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
      await page.goBack();
    }
  });
}

test('the standards list links to every standard in every locale', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  for (const locale of LOCALES) {
    await openPage(page, localePath('/standards', locale));
    for (const standard of standards) {
      await expect(page.getByRole('link', {name: standard.names[locale].name, exact: true})).toHaveAttribute(
        'href',
        standard.paths[locale],
      );
    }
  }
});
