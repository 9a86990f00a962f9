/**
 * Every standard's page, in every locale, opened once for all that is checked on it: its name, its
 * dated facts and their sources; each top-level unit of its clause catalogues; and axe's audit at
 * WCAG 2.2 AA (with, through the fixture, no request to another host). One test a page, so that
 * the walk spreads over the workers, each walking its share in one browser page (`sharedPage`);
 * the list comes from the API in the build the suite serves.
 */
import type {Page} from '@playwright/test';
import type {ClausesApi, StandardRecord} from '../../src/core/schema';
import {
  DEFAULT_LOCALE,
  DERIVED_LOCALES,
  LOCALES,
  LOCALE_HTML_LANG,
  type Locale,
  isCommonStructure,
} from '../../src/core/vocabulary';
import {qualifiedCountText} from '../../src/core/format';
import {LABELS} from '../../src/core/labels';
import {statusText, statusViewOf} from '../../src/core/statusFreshness';
import {unknownFacts} from '../../src/core/unknownFacts';
import {builtClausesApi, builtStandardsApi} from './api';
import {axeViolations} from './axe';
import {expect, openPage, test} from './fixtures';

/** What a reader sees where the atlas has no source for a fact. */
const UNKNOWN: Record<Locale, string> = {en: 'Unknown', 'zh-Hans': '未知', 'zh-Hant': '未知'};
const SOURCES_HEADING: Record<Locale, string> = {en: 'Sources', 'zh-Hans': '来源', 'zh-Hant': '來源'};
const CLAUSES_HEADING: Record<Locale, string> = {
  en: 'Clauses and units',
  'zh-Hans': '条款与单元',
  'zh-Hant': '條款與單元',
};

const number = (value: number, locale: Locale) => new Intl.NumberFormat(locale).format(value);

const {standards, sources} = builtStandardsApi();
const {catalogues} = builtClausesApi();
const sourceTitles = new Map(sources.map((s) => [s.id, s.title]));

