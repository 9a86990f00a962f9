/**
 * Every view in each written locale, one test each (in the worker's `sharedPage`): axe at WCAG 2.2 AA
 * (./axe.ts), and (through the fixture) no request to any host but the site's own; and the search
 * dialog and results, open.
 * Every standard's page gets the same audit in standard-pages.spec.ts, once (in English or in its
 * Chinese script, in turn), in a visit that also checks its facts.
 */
import {localePath} from '../../src/core/paths';
import {DERIVED_LOCALES, LOCALES, type Locale} from '../../src/core/vocabulary';
import {axeViolations} from './axe';
import {expect, openPage, test} from './fixtures';

const VIEWS = [
  '/',
  '/standards',
  '/landscape',
  '/compare',
  '/compare?ids=iso-9001,copc',
  '/crosswalk?from=iso-9001&to=copc',
  '/advisor?goal=win-outsourcing-clients&country=CN&budget=2000000&currency=CNY&has=iso-9001',
  '/search',
  '/learn',
  '/learn/quiz',
  '/learn/flashcards',
  '/slides',
];

/**
 * The views audited in a locale: all of them in each written locale; in a derived one (Traditional
 * Chinese) its home page only. Its pages are the Simplified ones converted at build
 * (vocabulary.ts): the same elements, attributes and styles in other characters, which axe judges
 * alike; the home page checks what the locale does set (its language), and standard-pages.spec.ts
 * audits one in six standards' pages in Traditional.
 */
const auditedViews = (locale: Locale): readonly string[] => (locale in DERIVED_LOCALES ? ['/'] : VIEWS);

for (const locale of LOCALES) {
  const prefix = locale === 'en' ? '' : `/${locale}`;

  for (const view of auditedViews(locale)) {
    const path = localePath(view, locale);
    test(`${path} has no WCAG 2.2 AA violation that axe can detect, and requests nothing from another host`, async ({
      sharedPage: page,
    }) => {
      await openPage(page, path);
      expect(await axeViolations(page, path)).toEqual([]);
    });
  }

  test(`the open search dialog and the search page with results in ${locale} have no WCAG 2.2 AA violation that axe can detect`, async ({
    page,
  }) => {
    const query = {en: 'internal audit', 'zh-Hans': '内部审核', 'zh-Hant': '內部稽核'}[locale];
    const violations: string[] = [];
    const check = async (where: string) => violations.push(...(await axeViolations(page, where)));
    await openPage(page, `${prefix}/`);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('combobox').first().fill(query);
    await expect(page.getByRole('dialog').getByRole('listbox').getByRole('option').first()).toBeVisible();
    await page.getByRole('dialog').getByRole('combobox').first().press('ArrowDown');
    await check('search dialog');
    await openPage(page, `${prefix}/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
    await check('search page');
    expect(violations).toEqual([]);
  });
}
