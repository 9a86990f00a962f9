import {readFileSync} from 'node:fs';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import type {Page} from '@playwright/test';
import {fetchStandardsApi} from './api';
import {expect, openPage, test} from './fixtures';

/** The rows of the comparison table itself (the charts below it are tables too). */
const rowsOf = (page: Page) => page.locator('table.compare-table').first().locator('tbody tr');

test('the comparison table lists every standard, filters by kind, and keeps the filter in the URL across a reload', async ({
  page,
  request,
}) => {
  const {standards} = await fetchStandardsApi(request);
  await openPage(page, '/compare');
  await expect(rowsOf(page)).toHaveCount(standards.length);

  await page.getByRole('combobox', {name: 'Kind'}).selectOption('individual');
  await expect(page).toHaveURL(/[?&]kind=individual/);
  const individual = standards.filter((s) => s.kind === 'individual');
  await expect(rowsOf(page)).toHaveCount(individual.length);
  for (const s of individual) await expect(page.getByRole('rowheader', {name: s.names.en.name})).toBeVisible();

  await page.reload();
  await page.locator('html[data-hydrated="true"]').waitFor();
  await expect(page.getByRole('combobox', {name: 'Kind'})).toHaveValue('individual');
  await expect(rowsOf(page)).toHaveCount(individual.length);
});

for (const [locale, prefix, kind, noOne, notApplicable, certifiesColumn, costColumn] of [
  ['en', '', 'Kind', 'No one', 'does not apply', 'Who is certified', 'Cost (year)'],
  ['zh-Hans', '/zh-Hans', '类型', '无', '不适用', '认证对象', '费用（年份）'],
  ['zh-Hant', '/zh-Hant', '類型', '無', '不適用', '驗證對象', '費用（年份）'],
] as const) {
  test(`the Harmonized Structure's row says no one is certified and its cost does not apply, not that they are unknown (${locale})`, async ({
    page,
  }) => {
    await openPage(page, `${prefix}/compare`);
    await page.getByRole('combobox', {name: kind}).selectOption('structure');
    await expect(rowsOf(page)).toHaveCount(1);
    const row = rowsOf(page).first();
    await expect(row).toContainText(noOne);
    await expect(row).toContainText(notApplicable);
    await expect(row.locator('.fact-unknown')).toHaveCount(0);
    // In their own cells, not anywhere in the row.
    await expect(row.locator(`td[data-label="${certifiesColumn}"]`)).toHaveText(noOne);
    await expect(row.locator(`td[data-label="${costColumn}"]`)).toHaveText(notApplicable);
  });
}

test('sorting by first published puts the oldest standard first, then reverses', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  const years = standards.flatMap((s) =>
    s.firstPublished ? [{s, year: Math.min(...s.firstPublished.map((c) => c.year))}] : [],
  );
  const oldest = years.reduce((a, b) => (b.year < a.year ? b : a));
  const newest = years.reduce((a, b) => (b.year > a.year ? b : a));
  await openPage(page, '/compare');
  await page.getByRole('button', {name: 'First published'}).click();
  await expect(page).toHaveURL(/sort=firstPublished/);
  await expect(rowsOf(page).first().getByRole('rowheader')).toHaveText(oldest.s.names.en.name);
  await page.getByRole('button', {name: 'First published'}).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(rowsOf(page).first().getByRole('rowheader')).toHaveText(newest.s.names.en.name);
});

test('a shared Chinese link with filters opens the same view, in Chinese', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  const retired = standards.filter((s) => s.status === 'withdrawn');
  await openPage(page, '/zh-Hans/compare?status=withdrawn');
  await expect(page.getByRole('combobox', {name: '状态'})).toHaveValue('withdrawn');
  await expect(rowsOf(page)).toHaveCount(retired.length);
  for (const s of retired) await expect(page.getByRole('rowheader', {name: s.names['zh-Hans'].name})).toBeVisible();
  await expect(page.getByRole('columnheader', {name: '首次发布'})).toBeVisible();
});

