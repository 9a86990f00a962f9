// Every route in both locales: axe at WCAG 2.2 AA, and (through the fixture) no request to any host but the site's own.
import AxeBuilder from '@axe-core/playwright';
import {LOCALES} from '../../src/core/vocabulary';
import {fetchStandardsApi} from './api';
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
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe on one page. Legacy mode runs axe in the page itself; the default opens a second, blank page
 * to merge the results of every frame, which doubles the time of each audit here (about 1.6 s
 * against 3.2 s a standard page). The site has no frames, so legacy mode audits exactly as much.
 */
const axe = (page: import('@playwright/test').Page) => new AxeBuilder({page}).withTags(TAGS).setLegacyMode(true);

/** Opens each path and collects axe's violations, named by path. */
async function violationsOn(page: import('@playwright/test').Page, paths: readonly string[]): Promise<string[]> {
  const violations: string[] = [];
  for (const path of paths) {
    await openPage(page, path);
    const results = await axe(page).analyze();
    for (const v of results.violations)
      violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  }
  return violations;
}

for (const locale of LOCALES) {
  const prefix = locale === 'en' ? '' : `/${locale}`;

  test(`every view in ${locale} has no WCAG 2.2 AA violation that axe can detect, and requests nothing from another host`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    expect(
      await violationsOn(
        page,
        VIEWS.map((v) => `${prefix}${v}`),
      ),
    ).toEqual([]);
  });

  test(`every standard's page in ${locale} has no WCAG 2.2 AA violation that axe can detect, and requests nothing from another host`, async ({
    page,
    request,
  }) => {
    // axe takes a few seconds a page here (colour contrast is half of it): 26 pages need room.
    test.setTimeout(480_000);
    const {standards} = await fetchStandardsApi(request);
    expect(
      await violationsOn(
        page,
        standards.map((s) => s.paths[locale]),
      ),
    ).toEqual([]);
  });

  test(`the open search dialog and the search page with results in ${locale} have no WCAG 2.2 AA violation that axe can detect`, async ({
    page,
  }) => {
    const query = locale === 'en' ? 'internal audit' : '内部审核';
    const violations: string[] = [];
    const check = async (where: string) => {
      const results = await axe(page).analyze();
      for (const v of results.violations)
        violations.push(`${where}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    };
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
