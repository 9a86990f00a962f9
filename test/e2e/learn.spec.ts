/**
 * The learning path (/learn) as a trainer and a learner meet it, in every locale: the lessons from
 * the navbar, a term linked to its glossary entry, a quiz taken with the keyboard alone (right or
 * wrong shown with the fact and its source, the score kept in this browser and cleared on request),
 * the glossary found by search, and axe on a lesson (with an answer shown) and on the glossary.
 * The words expected are written here as a reader reads them, not taken from the data.
 */
import {localePath} from '../../src/core/paths';
import {LOCALES, type Locale} from '../../src/core/vocabulary';
import {axeViolations} from './axe';
import {expect, openPage, test} from './fixtures';

const WORDS: Record<
  Locale,
  {
    learn: string;
    firstLesson: string;
    glossary: string;
    check: string;
    verdict: RegExp;
    score: RegExp;
    restart: string;
    search: string;
    term: string;
    reveal: string;
    learnt: RegExp;
  }
> = {
  en: {
    learn: 'Learn',
    firstLesson: 'Standards, certification and accreditation',
    glossary: 'Glossary',
    check: 'Check the answer',
    verdict: /^(Right\.|Not quite: the answer is .+\.)/,
    score: /Score: [01] right of 1 answered \(\d+ questions\)\./,
    restart: 'Start again',
    search: 'surveillance audit',
    term: 'surveillance audit',
    reveal: 'Show the answer',
    learnt: /; 1 of \d+ learnt\./,
  },
  'zh-Hans': {
    learn: '学习',
    firstLesson: '标准、认证与认可',
    glossary: '术语表',
    check: '核对答案',
    verdict: /^(答对了。|不对：正确答案是 .+。)/,
    score: /得分：已答 1 题，答对 [01] 题（共 \d+ 题）。/,
    restart: '重新开始',
    search: '监督审核',
    term: '监督审核',
    reveal: '显示答案',
    learnt: /已掌握 1 张/,
  },
  'zh-Hant': {
    learn: '學習',
    firstLesson: '標準、驗證與認證',
    glossary: '術語表',
    check: '核對答案',
    verdict: /^(答對了。|不對：正確答案是 .+。)/,
    score: /得分：已答 1 題，答對 [01] 題（共 \d+ 題）。/,
    restart: '重新開始',
    search: '監督稽核',
    term: '監督稽核',
    reveal: '顯示答案',
    learnt: /已掌握 1 張/,
  },
};

for (const locale of LOCALES) {
  const words = WORDS[locale];

  test(`in ${locale}, the navbar leads to the learning path, whose sidebar lists the lessons, the glossary and the quiz`, async ({
    sharedPage: page,
  }) => {
    await openPage(page, localePath('/', locale));
    await page.getByRole('navigation').getByRole('link', {name: words.learn, exact: true}).first().click();
    await expect(page).toHaveURL(new RegExp(`${localePath('/learn', locale)}$`));
    const sidebar = page.getByRole('navigation', {name: /docs sidebar|文档侧边栏|文件側邊欄/i});
    await expect(sidebar.getByRole('link')).toHaveCount(10);
    await expect(sidebar.getByRole('link', {name: words.firstLesson})).toBeVisible();
    await expect(sidebar.getByRole('link', {name: words.glossary})).toBeVisible();
  });

  test(`in ${locale}, a quiz is taken with the keyboard alone, shows right or wrong with the fact and its source, and keeps its score in this browser`, async ({
    sharedPage: page,
  }) => {
    const path = localePath('/learn/who-is-certified', locale);
    await openPage(page, path);
    const quiz = page.locator('section[aria-labelledby^="quiz-"]');
    const first = quiz.getByRole('listitem').first();
    // Keyboard only: focus the first choice, move to the second with an arrow, then Tab to the button.
    await first.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(first.getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(first.getByRole('button', {name: words.check})).toBeFocused();
    await page.keyboard.press('Enter');
    const feedback = first.locator('[aria-live="polite"]');
    await expect(feedback).toContainText(words.verdict);
    // The fact behind the answer names its source, as a link or a citation.
    await expect(feedback.locator('a[title], cite[title]').first()).toBeVisible();
    await expect(quiz.getByRole('status')).toContainText(words.score);
    await test.step('axe, with an answer shown', async () => expect(await axeViolations(page, path)).toEqual([]));

    // The answer is still there after a reload: it was kept in this browser, and nothing else was sent.
    await page.reload();
    await page.locator('html[data-hydrated="true"]').waitFor();
    await expect(quiz.getByRole('status')).toContainText(words.score);
    await expect(first.getByRole('radio').first()).toBeDisabled();
    await quiz.getByRole('button', {name: words.restart}).click();
    await expect(first.getByRole('radio').first()).toBeEnabled();
    await expect(first.getByRole('button', {name: words.check})).toBeDisabled();
  });

  test(`in ${locale}, a lesson links a term to its glossary entry, and search finds the glossary's terms`, async ({
    sharedPage: page,
  }) => {
    await openPage(page, localePath('/learn/audit-cycle', locale));
    const term = page.locator('main article a[href*="/learn/glossary#term-surveillance-audit"]').first();
    await term.click();
    await expect(page).toHaveURL(/\/learn\/glossary#term-surveillance-audit$/);
    const entry = page.locator('#term-surveillance-audit');
    await expect(entry).toBeInViewport();
    await expect(entry).toHaveText(words.term);
    await expect(entry.locator('xpath=following-sibling::dd[1]')).not.toBeEmpty();
    await test.step('axe on the glossary', async () =>
      expect(await axeViolations(page, localePath('/learn/glossary', locale))).toEqual([]));

    await openPage(page, `${localePath('/search', locale)}?q=${encodeURIComponent(words.search)}`);
    const group = page.getByRole('region', {name: words.glossary});
    await expect(group.getByRole('link').first()).toHaveAttribute('href', /\/learn\/glossary#term-surveillance-audit$/);
  });
}

for (const locale of LOCALES) {
  const words = WORDS[locale];
  test(`in ${locale}, a flashcard is flipped and graded with the keyboard, and the progress stays after a reload`, async ({
    sharedPage: page,
  }) => {
    await openPage(page, localePath('/learn/flashcards', locale));
    const cards = page.locator('section[aria-labelledby="flashcards-heading"]');
    const front = cards.locator('article p').first();
    const first = await front.textContent();
    await cards.getByRole('button', {name: words.reveal}).focus();
    await page.keyboard.press('Enter');
    // The answer, its sources and the four grades.
    await expect(cards.getByRole('listitem').first()).not.toBeEmpty();
    await expect(cards.getByRole('group').getByRole('button')).toHaveCount(4);
    await page.keyboard.press('3');
    await expect(cards.getByRole('status')).toContainText(words.learnt);
    await expect(front).not.toHaveText(first!);
    await expect(cards.getByRole('button', {name: words.reveal})).toBeFocused();

    await page.reload();
    await page.locator('html[data-hydrated="true"]').waitFor();
    await expect(cards.getByRole('status')).toContainText(words.learnt);
  });
}