test('values a link does not know are ignored with a message, and never run as script', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await openPage(
    page,
    `/compare?kind=${encodeURIComponent('<img src=x onerror=alert(1)>')}&sort=${encodeURIComponent('"><script>alert(2)</script>')}`,
  );
  await expect(page.getByRole('alert')).toContainText('kind');
  await expect(page.getByRole('alert')).toContainText('sort');
  await expect(rowsOf(page)).toHaveCount(standards.length);
  expect(dialogs).toBe(0);
});

test('ticking standards opens them side by side, with differences marked and their coverage of each other', async ({
  page,
  request,
}) => {
  const {standards} = await fetchStandardsApi(request);
  const iso = standards.find((s) => s.id === 'iso-9001')!;
  const copc = standards.find((s) => s.id === 'copc')!;
  await openPage(page, '/compare');
  const compare = page.getByRole('button', {name: /Compare the ticked standards/});
  await expect(compare).toBeDisabled();
  await page.getByRole('checkbox', {name: `Compare ${iso.names.en.name}`}).check();
  await page.getByRole('checkbox', {name: `Compare ${copc.names.en.name}`}).check();
  await compare.click();
  await expect(page).toHaveURL(/ids=iso-9001,copc/);

  const facts = page.getByRole('region', {name: 'Side by side'});
  await expect(facts.getByRole('columnheader', {name: iso.names.en.name})).toBeVisible();
  await expect(facts.getByRole('columnheader', {name: copc.names.en.name})).toBeVisible();
  // Both certify organizations; their owners differ.
  await expect(facts.locator('tr[data-fact="certifies"]')).not.toHaveClass(/side-by-side__differs/);
  await expect(facts.locator('tr[data-fact="owner"]')).toHaveClass(/side-by-side__differs/);
  await expect(facts.locator('tr[data-fact="owner"]')).toContainText('differs');
  // In a manager's words, both ways: "Holding ISO 9001 covers about N% of what COPC asks".
  await expect(facts.getByRole('link', {name: /^Holding .* covers about \d+% of what .* asks\.$/})).toHaveCount(2);

  await page.getByRole('button', {name: 'Back to all standards'}).click();
  await expect(page).not.toHaveURL(/ids=/);
  await expect(rowsOf(page)).toHaveCount(standards.length);
});

test('a side-by-side link in Chinese shows the same comparison in Chinese', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  const ids = ['iso-27001', 'pci-dss', 'iso-22301'];
  await openPage(page, `/zh-Hans/compare?ids=${ids.join(',')}`);
  const region = page.getByRole('region', {name: '并排比较'});
  for (const id of ids)
    await expect(
      region.getByRole('columnheader', {name: standards.find((s) => s.id === id)!.names['zh-Hans'].name}),
    ).toBeVisible();
  await expect(region.getByRole('rowheader', {name: /首次发布/})).toBeVisible();
});

test("the current view downloads as a UTF-8 CSV with a byte-order mark, in the reader's language", async ({
  page,
  request,
}) => {
  const {standards} = await fetchStandardsApi(request);
  const individual = standards.filter((s) => s.kind === 'individual');
  await openPage(page, '/zh-Hans/compare?kind=individual');
  await expect(rowsOf(page)).toHaveCount(individual.length);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', {name: '将此视图下载为 CSV'}).click(),
  ]);
  const bytes = await (await import('node:fs/promises')).readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const {data} = Papa.parse<string[]>(bytes.toString('utf8').slice(1).trim());
  expect(data[0]).toContain('首次发布');
  expect(data).toHaveLength(individual.length + 1);
  expect(
    data
      .slice(1)
      .map((record) => record[0])
      .sort(),
  ).toEqual(individual.map((s) => s.id).sort());
  for (const s of individual) expect(bytes.toString('utf8')).toContain(s.names['zh-Hans'].name);
});

