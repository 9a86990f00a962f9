import {LOCALES, type Locale} from '../../src/core/vocabulary';
import {fetchStandardsApi} from './api';
import {expect, openPage, test} from './fixtures';

const STATUS: Record<Locale, Record<string, string>> = {
  en: {superseded: 'Superseded', withdrawn: 'Withdrawn'},
  'zh-Hans': {superseded: '已被取代', withdrawn: '已废止'},
  'zh-Hant': {superseded: '已被取代', withdrawn: '已廢止'},
};
const LIST_PATH: Record<Locale, string> = {
  en: '/standards',
  'zh-Hans': '/zh-Hans/standards',
  'zh-Hant': '/zh-Hant/standards',
};

for (const locale of LOCALES) {
  test(`in ${locale}, a standard that is no longer current says so on its page and in the list, and links to its successor`, async ({
    page,
    request,
  }) => {
    const {standards} = await fetchStandardsApi(request);
    const retired = standards.filter((s) => s.status === 'superseded' || s.status === 'withdrawn');
    expect(retired.map((s) => s.id)).toEqual(expect.arrayContaining(['bs-7799', 'en-15838']));

    for (const standard of retired) {
      await openPage(page, standard.paths[locale]);
      const banner = page.locator('.theme-admonition').first();
      await expect(banner).toContainText(STATUS[locale][standard.status]);
      const latest = standard.editions.reduce((a, b) => (b.year >= a.year ? b : a));
      const successor = standards.find((s) => s.id === latest.successorStandard);
      if (successor) {
        await expect(banner.getByRole('link', {name: successor.names[locale].name})).toHaveAttribute(
          'href',
          successor.paths[locale],
        );
      }
    }

    await openPage(page, LIST_PATH[locale]);
    for (const standard of retired) {
      const item = page
        .getByRole('listitem')
        .filter({has: page.getByRole('link', {name: standard.names[locale].name, exact: true})});
      await expect(item).toContainText(STATUS[locale][standard.status]);
    }
  });
}