/** The page shows the standard's name, its dated facts, its editions and the sources it cites. */
async function expectFactsAndSources(page: Page, standard: StandardRecord, locale: Locale) {
  const names = standard.names[locale];
  await expect(page.getByRole('heading', {level: 1})).toHaveText(names.name);
  await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_HTML_LANG[locale]);

  await expect(page.locator('#fact-owner')).toContainText(standard.owner.name[locale]);
  // "Not confirmed since 2005" wherever a current status rests on evidence over three years old.
  const status = statusText(LABELS[locale], statusViewOf(standard));
  await expect(page.locator('#fact-status')).toContainText(status);
  await expect(page.locator('.status-badge').first()).toHaveText(status);
  for (const adoption of standard.nationalAdoptions ?? []) {
    await expect(page.locator('#fact-national-adoptions')).toContainText(adoption.designation);
  }
  for (const claim of standard.firstPublished ?? []) {
    await expect(page.locator('#fact-first-published')).toContainText(String(claim.year));
  }
  const costs = page.locator('#fact-costs');
  // A common structure has no certification to cost or count: its page says so instead (below).
  const certifiable = !isCommonStructure(standard);
  if (certifiable && !standard.costs?.length) await expect(costs).toContainText(UNKNOWN[locale]);
  for (const cost of standard.costs ?? []) {
    await expect(costs).toContainText(number(cost.min, locale));
    await expect(costs).toContainText(String(cost.asOf));
  }
  // Every fact the data lacks reads "Unknown" where the fact sheet shows it (read in one round trip).
  const missing = unknownFacts(standard).map((fact) => fact.id);
  const factTexts = await page.evaluate(
    (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? ''),
    missing,
  );
  missing.forEach((id, i) => expect(factTexts[i], `${standard.paths[locale]} #${id}`).toContain(UNKNOWN[locale]));
  const adoption = page.locator('#fact-adoption');
  if (certifiable && !standard.adoption?.length) await expect(adoption).toContainText(UNKNOWN[locale]);
  for (const figure of standard.adoption ?? []) await expect(adoption).toContainText(number(figure.count, locale));
  for (const structure of standard.structure ?? []) {
    for (const level of structure.levels) {
      await expect(page.locator('#fact-structure')).toContainText(
        `${qualifiedCountText(level.count, level, locale)} ${level.name[locale]}`,
      );
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

/** The page lists each top-level unit of the standard's clause catalogues, with its title. */
async function expectTopLevelUnits(
  page: Page,
  standard: StandardRecord,
  own: ClausesApi['catalogues'],
  locale: Locale,
) {
  const section = page.getByRole('region', {name: CLAUSES_HEADING[locale]});
  await expect(section).toBeVisible();
  // Every unit's text read in one round trip: hundreds of units, one assertion each, in Node.
  const textById = await section.evaluate((el) =>
    Object.fromEntries(Array.from(el.querySelectorAll('[id^="clause-"]')).map((u) => [u.id, u.textContent ?? ''])),
  );
  for (const catalogue of own) {
    for (const unit of catalogue.units) {
      const id = `clause-${catalogue.key}-${unit.id}`;
      expect(textById[id], `${standard.paths[locale]}#${id}`).toContain(unit.title[locale]);
    }
  }
}

test('the API the walk reads lists the standards the atlas began with, and at least ten clause catalogues', () => {
  expect(standards.map((s) => s.id)).toEqual(expect.arrayContaining(['iso-9001', 'copc', 'cccs-op']));
  expect(catalogues.length).toBeGreaterThanOrEqual(10);
});

/**
 * Every page in English, and each in one Chinese script: a third of them (every third in the list)
 * in Traditional, the rest in Simplified. The Traditional pages are the Simplified ones converted at
 * build (vocabulary.ts), so one visit reads and audits both scripts' structure and prose;
 * test/build/traditional.test.ts reads every Traditional page for a character left unconverted.
 */
const inTraditional = (i: number) => i % 3 === 0;
const walkedIn = (locale: Locale) =>
  standards
    .map((standard, i) => ({standard, i}))
    .filter(({i}) => locale === DEFAULT_LOCALE || inTraditional(i) === locale in DERIVED_LOCALES);
/**
 * axe audits each page once, every other one in English and the rest in their Chinese script: the
 * pages of one standard differ by their text, not their structure, and an audit costs as much as
 * the rest of a visit (the CI's time budget, issue 17).
 */
const auditedIn = (locale: Locale, i: number) => (locale === DEFAULT_LOCALE) === (i % 2 === 0);

for (const locale of LOCALES) {
  for (const {standard, i} of walkedIn(locale)) {
    const path = standard.paths[locale];
    const own = catalogues.filter((c) => c.standard === standard.id);
    const audited = auditedIn(locale, i);
    test(`${path} shows the standard's name, its dated facts and their sources${own.length ? ', each top-level clause unit' : ''}${audited ? ', and has no WCAG 2.2 AA violation that axe can detect' : ''}`, async ({
      sharedPage: page,
    }) => {
      await openPage(page, path);
      await test.step('name, dated facts and sources', () => expectFactsAndSources(page, standard, locale));
      if (own.length) await test.step('top-level clause units', () => expectTopLevelUnits(page, standard, own, locale));
      if (audited) await test.step('axe', async () => expect(await axeViolations(page, path)).toEqual([]));
    });
  }
}

test('a figure links to its source in the source list', async ({page}) => {
  await openPage(page, '/standards/copc');
  const firstRef = page.locator('#fact-costs .citation__ref').first();
  const target = await firstRef.getAttribute('href');
  expect(target).toMatch(/^#source-/);
  await firstRef.click();
  await expect(page.locator(target!)).toBeInViewport();
});

for (const [locale, prefix, written, noOne] of [
  ['en', '', 'The committees that write standards', 'No one: standards are written on it'],
  ['zh-Hans', '/zh-Hans', '编写标准的委员会', '无：其他标准依据它编写'],
  ['zh-Hant', '/zh-Hant', '編寫標準的委員會', '無：其他標準依據它編寫'],
] as const) {
  test(`the Harmonized Structure's page says no one is certified against it, not that its certification is unknown (${locale})`, async ({
    page,
  }) => {
    await openPage(page, `${prefix}/standards/harmonized-structure`);
    await expect(page.locator('#fact-scope')).toContainText(written);
    await expect(page.locator('#fact-certifies')).toContainText(noOne);
    await expect(page.locator('#fact-certifies .citation__ref').first()).toHaveAttribute('href', /^#source-/);
    // Its clauses, from context to improvement, and no certification fact at all.
    await expect(page.locator('.clauses details, .clauses li.clause').first()).toBeVisible();
    for (const id of ['fact-costs', 'fact-time', 'fact-adoption', 'fact-steps'])
      await expect(page.locator(`#${id}`)).toHaveCount(0);
    await expect(page.locator('.fact-sheet .fact-unknown')).toHaveCount(0);
  });
}

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

for (const [locale, prefix, structure, adoption] of [
  ['en', '', 'more than 100 items', 'more than 1,000 valid certificates'],
  ['zh-Hans', '/zh-Hans', '超过 100 细项', '超过 1,000 张有效证书'],
] as const) {
  test(`a count its source gives as a lower bound reads as one, not as "about" (${locale})`, async ({page}) => {
    await openPage(page, `${prefix}/standards/scp`);
    await expect(page.locator('#fact-structure')).toContainText(structure);
    await openPage(page, `${prefix}/standards/bs-7799`);
    await expect(page.locator('#fact-adoption')).toContainText(adoption);
  });
}