test('filtering by industry keeps sector-neutral standards and those used in that industry', async ({
  page,
  request,
}) => {
  const {standards} = await fetchStandardsApi(request);
  const banking = standards.filter((s) =>
    s.usage.some((u) => u.industries.includes('banking') || u.industries.includes('all')),
  );
  await openPage(page, '/compare?industry=banking');
  await expect(page.getByRole('combobox', {name: 'Industry'})).toHaveValue('banking');
  await expect(rowsOf(page)).toHaveCount(banking.length);
  expect(banking.length).toBeLessThan(standards.length);
});

test('on a phone the table becomes one card per standard', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await openPage(page, '/compare?kind=individual');
  await expect(page.locator('table.compare-table thead')).toBeHidden();
  const [first, second] = [rowsOf(page).nth(0), rowsOf(page).nth(1)];
  const a = (await first.boundingBox())!;
  const b = (await second.boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
  expect(a.width).toBeLessThanOrEqual(390);
  expect(
    await first
      .locator('td')
      .nth(1)
      .evaluate((td) => getComputedStyle(td, '::before').content),
  ).toContain('Kind');
});

test('on a phone, each card of the side-by-side count by theme names the standard of each figure', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await openPage(page, '/compare?ids=iso-9001,copc');
  const card = page.locator('table[aria-labelledby="by-theme"] tbody tr').first();
  const labels = await card
    .locator('td')
    .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
  expect(labels).toEqual(['"ISO 9001: "', '"COPC: "']);
});

test('printed, the table, a side-by-side comparison and a gap view drop the navigation, keep their headers and list their sources', async ({
  page,
  request,
}) => {
  const {standards, sources} = await fetchStandardsApi(request);
  const titleOf = (id: string) => sources.find((s) => s.id === id)!.title;
  const copc = standards.find((s) => s.id === 'copc')!;
  const crosswalks = (await (await request.get('/api/crosswalk.json')).json()) as {
    crosswalks: {from: string; to: string; mappings: {sources: string[]}[]}[];
  };
  const iso9001ToCopc = crosswalks.crosswalks.find(
    (x) => [x.from, x.to].some((c) => c.startsWith('iso-9001:')) && [x.from, x.to].some((c) => c.startsWith('copc:')),
  )!;
  const cited: Record<string, string> = {
    '/compare': titleOf(copc.costs![0].sources[0]),
    '/compare?ids=iso-9001,copc': titleOf(copc.costs![0].sources[0]),
    '/crosswalk?from=iso-9001&to=copc': titleOf(iso9001ToCopc.mappings[0].sources[0]),
  };
  for (const [path, title] of Object.entries(cited)) {
    await openPage(page, path);
    await expect(page.locator('.print-sources')).toBeHidden();
    await page.emulateMedia({media: 'print'});
    await expect(page.locator('.print-sources')).toBeVisible();
    await expect(page.locator('.print-sources')).toContainText(title);
    await expect(page.locator('.navbar')).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.locator('.compare-filters')).toBeHidden();
    const head = page.locator('table thead').first();
    expect(await head.evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
    await page.emulateMedia({media: 'screen'});
  }
});

