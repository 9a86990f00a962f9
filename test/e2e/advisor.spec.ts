import {type Page} from '@playwright/test';
import {adviseCommand} from '../../plugins/standards-compiler/cli/adviseCommand';
import {compileStandards} from '../../plugins/standards-compiler/compile';
import {expect, openPage, test} from './fixtures';

const prefix = (locale: 'en' | 'zh-Hans') => (locale === 'en' ? '' : '/zh-Hans');

/**
 * The advice the command line gives for the same answers, as JSON (`npm run advise -- --json`),
 * run in this process as the unit tests run it: the command is adviseCommand.ts, and the data it
 * reads is compiled once per worker rather than once per run (six runs of a few seconds each were
 * most of this spec's time).
 */
let compiled: ReturnType<typeof compileStandards> | undefined;
async function adviceFromCommandLine(query: string, locale: 'en' | 'zh-Hans') {
  const args = [...new URLSearchParams(query)].flatMap(([k, v]) => [`--${k}`, v]);
  const result = await adviseCommand(
    [...args, '--locale', locale, '--json'],
    await (compiled ??= compileStandards(process.cwd())),
  );
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as {
    pick: {id: string; sentence: string} | null;
    runnerUp: {id: string; sentence: string} | null;
    recommendations: {id: string; score: number; reasons: string[]; caveats: string[]; estimate?: {method: string}}[];
    guidance: {id: string; why: string}[];
    notRecommended: {id: string; reasons: string[]}[];
    roadmap: {id: string}[];
  };
}

const recommendations = (page: Page) => page.getByRole('list', {name: /Recommended|推荐/}).locator(':scope > li');
const recommendation = (page: Page, name: string) =>
  recommendations(page).filter({has: page.getByRole('heading', {name, exact: true})});
const inShort = (page: Page) => page.getByRole('region', {name: /In short|概要/});

const CHINESE_BANK =
  'industry=banking&operation=in-house&country=CN&budget=800000&currency=CNY&months=12&goal=operational-performance&goal=customer-experience';

