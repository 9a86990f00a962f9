/**
 * Phone layouts: at 390 px wide (an iPhone 12 to 15), no page of any locale is wider than the
 * screen. Wide tables scroll inside their own frame; the page itself never scrolls sideways.
 */
import type {Locator, Page} from '@playwright/test';
import {localePath} from '../../src/core/paths';
import {LOCALES, type Locale} from '../../src/core/vocabulary';
import {expect, openPage, test} from './fixtures';

const WIDTH = 390;

/** Every view, each with what shows once its URL's state is applied (the static HTML knows no query string). */
const ROUTES: {path: string; locale?: Locale; ready?: (page: Page) => Locator}[] = [
  {path: '/'},
  {path: '/standards'},
  {path: '/landscape'},
  {path: '/compare', ready: (page) => page.getByRole('main').getByRole('table').first()},
  {path: '/compare?ids=iso-9001,copc', ready: (page) => page.getByRole('main').getByRole('table').first()},
  {path: '/crosswalk?from=iso-9001&to=copc', ready: (page) => page.getByRole('main').getByRole('table').first()},
  {
    path: '/advisor?goal=customer-experience&country=CN&budget=500000&currency=CNY',
    ready: (page) =>
      page
        .getByRole('list', {name: /Recommended|推荐|推薦/})
        .locator(':scope > li')
        .first(),
  },
  // Each locale's search in its own words (an English query on the Chinese site is issue 19's item 1).
  {
    path: '/search?q=audit',
    locale: 'en',
    ready: (page) => page.getByRole('main').getByRole('link', {name: /audit/i}).first(),
  },
  {
    path: '/search?q=审核',
    locale: 'zh-Hans',
    ready: (page) => page.getByRole('main').getByRole('link', {name: /审核/}).first(),
  },
  {
    path: '/search?q=稽核',
    locale: 'zh-Hant',
    ready: (page) => page.getByRole('main').getByRole('link', {name: /稽核/}).first(),
  },
  {path: '/standards/iso-9001'},
  {path: '/standards/copc'},
  {path: '/standards/cccs-op'},
];

test.use({viewport: {width: WIDTH, height: 844}});

for (const locale of LOCALES) {
  test(`every ${locale} view fits a ${WIDTH} px phone screen`, async ({page}) => {
    test.setTimeout(90_000);
    const tooWide: string[] = [];
    for (const route of ROUTES.filter((r) => (r.locale ?? locale) === locale)) {
      const path = localePath(route.path, locale);
      await openPage(page, path);
      if (route.ready) await expect(route.ready(page), `${path} shows its content`).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > WIDTH) tooWide.push(`${path} is ${width} px wide`);
    }
    expect(tooWide, `views wider than ${WIDTH} px`).toEqual([]);
  });
}