for (const locale of ['en', 'zh-Hans'] as const) {
  test(`in ${locale}, the charts show each standard's focus scores and every edition, with the data readable as a table`, async ({
    page,
    request,
  }) => {
    const {standards} = await fetchStandardsApi(request);
    await openPage(page, `${locale === 'en' ? '' : '/zh-Hans'}/compare?kind=individual`);
    const individual = standards.filter((s) => s.kind === 'individual');
    const heatmap = page.locator('table.heatmap');
    await expect(heatmap.locator('tbody tr')).toHaveCount(individual.length);
    for (const s of individual) {
      const row = heatmap
        .getByRole('row')
        .filter({has: page.getByRole('rowheader', {name: s.names[locale].short, exact: true})});
      await expect(row.getByRole('cell')).toHaveText(
        ['process', 'people', 'performance', 'customer', 'security', 'technology'].map((d) =>
          String(s.focus[d as 'process'].score),
        ),
      );
    }
    // The scatter chart draws one point per edition.
    const editions = individual.reduce((n, s) => n + s.editions.length, 0);
    const editionsChart = page.locator('figure', {has: page.locator('#editions-chart')});
    // The plot is drawn when it comes into view.
    await editionsChart.scrollIntoViewIfNeeded();
    await expect(editionsChart.locator('.chart__plot .recharts-scatter-symbol')).toHaveCount(editions);
    await editionsChart.locator('details summary').click();
    await expect(editionsChart.locator('details tbody tr')).toHaveCount(editions);
  });

  test(`in ${locale}, cost against time is drawn in US dollars at each figure's own year's rate, with the data as a table`, async ({
    page,
    request,
  }) => {
    const {standards} = await fetchStandardsApi(request);
    const rates = (
      yaml.load(readFileSync('standards-data/exchange-rates.yaml', 'utf8')) as {
        years: {year: number; perUsd: Record<string, number>}[];
      }
    ).years;
    // Every cost whose country (or the world) also has a time to certify is one point.
    const expected = standards.flatMap((s) =>
      (s.costs ?? [])
        .filter((c) => (s.timeToCertify ?? []).some((t) => t.region === c.region || t.region === 'global'))
        .map((c) => {
          const usable = rates
            .filter((y) => c.currency === 'USD' || y.perUsd[c.currency])
            .sort((a, b) => Math.abs(a.year - c.asOf) - Math.abs(b.year - c.asOf) || b.year - a.year);
          const perUsd = c.currency === 'USD' ? 1 : usable[0].perUsd[c.currency];
          return {name: s.names[locale].short, usd: Number((c.min / perUsd).toPrecision(3)), year: c.asOf};
        }),
    );
    expect(expected.length).toBeGreaterThan(0);
    await openPage(page, `${locale === 'en' ? '' : '/zh-Hans'}/compare`);
    const chart = page.locator('figure', {has: page.locator('#cost-time-chart')});
    await expect(chart.locator('tbody tr')).toHaveCount(expected.length);
    for (const [i, point] of expected.entries()) {
      const row = chart.locator('tbody tr').nth(i);
      await expect(row.getByRole('rowheader')).toHaveText(point.name);
      await expect(row).toContainText(`USD ${point.usd.toLocaleString('en-US')}`);
      await expect(row).toContainText(`(${point.year})`);
    }
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.chart__plot .recharts-scatter-symbol')).toHaveCount(expected.length);
  });
}

/** A cost's value in US dollars at its own year's rate (or the nearest year's), as the atlas converts it. */
function usd(cost: {currency: string; min: number; asOf: number}): number {
  if (cost.currency === 'USD') return cost.min;
  const rates = (
    yaml.load(readFileSync('standards-data/exchange-rates.yaml', 'utf8')) as {
      years: {year: number; perUsd: Record<string, number>}[];
    }
  ).years;
  const year = rates
    .filter((y) => y.perUsd[cost.currency])
    .sort((a, b) => Math.abs(a.year - cost.asOf) - Math.abs(b.year - cost.asOf) || b.year - a.year)[0];
  return Number((cost.min / year.perUsd[cost.currency]).toPrecision(3));
}

test("the known-cost filter keeps only standards whose lowest cost, in US dollars at its year's rate, is under the ceiling", async ({
  page,
  request,
}) => {
  const {standards} = await fetchStandardsApi(request);
  const under = standards.filter((s) => (s.costs ?? []).length && Math.min(...s.costs!.map(usd)) <= 10000);
  expect(under.length).toBeGreaterThan(0);
  await openPage(page, '/zh-Hans/compare?maxcost=10000');
  await expect(page.getByRole('combobox', {name: '已知费用不超过'})).toHaveValue('10000');
  await expect(rowsOf(page)).toHaveCount(under.length);
  for (const s of under) await expect(page.getByRole('rowheader', {name: s.names['zh-Hans'].name})).toBeVisible();
});

