import type {Page} from '@playwright/test';
import {expect, openPage, test} from './fixtures';
import {WARM_UP_AFTER_LOAD_MS} from '../../src/components/Search/idle';

/**
 * The search files: the index, the snippets (fetched once the engine is made), and the texts
 * (fetched only after results whose match lies beyond their snippet).
 */
const isIndexRequest = (url: string) =>
  /\/assets\/search\/search-(?:index|snippets|texts)\.(?:json\.)?[0-9a-f]{8}\.(?:json|gz)$/.test(url);
const isSnippetsRequest = (url: string) => /\/assets\/search\/search-snippets\./.test(url);

/** Opens the navbar's search dialog with the keyboard shortcut and types a query. */
async function searchFor(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog').getByRole('combobox', {name: /^(Search standards and clauses|搜索标准与条款)$/});
  await expect(box).toBeFocused();
  await box.fill(query);
  return box;
}

test('no part of the index is fetched while a page starts up; the pointer on the search button starts it', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await openPage(page, '/standards/iso-9001');
  await page.mouse.wheel(0, 800);
  await page.getByRole('link', {name: 'Compare', exact: true}).first().hover();
  // The idle warm-up waits WARM_UP_AFTER_LOAD_MS after the load event: until then, nothing.
  const sinceLoad = await page.evaluate(
    () =>
      performance.now() - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  if (sinceLoad < WARM_UP_AFTER_LOAD_MS) expect(fetched.filter(isIndexRequest)).toEqual([]);
  const indexRequest = page.waitForRequest((r) => isIndexRequest(r.url()), {timeout: 2000});
  await page.getByRole('button', {name: /Search/}).hover();
  await indexRequest;
});

test('a page left open loads the index and the snippets on its own once idle, so that the first search needs no download', async ({
  page,
}) => {
  // The snippets are fetched once the engine is made from the index: they come last.
  const snippetsLoaded = page.waitForResponse((r) => isSnippetsRequest(r.url()), {
    timeout: WARM_UP_AFTER_LOAD_MS + 5000,
  });
  await openPage(page, '/zh-Hans/compare');
  await (await snippetsLoaded).finished();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', {name: '搜索标准与条款'}).fill('投诉');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(fetched.filter(isIndexRequest)).toEqual([]);
});

test('an English query shows results as you type, grouped by standard, with the match marked', async ({page}) => {
  await openPage(page, '/');
  await searchFor(page, 'complaints handling');
  const listbox = page.getByRole('listbox', {name: 'Results'});
  const first = listbox.getByRole('option').first();
  await expect(first).toContainText('complaints handling');
  await expect(first.locator('mark').first()).toHaveText(/^complaints$/i);
  await expect(listbox.getByRole('group').first()).toContainText('ISO 10002');
  // The clause of the same name in ISO 18295-1 is in the list, under its own standard.
  const clause = listbox
    .getByRole('group')
    .filter({hasText: 'ISO 18295'})
    .getByRole('option')
    .filter({hasText: 'Complaints handling'});
  await expect(clause.first()).toContainText('4.4');
  await expect(clause.first().locator('mark').first()).toHaveText('Complaints');
});

test('ids and numbers match as typed: "ISO 9001 8.5" finds clause 8.5 of ISO 9001 first', async ({page}) => {
  await openPage(page, '/');
  await searchFor(page, 'ISO 9001 8.5');
  const first = page.getByRole('listbox').getByRole('option').first();
  await expect(first).toContainText('8.5');
  await expect(first).toContainText('Production and service provision');
  await expect(first.locator('mark').first()).toHaveText('8.5');
});

for (const home of ['/', '/zh-Hans/']) {
  test(`a standard's short name finds it, and its results' heading marks the name (${home})`, async ({page}) => {
    await openPage(page, home);
    await searchFor(page, 'CCCS');
    const heading = page.getByRole('dialog').getByRole('group').first().locator('[role="presentation"]');
    // The full name does not hold "CCCS": the heading adds the short form, marked.
    await expect(heading).toContainText('(CCCS-OP)');
    await expect(heading.locator('mark')).toHaveText('CCCS');
  });
}

for (const [home, query, title, snippet] of [
  ['/', 'complaints handling', 'Complaints handling', /complaint/i],
  ['/zh-Hans/', '投诉处理', '投诉处理', /投诉/],
] as const) {
  test(`results show their titles before their snippets have arrived, and the snippets when they land (${home})`, async ({
    page,
  }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holdSnippets = (url: URL) => isSnippetsRequest(url.href);
    await page.route(holdSnippets, async (route) => {
      await held;
      await route.continue();
    });
    await openPage(page, home);
    await searchFor(page, query);
    const options = page.getByRole('listbox').getByRole('option');
    const clause = options.filter({hasText: title}).first();
    await expect(clause).toBeVisible();
    const before = (await clause.textContent()) ?? '';
    release();
    // The snippet comes under the title: the option's text grows by words that hold the match.
    await expect(clause).not.toHaveText(before);
    const after = (await clause.textContent()) ?? '';
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(snippet);
    await page.unroute(holdSnippets);
  });
}

