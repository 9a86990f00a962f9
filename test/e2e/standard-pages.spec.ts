import type {StandardRecord} from '../../src/core/schema';
import {LOCALES, type Locale} from '../../src/core/vocabulary';
import {fetchStandardsApi} from './api';
import {expect, openPage, test} from './fixtures';

/** What a reader sees where the atlas has no source for a fact. */
const UNKNOWN: Record<Locale, string> = {en: 'Unknown', 'zh-Hans': '未知'};
const SOURCES_HEADING: Record<Locale, string> = {en: 'Sources', 'zh-Hans': '来源'};

const number = (value: number, locale: Locale) => new Intl.NumberFormat(locale).format(value);

test.describe('standard pages', () => {
  let standards: StandardRecord[] = [];
  let sourceTitles = new Map<string, string>();

  test.beforeAll(async ({request}) => {
    const api = await fetchStandardsApi(request);
    standards = api.standards;
    sourceTitles = new Map(api.sources.map((s) => [s.id, s.title]));
    expect(standards.map((s) => s.id)).toEqual(expect.arrayContaining(['iso-9001', 'copc', 'cccs-op']));
  });

  for (const locale of LOCALES) {
    test(`every standard's ${locale} page shows its name, its dated facts and their sources`, async ({page}) => {
      // One walk through the whole catalogue: allow for it on a slow machine.
      test.setTimeout(180_000);
      for (const standard of standards) {
        await openPage(page, standard.paths[locale]);
        const names = standard.names[locale];
        await expect(page.getByRole('heading', {level: 1})).toHaveText(names.name);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);

        await expect(page.locator('#fact-owner')).toContainText(standard.owner.name[locale]);
        for (const claim of standard.firstPublished ?? []) {
          await expect(page.locator('#fact-first-published')).toContainText(String(claim.year));
        }
        const costs = page.locator('#fact-costs');
        if (!standard.costs?.length) await expect(costs).toContainText(UNKNOWN[locale]);
        for (const cost of standard.costs ?? []) {
          await expect(costs).toContainText(number(cost.min, locale));
          await expect(costs).toContainText(String(cost.asOf));
        }
        const adoption = page.locator('#fact-adoption');
        if (!standard.adoption?.length) await expect(adoption).toContainText(UNKNOWN[locale]);
        for (const figure of standard.adoption ?? [])
          await expect(adoption).toContainText(number(figure.count, locale));
        for (const structure of standard.structure ?? []) {
          for (const level of structure.levels) {
            await expect(page.locator('#fact-structure')).toContainText(`${level.count} ${level.name[locale]}`);
          }
        }
        const editions = page
          .getByRole('table')
          .filter({has: page.getByRole('rowheader', {name: standard.editions[0].version, exact: true})});
        for (const edition of standard.editions) {
          await expect(editions.getByRole('rowheader', {name: edition.version, exact: true})).toBeVisible();
        }

        const sourceList = page.getByRole('region', {name: SOURCES_HEADING[locale]});
        const cited = new Set(
          JSON.stringify(standard)
            .match(/"sources":\[[^\]]*\]/g)!
            .flatMap((m) => JSON.parse(`{${m}}`).sources as string[]),
        );
        for (const id of cited) await expect(sourceList).toContainText(sourceTitles.get(id)!);
        await expect(page.locator('.standard-page__prose h2').first()).toBeVisible();
      }
    });
  }

  test('a figure links to its source in the source list', async ({page}) => {
    await openPage(page, '/standards/copc');
    const firstRef = page.locator('#fact-costs .citation__ref').first();
    const target = await firstRef.getAttribute('href');
    expect(target).toMatch(/^#source-/);
    await firstRef.click();
    await expect(page.locator(target!)).toBeInViewport();
  });

  for (const [locale, prefix, written] of [
    ['en', '', 'IT support centres and help desks · Certification'],
    ['zh-Hans', '/zh-Hans', 'IT 支持中心和服务台 · 认证'],
  ] as const) {
    test(`a standard's page says what it is written for, with its source (${locale})`, async ({page}) => {
      await openPage(page, `${prefix}/standards/hdi-support-center`);
      const scope = page.locator('#fact-scope');
      await expect(scope).toContainText(written);
      await expect(scope.locator('.citation__ref').first()).toHaveAttribute('href', /^#source-/);
    });
  }
});