test('sorting by cost puts the cheapest known cost first and unknown costs last', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  const priced = standards.filter((s) => (s.costs ?? []).length).map((s) => ({s, low: Math.min(...s.costs!.map(usd))}));
  const cheapest = priced.reduce((a, b) => (b.low < a.low ? b : a));
  await openPage(page, '/compare');
  await page.getByRole('button', {name: 'Cost (year)'}).click();
  await expect(page).toHaveURL(/sort=cost/);
  await expect(rowsOf(page).first().getByRole('rowheader')).toHaveText(cheapest.s.names.en.name);
  await expect(rowsOf(page).nth(priced.length)).toContainText('unknown');
});

test('the focus filter keeps the standards strong on a dimension, and the column shows their strongest focus', async ({
  page,
  request,
}) => {
  const {standards} = await fetchStandardsApi(request);
  const strong = standards.filter((s) => s.focus.security.score >= 4);
  await openPage(page, '/compare?focus=security');
  await expect(page.getByRole('combobox', {name: 'Strong on'})).toHaveValue('security');
  await expect(rowsOf(page)).toHaveCount(strong.length);
  const iso27001 = rowsOf(page)
    .filter({has: page.getByRole('rowheader', {name: 'ISO/IEC 27001', exact: false})})
    .first();
  await expect(iso27001).toContainText(`Security ${standards.find((s) => s.id === 'iso-27001')!.focus.security.score}`);
});

test('choosing columns changes the table, the address and the CSV, and survives a reload', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  await openPage(page, '/compare');
  await expect(page.getByRole('columnheader', {name: 'Structure'})).toHaveCount(0);
  await page.getByText(/^Columns \(/).click();
  const chooser = page.getByRole('group', {name: 'Show these columns'});
  await chooser.getByRole('checkbox', {name: 'Structure'}).check();
  await chooser.getByRole('checkbox', {name: 'Owner'}).uncheck();
  await expect(page).toHaveURL(/cols=[^&]*structure/);
  await expect(page.getByRole('columnheader', {name: 'Structure'})).toBeVisible();
  await expect(page.getByRole('columnheader', {name: 'Owner'})).toHaveCount(0);
  const iso9001 = standards.find((s) => s.id === 'iso-9001')!;
  const latest = iso9001.structure!.reduce((a, b) => (b.asOf > a.asOf ? b : a));
  await expect(
    rowsOf(page).filter({has: page.getByRole('rowheader', {name: iso9001.names.en.name, exact: true})}),
  ).toContainText(`${latest.levels[0].count} ${latest.levels[0].name.en}`);

  await page.reload();
  await page.locator('html[data-hydrated="true"]').waitFor();
  await expect(page.getByRole('columnheader', {name: 'Structure'})).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', {name: 'Download this view as CSV'}).click(),
  ]);
  const {data} = Papa.parse<string[]>(
    (await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8')).slice(1).trim(),
  );
  expect(data[0]).toContain('Structure');
  expect(data[0]).not.toContain('Owner');
});

test('the family and region filters keep the standards of that family and those used there (worldwide ones included)', async ({
  page,
  request,
}) => {
  const {standards} = await fetchStandardsApi(request);
  const people = standards.filter((s) => s.families.includes('people'));
  await openPage(page, '/zh-Hans/compare?family=people');
  await expect(page.getByRole('combobox', {name: '类别'})).toHaveValue('people');
  await expect(rowsOf(page)).toHaveCount(people.length);
  const inChina = standards.filter((s) =>
    s.usage.some((u) => u.regions.includes('CN') || u.regions.includes('global')),
  );
  await openPage(page, '/compare?region=CN');
  await expect(page.getByRole('combobox', {name: 'Used in'})).toHaveValue('CN');
  await expect(rowsOf(page)).toHaveCount(inChina.length);
  expect(inChina.length).toBeLessThan(standards.length);
});