test('a clause listed for two editions is found in the current one first, and the older one says its edition', async ({
  page,
}) => {
  await openPage(page, '/');
  await searchFor(page, 'ISO 27001 9.2');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('9.2 Internal audit');
  await expect(options.first()).not.toContainText('(2013)');
  await expect(options.filter({hasText: '9.2 (2013) Internal audit'})).toHaveCount(1);
});

test('a word with one typo still finds its clause', async ({page}) => {
  await openPage(page, '/');
  await searchFor(page, 'managment review');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Management review');
});

for (const [query, label] of [
  ['投诉处理', 'Simplified'],
  ['投訴處理', 'Traditional'],
] as const) {
  test(`a ${label} Chinese query on the Chinese site finds the clause titled 投诉处理 near the top, the match marked`, async ({
    page,
  }) => {
    await openPage(page, '/zh-Hans/');
    await searchFor(page, query);
    const options = page.getByRole('listbox', {name: '搜索结果'}).getByRole('option');
    await expect(options.first()).toBeVisible();
    const titles = await options.evaluateAll((els) => els.slice(0, 5).map((e) => e.textContent ?? ''));
    expect(titles.some((t) => t.includes('投诉处理'))).toBe(true);
    await expect(options.first().locator('mark').first()).toHaveText('投诉处理');
  });
}

