import {spawnSync} from 'node:child_process';
import {type Page} from '@playwright/test';
import {expect, openPage, test} from './fixtures';

const prefix = (locale: 'en' | 'zh-Hans') => (locale === 'en' ? '' : '/zh-Hans');

/** The advice the command line gives for the same answers, as JSON. */
function adviceFromCommandLine(query: string, locale: 'en' | 'zh-Hans') {
  const args = [...new URLSearchParams(query)].flatMap(([k, v]) => [`--${k}`, v]);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'plugins/standards-compiler/cli/advise.ts', ...args, '--locale', locale, '--json'],
    {
      encoding: 'utf8',
      cwd: process.cwd(),
    },
  );
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as {
    recommendations: {id: string; score: number; reasons: string[]; caveats: string[]}[];
    notRecommended: {id: string; reasons: string[]}[];
    roadmap: {id: string}[];
  };
}

const recommendations = (page: Page) => page.getByRole('list', {name: /Recommended|推荐/}).locator(':scope > li');

const CHINESE_BANK =
  'industry=banking&operation=in-house&country=CN&budget=500000&currency=CNY&months=12&goal=operational-performance&goal=customer-experience';

test.describe('the advisor', () => {
  for (const locale of ['en', 'zh-Hans'] as const) {
    test(`recommends CCCS-OP first to a Chinese bank and says why COPC is ruled out (${locale})`, async ({page}) => {
      await openPage(page, `${prefix(locale)}/advisor?${CHINESE_BANK}`);
      await expect(recommendations(page).first().getByRole('heading')).toContainText('CCCS-OP');
      const copc = page.getByRole('table', {name: /Not recommended|不推荐/}).getByRole('row', {name: /COPC/});
      await expect(copc).toContainText(
        locale === 'en' ? 'over your budget of CNY 500,000' : '超出您的预算 CNY 500,000',
      );
      await expect(copc).toContainText('CNY 1,200,000');
    });

    test(`shows the same advice as the command line, reason for reason (${locale})`, async ({page}) => {
      // Each command-line run compiles the data, as a user's would: a few seconds each.
      test.setTimeout(120_000);
      for (const query of [
        CHINESE_BANK,
        'for=individual&country=GB&currency=GBP&goal=it-service-management&goal=knowledge-management',
        'operation=outsourcer&country=IN&currency=INR&goal=win-outsourcing-clients&has=iso-9001',
      ]) {
        const expected = adviceFromCommandLine(query, locale);
        await openPage(page, `${prefix(locale)}/advisor?${query}`);
        await expect(recommendations(page)).toHaveCount(expected.recommendations.length);
        for (const [i, r] of expected.recommendations.entries()) {
          const item = recommendations(page).nth(i);
          await expect(item).toHaveAttribute('data-standard', r.id);
          await expect(item.getByRole('heading')).toContainText(String(r.score));
          await expect(item.getByRole('listitem')).toHaveText([...r.reasons, ...r.caveats]);
        }
        for (const n of expected.notRecommended) {
          await expect(page.locator(`tr[data-standard="${n.id}"] td`)).toHaveText(n.reasons.join(' '));
        }
        const roadmap = page.getByRole('table', {name: /Roadmap|路线图/}).locator('tbody tr');
        await expect(roadmap).toHaveCount(expected.roadmap.length);
        expect(await roadmap.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-standard')))).toEqual(
          expected.roadmap.map((s) => s.id),
        );
      }
    });
  }

  test('updates the advice and its address as the user answers, and restores both on reload', async ({page}) => {
    await openPage(page, '/advisor');
    await expect(page.getByText('Choose at least one goal to see recommendations.')).toBeVisible();
    await page.getByRole('checkbox', {name: 'Payment card security'}).check();
    await expect(page).toHaveURL(/goal=payment-card-security/);
    await expect(recommendations(page)).toHaveCount(1);
    await expect(recommendations(page).first()).toHaveAttribute('data-standard', 'pci-dss');

    await page.getByRole('checkbox', {name: 'Customer experience'}).check();
    await page.getByLabel('Industry').selectOption('public-sector');
    await page.getByLabel('Add a country').selectOption('GB');
    await expect(page.getByRole('button', {name: 'Remove United Kingdom'})).toBeVisible();
    await expect(page).toHaveURL(/industry=public-sector/);
    await expect(page).toHaveURL(/country=GB/);
    await expect(recommendations(page).first()).toHaveAttribute('data-standard', 'customer-service-excellence');

    await page.reload();
    await page.locator('html[data-hydrated="true"]').waitFor();
    await expect(page.getByRole('checkbox', {name: 'Customer experience'})).toBeChecked();
    await expect(page.getByLabel('Industry')).toHaveValue('public-sector');
    await expect(recommendations(page).first()).toHaveAttribute('data-standard', 'customer-service-excellence');

    await page.getByRole('button', {name: 'Remove United Kingdom'}).click();
    await expect(page).not.toHaveURL(/country=/);
  });

  test('prints the advice with the answers and without the form', async ({page}) => {
    await openPage(page, `/zh-Hans/advisor?${CHINESE_BANK}`);
    await expect(recommendations(page).first()).toBeVisible();
    await page.emulateMedia({media: 'print'});
    await expect(page.locator('form.advisor-form')).toBeHidden();
    await expect(page.getByRole('navigation').first()).toBeHidden();
    await expect(page.getByRole('button', {name: '打印此建议'})).toBeHidden();
    await expect(page.locator('.advisor-summary')).toBeVisible();
    await expect(page.locator('.advisor-summary')).toContainText('银行');
    await expect(page.locator('.advisor-summary')).toContainText('CNY 500000');
    await expect(page.getByRole('table', {name: '路线图'})).toBeVisible();
  });

  test('shows what it did not understand in a hostile link, and runs none of it', async ({page}) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const payloads = {
      goal: '<script>window.__pwned=1</script>',
      industry: '"><img src=x onerror="window.__pwned=1">',
      country: '<svg onload=alert(1)>',
      budget: 'javascript:alert(1)',
      currency: "'-alert(1)-'",
      '<b onmouseover=alert(1)>x</b>': '1',
    };
    await openPage(page, `/advisor?${new URLSearchParams(payloads)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Some answers in this link are not understood');
    for (const [option, value] of Object.entries(payloads)) {
      await expect(alert).toContainText(
        option === '<b onmouseover=alert(1)>x</b>' ? `${option}: unknown option` : `${option}: "${value}" is not`,
      );
    }
    await expect(recommendations(page)).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], b[onmouseover]').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});

test('the advisor can be used with the keyboard alone', async ({page}) => {
  await openPage(page, '/advisor');
  const goal = page.getByRole('checkbox', {name: 'Complaints handling'});
  // Tab through the form from the top of the page until the goal has focus.
  for (let i = 0; i < 80 && !(await goal.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(goal).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/goal=complaints-handling/);
  await expect(recommendations(page).first()).toHaveAttribute('data-standard', 'iso-10002');
  // On to the first recommendation's link, and Enter opens its page.
  const link = recommendations(page).first().getByRole('link');
  for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/standards\/iso-10002$/);
});
