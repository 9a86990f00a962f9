/**
 * Offline, as a classroom meets it: a reader visits one page while online; the network goes; the
 * page reloads, another page never opened loads, and search finds results, in every locale; the
 * page says it is offline and, before the site is saved, what is not saved yet.
 * Each test has a browser context of its own: going offline is the context's state, and the
 * service worker and its caches belong to it.
 */
import type {BrowserContext, Page} from '@playwright/test';
import {localePath} from '../../src/core/paths';
import {LOCALES, type Locale} from '../../src/core/vocabulary';
import {BASE_URL} from '../playwright.config';
import {expect, test} from './fixtures';

const WORDS: Record<Locale, {offline: string; saved: RegExp; notSaved: string; query: string; glossary: string}> = {
  en: {
    offline: 'You are offline.',
    saved: /This browser has saved this site/,
    notSaved: 'Not saved in this browser yet:',
    query: 'complaints',
    glossary: 'Glossary',
  },
  'zh-Hans': {
    offline: '您已离线。',
    saved: /本浏览器已保存本站/,
    notSaved: '本浏览器尚未保存：',
    query: '投诉',
    glossary: '术语表',
  },
  'zh-Hant': {
    offline: '您已離線。',
    saved: /本瀏覽器已儲存本站/,
    notSaved: '本瀏覽器尚未儲存：',
    query: '投訴',
    glossary: '術語表',
  },
};

/** A page in a context of its own that fails the test on a console or page error. */
async function isolatedPage(context: BrowserContext): Promise<{page: Page; problems: string[]}> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {page, problems};
}

/** Until the locale's service worker controls the page and has saved its pages and the search files. */
async function waitUntilSaved(page: Page, locale: Locale): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {timeout: 20_000});
  const compare = new URL(localePath('/compare', locale), BASE_URL).href;
  await page.waitForFunction(
    async (url) => {
      const page = await caches.match(url, {ignoreSearch: true});
      const search = await caches.open('atlas-search-files').then((c) => c.keys());
      return Boolean(page) && search.length === 2;
    },
    compare,
    {timeout: 30_000, polling: 250},
  );
}

for (const locale of LOCALES) {
  const words = WORDS[locale];

  test(`in ${locale}, after one visit the site works offline: a page reloads, another opens, search finds results`, async ({
    browser,
  }) => {
    const context = await browser.newContext({viewport: {width: 1280, height: 720}, serviceWorkers: 'allow'});
    try {
      const {page, problems} = await isolatedPage(context);
      await page.goto(new URL(localePath('/learn', locale), BASE_URL).href);
      await page.locator('html[data-hydrated="true"]').waitFor();
      // One visit: the service worker installs, saves the site and takes control of this page.
      await waitUntilSaved(page, locale);

      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole('status').filter({hasText: words.offline})).toContainText(words.saved);

      // A page never opened: the worker saved it with the others.
      await page.goto(new URL(localePath('/learn/glossary', locale), BASE_URL).href);
      await expect(page.getByRole('heading', {level: 1, name: words.glossary})).toBeVisible();

      await page.goto(new URL(`${localePath('/search', locale)}?q=${encodeURIComponent(words.query)}`, BASE_URL).href);
      await page.locator('html[data-hydrated="true"]').waitFor();
      await expect(
        page
          .locator('main')
          .getByRole('link', {name: new RegExp(words.query)})
          .first(),
      ).toBeVisible();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
}

test('offline before the site was saved, the page says what is not saved yet', async ({browser}) => {
  const context = await browser.newContext({viewport: {width: 390, height: 800}, serviceWorkers: 'block'});
  try {
    const {page} = await isolatedPage(context);
    await page.goto(new URL('/learn', BASE_URL).href);
    await page.locator('html[data-hydrated="true"]').waitFor();
    await context.setOffline(true);
    const notice = page.getByRole('status').filter({hasText: WORDS.en.offline});
    await expect(notice).toContainText(WORDS.en.notSaved);
    await expect(notice.getByRole('link', {name: 'Compare'})).toBeVisible();
  } finally {
    await context.close();
  }
});