test.describe('the advisor', () => {
  for (const locale of ['en', 'zh-Hans'] as const) {
    test(`leads a Chinese bank with CCCS-OP, whose price fits, and keeps COPC in view as over budget (${locale})`, async ({
      page,
    }) => {
      await openPage(page, `${prefix(locale)}/advisor?${CHINESE_BANK}`);
      await expect(
        inShort(page).getByText(locale === 'en' ? /^First choice: CCCS-OP\./ : /^首选：CCCS-OP。/),
      ).toBeVisible();
      await expect(recommendations(page).first().getByRole('heading')).toContainText('CCCS-OP');
      const copc = recommendation(page, 'COPC');
      await expect(copc).toContainText(
        locale === 'en' ? 'is over your budget of CNY 800,000: get a quote' : '超出您的预算 CNY 800,000：请先询价',
      );
      // The 2008 figure as its source gave it, in the method, beside today's price.
      await expect(copc).toContainText('CNY 1,200,000');
    });

    test(`sends an in-house telecom centre in Malaysia to customer-care schemes, and ISO 10002 under guidance (${locale})`, async ({
      page,
    }) => {
      await openPage(
        page,
        `${prefix(locale)}/advisor?operation=in-house&industry=telecom&seats=600&country=MY&budget=300k&months=18&goal=operational-performance&goal=customer-experience&has=iso-9001`,
      );
      await expect(page.locator('.advisor-pick')).toContainText(locale === 'en' ? 'First choice: COPC' : '首选：COPC');
      await expect(inShort(page)).toContainText(locale === 'en' ? 'Runner-up: ISO 18295' : '次选：ISO 18295');
      await expect(recommendation(page, 'HDI SCC')).toHaveCount(0);
      await expect(page.locator('tr[data-standard="hdi-support-center"] td')).toContainText(
        locale === 'en' ? 'Written for IT support centres and help desks' : 'IT 支持中心和服务台',
      );
      const guidance = page.getByRole('list', {name: /Guidance to adopt|可采用的指南/});
      await expect(guidance.getByRole('link', {name: 'ISO 10002'})).toBeVisible();
      await expect(page.getByText(/covers 100%|覆盖 100%（/)).toHaveCount(0);
      await expect(page.locator('.advisor-roadmap-checks')).toContainText(
        locale === 'en'
          ? 'Over your budget of MYR 300,000 even on the low estimates'
          : '即便按低端估计，也超出您的预算 MYR 300,000',
      );
    });

    test(`shows the same advice as the command line, reason for reason (${locale})`, async ({page}) => {
      for (const query of [
        CHINESE_BANK,
        'for=individual&country=GB&currency=GBP&goal=it-service-management&goal=knowledge-management',
        'operation=outsourcer&country=IN&currency=INR&goal=win-outsourcing-clients&has=iso-9001',
      ]) {
        const expected = await adviceFromCommandLine(query, locale);
        await openPage(page, `${prefix(locale)}/advisor?${query}`);
        await expect(recommendations(page)).toHaveCount(expected.recommendations.length);
        await expect(page.locator('.advisor-pick')).toHaveText(expected.pick!.sentence);
        if (expected.runnerUp) await expect(page.locator('.advisor-runner-up')).toHaveText(expected.runnerUp.sentence);
        for (const [i, r] of expected.recommendations.entries()) {
          const item = recommendations(page).nth(i);
          await expect(item).toHaveAttribute('data-standard', r.id);
          await expect(item.getByRole('listitem')).toHaveText([...r.reasons, ...r.caveats]);
          await expect(item.getByRole('group')).toContainText(String(r.score));
          if (r.estimate) await expect(item.locator('.advisor-method')).toContainText(r.estimate.method);
        }
        for (const g of expected.guidance) {
          await expect(page.locator(`.advisor-guidance > li[data-standard="${g.id}"]`)).toContainText(g.why);
        }
        for (const n of expected.notRecommended) {
          await expect(page.locator(`tr[data-standard="${n.id}"] .advisor-why-not`)).toHaveText(n.reasons.join(' '));
        }
        const roadmap = page.getByRole('table', {name: /What may follow|后续可考虑/}).locator('tbody tr');
        await expect(roadmap).toHaveCount(expected.roadmap.length > 1 ? expected.roadmap.length : 0);
        if (expected.roadmap.length > 1)
          expect(await roadmap.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-standard')))).toEqual(
            expected.roadmap.map((s) => s.id),
          );
      }
    });
  }

  for (const locale of ['en', 'zh-Hans'] as const) {
    const words = {
      en: {
        budget: 'Budget',
        currency: 'Currency',
        addCountry: 'Add a country',
        over: 'over your budget of',
        read: 'Read as',
      },
      'zh-Hans': {budget: '预算', currency: '币种', addCountry: '添加国家或地区', over: '超出您的预算', read: '读作'},
    }[locale];
    const copcRow = (page: Page) => recommendation(page, 'COPC');

    test(`ignores the tracking parameters a shared link gathers (${locale})`, async ({page}) => {
      await openPage(page, `${prefix(locale)}/advisor?${CHINESE_BANK}&utm_source=x&fbclid=y&gclid=z`);
      await expect(recommendations(page).first().getByRole('heading')).toContainText('CCCS-OP');
      await expect(copcRow(page)).toContainText(`${words.over} CNY 800,000`);
      await expect(page.getByRole('alert')).toHaveCount(0);
      const command = page.locator('.advisor-command code');
      await expect(command).toContainText('--budget 800000');
      await expect(command).not.toContainText(/utm_source|fbclid|gclid/);
    });

    test(`names a budget it cannot read beside its field and advises on the other answers (${locale})`, async ({
      page,
    }) => {
      await openPage(page, `${prefix(locale)}/advisor?${CHINESE_BANK.replace('budget=800000', 'budget=300x')}`);
      const budget = page.getByLabel(words.budget, {exact: true});
      await expect(budget).toHaveValue('300x');
      await expect(budget).toHaveAccessibleDescription(
        locale === 'en' ? /"300x" is not an amount.*300k/ : /“300x”不是.*金额.*300k/,
      );
      await expect(page.getByRole('alert')).toContainText(`${words.budget}${locale === 'en' ? ': ' : '：'}`);
      // The advice of the other answers, the budget left out: COPC, no longer over it, leads.
      await expect(recommendations(page).first()).toHaveAttribute('data-standard', 'copc');
      await expect(page.getByText(/over your budget|超出您的预算/)).toHaveCount(0);
      await expect(page.locator('.advisor-command code')).toContainText('--industry banking');
      await expect(page.locator('.advisor-command code')).not.toContainText('--budget');
    });

    test(`reads "300k" typed in the budget field as 300,000 (${locale})`, async ({page}) => {
      await openPage(page, `${prefix(locale)}/advisor?${CHINESE_BANK.replace('budget=800000&', '')}`);
      const budget = page.getByLabel(words.budget, {exact: true});
      await budget.fill('300k');
      await expect(page).toHaveURL(/budget=300k/);
      await expect(budget).toHaveValue('300k');
      await expect(budget).toHaveAccessibleDescription(`${words.read} CNY 300,000`);
      await expect(copcRow(page)).toContainText(`${words.over} CNY 300,000`);
      await expect(page.locator('.advisor-command code')).toContainText('--budget 300000');
    });

    test(`takes the currency of the first country until the user picks one (${locale})`, async ({page}) => {
      await openPage(page, `${prefix(locale)}/advisor?goal=operational-performance`);
      const currency = page.getByLabel(words.currency, {exact: true});
      await expect(currency).toHaveValue('USD');
      await page.getByLabel(words.addCountry).selectOption('MY');
      await expect(currency).toHaveValue('MYR');
      await expect(page).not.toHaveURL(/currency=/);
      await page.getByLabel(words.budget, {exact: true}).fill('1.2m');
      await expect(page.getByLabel(words.budget, {exact: true})).toHaveAccessibleDescription(
        `${words.read} MYR 1,200,000`,
      );
      await currency.selectOption('SGD');
      await expect(page).toHaveURL(/currency=SGD/);
      await page.getByLabel(words.addCountry).selectOption('CN');
      await expect(page).toHaveURL(/country=CN/);
      await expect(currency).toHaveValue('SGD');
      await page.reload();
      await page.locator('html[data-hydrated="true"]').waitFor();
      await expect(currency).toHaveValue('SGD');
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

  for (const locale of ['en', 'zh-Hans'] as const) {
    test(`prints a board brief: date, link, situation, first choice, no form, no rule names or scores (${locale})`, async ({
      page,
    }) => {
      await openPage(page, `${prefix(locale)}/advisor?${CHINESE_BANK}&utm_source=newsletter`);
      await expect(recommendations(page).first()).toBeVisible();
      // On screen, the score is explained where it is shown; the brief is print-only.
      await expect(page.locator('.advisor-brief-head')).toBeHidden();
      await page.emulateMedia({media: 'print'});
      await expect(page.locator('form.advisor-form')).toBeHidden();
      await expect(page.getByRole('navigation').first()).toBeHidden();
      await expect(page.getByRole('button', {name: locale === 'en' ? 'Print a brief' : '打印简报'})).toBeHidden();
      const head = page.locator('.advisor-brief-head');
      await expect(head).toBeVisible();
      await expect(head).toContainText(new Date().toISOString().slice(0, 10));
      await expect(head).toContainText(`/advisor?${CHINESE_BANK.slice(0, 30)}`);
      await expect(head).toContainText(locale === 'en' ? 'Banking' : '银行');
      await expect(head).toContainText('CNY 800,000');
      await expect(inShort(page)).toBeVisible();
      await expect(page.getByText(locale === 'en' ? 'How this was weighed' : '如何权衡').first()).toBeHidden();
      await expect(page.locator('.advisor-rules').first()).toBeHidden();
      await expect(
        page.getByRole('heading', {name: locale === 'en' ? /^Left out, and why/ : /^未推荐及原因/}),
      ).toBeVisible();
      await expect(page.getByRole('heading', {name: locale === 'en' ? 'Sources' : '来源', exact: true})).toBeVisible();
    });
  }

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
      if (option === '<b onmouseover=alert(1)>x</b>') await expect(alert).not.toContainText(option);
      else await expect(alert).toContainText(`"${value}" is not`);
    }
    // The only goal is not understood, so there is nothing to advise on.
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
  // ISO 10002, written for complaints handling, is guidance to adopt: no certification scores enough alone.
  const guidance = page.getByRole('list', {name: 'Guidance to adopt (1)'});
  await expect(guidance.locator(':scope > li').first()).toHaveAttribute('data-standard', 'iso-10002');
  // On to its link, and Enter opens its page.
  const link = guidance.getByRole('link', {name: 'ISO 10002'});
  for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/standards\/iso-10002$/);
});