test('every column sorts: owners alphabetically, structure by its first count', async ({page, request}) => {
  const {standards} = await fetchStandardsApi(request);
  const byOwner = [...standards].sort(
    (a, b) => a.owner.name.en.localeCompare(b.owner.name.en, 'en') || a.id.localeCompare(b.id),
  );
  await openPage(page, '/compare');
  await page.getByRole('button', {name: 'Owner'}).click();
  await expect(page).toHaveURL(/sort=owner/);
  // Standards can share an owner: the first row must carry the first owner, whichever it is.
  await expect(rowsOf(page).first()).toContainText(byOwner[0].owner.name.en);
  await page.getByRole('button', {name: 'Owner'}).click();
  await expect(rowsOf(page).first()).toContainText(byOwner.at(-1)!.owner.name.en);

  const structured = standards
    .filter((s) => s.structure?.length)
    .map((s) => ({s, first: s.structure!.reduce((a, b) => (b.asOf > a.asOf ? b : a)).levels[0].count}));
  const largest = Math.max(...structured.map((x) => x.first));
  const firstOfLargest = structured.filter((x) => x.first === largest).sort((a, b) => a.s.id.localeCompare(b.s.id))[0];
  await openPage(page, '/compare?cols=structure&sort=structure&dir=desc');
  await expect(rowsOf(page).first().getByRole('rowheader')).toHaveText(firstOfLargest.s.names.en.name);
});

test('the columns for who certifies and the audit cycle show what the sources say, in Chinese', async ({
  page,
  request,
}) => {
  const {standards} = await fetchStandardsApi(request);
  // A standard whose sources give both, so both cells are checked.
  const standard = standards.find((s) => s.certification?.assessor && s.certification?.surveillance)!;
  expect(standard).toBeDefined();
  await openPage(page, '/zh-Hans/compare?cols=assessor,surveillance');
  await expect(page.getByRole('columnheader', {name: '认证机构'})).toBeVisible();
  await expect(page.getByRole('columnheader', {name: '审核周期'})).toBeVisible();
  const row = rowsOf(page).filter({
    has: page.getByRole('rowheader', {name: standard.names['zh-Hans'].name, exact: true}),
  });
  await expect(row.getByRole('cell').nth(1)).toHaveText(standard.certification!.assessor!.text['zh-Hans']);
  await expect(row.getByRole('cell').nth(2)).toHaveText(standard.certification!.surveillance!.text['zh-Hans']);
});

test("in Traditional Chinese, a row's regions read as a Chinese list, with 、 between them", async ({
  page,
  request,
}) => {
  const {standards} = await fetchStandardsApi(request);
  // Where a standard is used: every region of its usage claims, each once, as the row lists them.
  const regionsOf = (s: (typeof standards)[number]) => [...new Set(s.usage.flatMap((u) => u.regions))];
  const standard = standards.find((s) => regionsOf(s).length >= 3)!;
  expect(standard).toBeDefined();
  // Region names come from the locale's ICU data at build time (regionNames.ts), as here.
  const names = new Intl.DisplayNames(['zh-Hant'], {type: 'region'});
  const expected = regionsOf(standard)
    .map((r) => (r === 'global' ? '全球' : names.of(r)))
    .join('、');
  await openPage(page, '/zh-Hant/compare?cols=regions');
  const row = rowsOf(page).filter({
    has: page.getByRole('rowheader', {name: standard.names['zh-Hant'].name, exact: true}),
  });
  await expect(row.getByRole('cell').nth(1)).toHaveText(expected);
});
