import {LOCALES, type Locale} from '../../src/core/vocabulary';
import {fetchStandardsApi} from './api';
import {expect, openPage, test} from './fixtures';

const WORDS: Record<Locale, {path: string; byKind: string; timeline: string; forerunnerOf: RegExp}> = {
  en: {path: '/landscape', byKind: 'By kind', timeline: 'Timeline of editions', forerunnerOf: /forerunner of/},
  'zh-Hans': {path: '/zh-Hans/landscape', byKind: '按类型', timeline: '版本时间线', forerunnerOf: /的前身/},
  'zh-Hant': {path: '/zh-Hant/landscape', byKind: '按類型', timeline: '版本時間線', forerunnerOf: /的前身/},
};

for (const locale of LOCALES) {
  test(`the ${locale} landscape groups every standard by kind and lists every edition year by year`, async ({
    page,
    request,
  }) => {
    const api = await fetchStandardsApi(request);
    const words = WORDS[locale];
    await openPage(page, words.path);

    const byKind = page.getByRole('region', {name: words.byKind});
    for (const standard of api.standards) {
      await expect(byKind.getByRole('link', {name: standard.names[locale].name, exact: true})).toHaveAttribute(
        'href',
        standard.paths[locale],
      );
    }

    const timeline = page.getByRole('region', {name: words.timeline});
    const years = await timeline.locator('time').allTextContents();
    const expectedYears = [
      ...api.landscape.forerunners.map((f) => f.year),
      ...api.standards.flatMap((s) => s.editions.map((e) => e.year)),
      ...api.landscape.history.map((h) => h.year),
    ];
    expect(years.map(Number)).toEqual([...new Set(expectedYears)].sort((a, b) => a - b));
    const first = timeline.getByRole('listitem').first();
    await expect(first).toContainText('1979');
    await expect(first).toContainText(words.forerunnerOf);
  });
}

for (const locale of LOCALES) {
  test(`a link to the ${locale} timeline lands on its heading below the navbar, not under it`, async ({page}) => {
    const words = WORDS[locale];
    await openPage(page, `${words.path}#timeline`);
    const heading = page.getByRole('heading', {level: 2, name: words.timeline});
    await expect(heading).toBeInViewport();
    const navbar = page.getByRole('navigation', {name: /^(Main|主导航|主導航)$/});
    await expect
      .poll(async () => {
        const [head, bar] = await Promise.all([heading.boundingBox(), navbar.boundingBox()]);
        return head && bar ? head.y - (bar.y + bar.height) : -Infinity;
      }, 'the gap between the navbar and the heading')
      .toBeGreaterThanOrEqual(0);
  });
}