test('arrows move through the results and Enter lands on the clause anchor', async ({page}) => {
  await openPage(page, '/');
  const box = await searchFor(page, 'internal audit');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await box.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/standards\/[a-z0-9-]+#clause-[a-z0-9.-]+-9\.2$/);
  await expect(page.getByRole('dialog')).toBeHidden();
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('Escape closes the dialog and the page is usable again', async ({page}) => {
  await openPage(page, '/');
  await searchFor(page, 'COPC');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', {name: /Search/})).toBeVisible();
});

test('filters narrow the results to one kind and one standard', async ({page}) => {
  await openPage(page, '/');
  await searchFor(page, 'leadership');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kind', {exact: true}).selectOption('clause');
  await dialog.getByLabel('Standard', {exact: true}).selectOption('iso-9001');
  const groups = dialog.getByRole('group');
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toContainText('ISO 9001');
  await expect(groups.first().getByRole('option').first()).toContainText('Leadership');
  for (const option of await groups.first().getByRole('option').all()) await expect(option).toContainText('Clause');
});

for (const [path, query, expected, href] of [
  ['/search', 'COPC', 'COPC Customer Experience Standard', '/standards/copc'],
  ['/zh-Hans/search', '管理評審', '管理评审', '/zh-Hans/standards/'],
] as const) {
  test(`${path}?q= opens with the results of the query in the URL, each a link to its page or clause`, async ({
    page,
  }) => {
    await openPage(page, `${path}?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('searchbox')).toHaveValue(query);
    const first = page.getByRole('main').getByRole('listitem').first().getByRole('link');
    await expect(first).toContainText(expected);
    await expect(first).toHaveAttribute('href', new RegExp(`^${href}`));
    await expect(first.locator('mark').first()).toBeVisible();
  });
}

for (const [path, query, href] of [
  ['/search', 'examination', '/standards/cccs-pq#what-it-is-and-who-owns-it'],
  ['/zh-Hans/search', '坐席', '/zh-Hans/standards/en-15838#标准是什么归谁所有'],
] as const) {
  test(`every result of "${query}" shows its match, even one that lies beyond the start of its section`, async ({
    page,
  }) => {
    await openPage(page, `${path}?q=${encodeURIComponent(query)}`);
    const links = page.getByRole('main').getByRole('listitem').getByRole('link');
    // This section's opening words do not hold the query: its snippet becomes the words around the match.
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((els) => els.map((e) => decodeURIComponent(e.getAttribute('href') ?? '')));
    expect(hrefs).toContain(href);
    const section = links.nth(hrefs.indexOf(href));
    await expect(section.locator('mark').first()).toHaveText(new RegExp(query, 'i'));
    await expect(section).toContainText('…');
    for (const link of await links.all()) await expect(link.locator('mark').first()).toBeVisible();
  });
}

test('typing on the search page keeps the query in the URL', async ({page}) => {
  await openPage(page, '/search');
  await page.getByRole('searchbox').fill('risk');
  await expect(page).toHaveURL(/\/search\?q=risk$/);
  await expect(page.getByRole('main').getByRole('link', {name: /Risk/}).first()).toBeVisible();
});

for (const hostile of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>']) {
  test(`a hostile query (${hostile}) is shown as text and never runs`, async ({page}) => {
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    await openPage(page, `/search?q=${encodeURIComponent(hostile)}`);
    await expect(page.getByRole('searchbox')).toHaveValue(hostile);
    await expect(page.getByRole('status')).toContainText(hostile);
    await expect(page.locator('main img[src="x"], main script')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search dialog draws its results on an opaque panel (${colorScheme} theme)`, async ({page}) => {
    await page.emulateMedia({colorScheme});
    await openPage(page, '/standards/iso-9001');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await searchFor(page, 'complaints handling');
    const listbox = page.getByRole('dialog').getByRole('listbox');
    await expect(listbox.getByRole('option').first()).toBeVisible();
    // The colour the results are drawn on (the list, not the selected result's own highlight): the
    // first background from the list up to the dialog that is not fully transparent. It must be
    // the dialog's own, and let nothing show through.
    const background = await listbox.evaluate((element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const color = getComputedStyle(node).backgroundColor;
        const alpha = /^rgba\(.*,\s*([\d.]+)\)$/.exec(color)?.[1];
        if (alpha === undefined || Number(alpha) > 0) return {color, alpha: Number(alpha ?? 1)};
        if (node.tagName === 'DIALOG') break;
      }
      return {color: 'transparent up to the dialog', alpha: 0};
    });
    expect(background.alpha, `the results' background is ${background.color}`).toBe(1);
  });
}

// Cross-language search (issue 19): a query in either language finds results on either site, shown
// in the reader's locale (titles, group headings, links).
for (const {home, query, group, title, notTitle} of [
  {home: '/', query: '投诉处理', group: 'ISO 18295', title: 'Complaints handling', notTitle: '投诉处理'},
  {home: '/', query: '信息安全', group: 'ISO/IEC 27001', title: 'Information security', notTitle: '信息安全'},
  {home: '/zh-Hans/', query: 'management review', group: 'ISO 9001', title: '管理评审', notTitle: 'Management review'},
  {home: '/zh-Hans/', query: 'complaint handling', group: 'ISO 10002', title: '投诉处理', notTitle: 'Complaints'},
]) {
  test(`on ${home}, "${query}" in the other language finds ${group}, shown in the site's language`, async ({page}) => {
    await openPage(page, home);
    await searchFor(page, query);
    const groups = page.getByRole('dialog').getByRole('group');
    const found = groups.filter({hasText: group}).getByRole('option').filter({hasText: title});
    await expect(found.first()).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('listbox')).not.toContainText(notTitle);
    // The link leads to the page in the reader's locale.
    await found.first().click();
    await expect(page).toHaveURL(new RegExp(`^[^#]*${home === '/' ? '/standards/' : '/zh-Hans/standards/'}`));
  });
}

test('the trade\'s words find the standard that treats them: "forecasting and scheduling" finds COPC, 人员流失 the People CMM', async ({
  page,
}) => {
  await openPage(page, '/');
  await searchFor(page, 'forecasting and scheduling');
  const groups = page.getByRole('dialog').getByRole('group');
  await expect(groups.filter({hasText: 'COPC'}).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await openPage(page, '/zh-Hans/');
  await searchFor(page, '人员流失');
  await expect(page.getByRole('dialog').getByRole('group').filter({hasText: 'People CMM'}).first()).toBeVisible();
});

for (const {home, query, suggestion, then} of [
  {home: '/', query: '话务排队', suggestion: 'workforce management', then: 'COPC'},
  {home: '/zh-Hans/', query: '话务排队', suggestion: '排班', then: 'COPC'},
]) {
  test(`on ${home}, a query that finds nothing ("${query}") suggests the nearest words, in the site's language, and a click searches for one`, async ({
    page,
  }) => {
    await openPage(page, home);
    const box = await searchFor(page, query);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('status')).toContainText(query);
    // The results' list, not the filters' options.
    await expect(dialog.getByRole('listbox').getByRole('option')).toHaveCount(0);
    const button = dialog.getByRole('button', {name: suggestion, exact: true});
    await expect(button).toBeVisible();
    await button.click();
    await expect(box).toHaveValue(suggestion);
    await expect(dialog.getByRole('group').filter({hasText: then}).first()).toBeVisible();
    await expect(dialog.getByRole('button', {name: suggestion, exact: true})).toHaveCount(0);
  });
}

test('the search page suggests the nearest words too, and a click puts one in the URL', async ({page}) => {
  await openPage(page, '/search?q=%E6%8E%92%E7%89%88');
  await page.getByRole('button', {name: 'workforce management', exact: true}).click();
  await expect(page).toHaveURL(/[?&]q=workforce\+management/);
  await expect(page.getByRole('heading', {level: 2}).filter({hasText: 'COPC'}).first()).toBeVisible();
});
