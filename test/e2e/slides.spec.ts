/**
 * Slides, as a trainer projects them, in every locale: a lesson opened from its page as a deck and
 * moved through with the arrow keys, its slides the lesson's own sections; a standard's deck from
 * its facts; an address naming no deck says so and offers the decks there are; a standard's and a
 * lesson's deck print as a one-page handout. axe audits a deck.
 */
import type {Page} from '@playwright/test';
import {localePath} from '../../src/core/paths';
import {LOCALES, type Locale} from '../../src/core/vocabulary';
import {axeViolations} from './axe';
import {expect, openPage, test} from './fixtures';

const WORDS: Record<Locale, {present: string; glance: string; unknown: RegExp; core: string; holding: string}> = {
  en: {
    present: 'Present as slides',
    glance: 'At a glance',
    unknown: /There is no deck for standard=nope/,
    core: 'is the shared core of',
    holding: 'holding',
  },
  'zh-Hans': {
    present: '以幻灯片放映',
    glance: '要点一览',
    unknown: /没有与 standard=nope 对应的幻灯片/,
    core: '的共同核心',
    holding: '持有',
  },
  'zh-Hant': {
    present: '以幻燈片放映',
    glance: '要點一覽',
    unknown: /沒有與 standard=nope 對應的幻燈片/,
    core: '的共同核心',
    holding: '持有',
  },
};

/** The slide on screen. */
const current = (page: Page) => page.locator('.reveal .slides > section.present');

/** Until reveal.js has laid the deck out. */
const deckReady = (page: Page) => page.locator('.reveal[data-ready="true"]').waitFor();

for (const locale of LOCALES) {
  const words = WORDS[locale];

  test(`in ${locale}, a lesson is presented from its page as slides of its own sections, moved through with the arrow keys`, async ({
    sharedPage: page,
  }) => {
    await openPage(page, localePath('/learn/kinds-of-standards', locale));
    const title = (await page.getByRole('heading', {level: 1}).textContent())!.trim();
    const sections = (await page.locator('article h2').allTextContents()).map((t) => t.replace(/\u200b/g, '').trim());
    await page.getByRole('link', {name: words.present}).click();
    await expect(page).toHaveURL(/\/slides\?lesson=kinds-of-standards$/);
    await deckReady(page);
    await expect(current(page).getByRole('heading', {level: 1})).toHaveText(title);
    await page.keyboard.press('ArrowRight');
    await expect(current(page).getByRole('heading', {level: 2})).toHaveText(sections[0]);
    await page.keyboard.press('ArrowRight');
    await expect(current(page).getByRole('heading', {level: 2})).toHaveText(sections[1]);
    await page.keyboard.press('ArrowLeft');
    await expect(current(page).getByRole('heading', {level: 2})).toHaveText(sections[0]);
  });

  test(`in ${locale}, a standard's deck shows its facts with their sources, and an unknown deck is named`, async ({
    sharedPage: page,
  }) => {
    await openPage(page, `${localePath('/slides', locale)}?standard=copc`);
    await deckReady(page);
    await expect(current(page).getByRole('heading', {level: 1})).toHaveText('COPC');
    await page.keyboard.press('ArrowRight');
    await expect(current(page).getByRole('heading', {level: 2})).toHaveText(words.glance);
    await expect(current(page).locator('dd').first()).toContainText(/\d{4}/);
    if (locale === 'en')
      await test.step('axe', async () => expect(await axeViolations(page, '/slides?standard=copc')).toEqual([]));

    await openPage(page, localePath('/learn/audit-cycle', locale));
    const lessonTitle = (await page.getByRole('heading', {level: 1}).textContent())!.trim();
    await openPage(page, `${localePath('/slides', locale)}?standard=nope`);
    await expect(page.getByRole('alert')).toContainText(words.unknown);
    // The decks there are, each lesson by its title in the reader's language.
    await expect(page.getByRole('link', {name: lessonTitle, exact: true})).toHaveAttribute(
      'href',
      /slides\?lesson=audit-cycle$/,
    );
    await expect(page.getByRole('link', {name: 'COPC', exact: true})).toHaveAttribute('href', /slides\?standard=copc$/);
  });
}

for (const locale of LOCALES) {
  test(`in ${locale}, the deck of the Harmonized Structure towards ISO 9001 asks and says how much of ISO 9001 is its shared core, not what "holding" it covers`, async ({
    sharedPage: page,
  }) => {
    const words = WORDS[locale];
    await openPage(page, `${localePath('/slides', locale)}?gap=harmonized-structure--iso-9001`);
    await deckReady(page);
    await expect(current(page).locator('p').first()).toContainText(words.core);
    await page.keyboard.press('ArrowRight');
    await expect(current(page).getByRole('heading', {level: 2})).toContainText(words.core);
    await expect(current(page).getByRole('heading', {level: 2})).toContainText(/\d+%/);
    await expect(current(page).getByRole('heading', {level: 2})).not.toContainText(new RegExp(words.holding, 'i'));
  });
}

test('on a phone in the dark theme, a deck (reveal.js turns it into a scroll of pages) reads light on dark, as axe checks', async ({
  sharedPage: page,
}) => {
  await page.setViewportSize({width: 390, height: 844});
  await page.emulateMedia({colorScheme: 'dark'});
  await openPage(page, '/slides?gap=harmonized-structure--iso-9001');
  await deckReady(page);
  expect(await axeViolations(page, '/slides?gap=… at 390 px, dark')).toEqual([]);
});

/** The pages of a PDF Chromium printed (each page object is "/Type /Page", the tree "/Type /Pages"). */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

for (const [what, path] of [
  ["a standard's", '/slides?standard=copc'],
  ["a lesson's", '/slides?lesson=audit-cycle'],
] as const) {
  test(`${what} deck prints as a one-page A4 handout`, async ({sharedPage: page}) => {
    await openPage(page, path);
    await deckReady(page);
    const pdf = await page.pdf({format: 'A4', margin: {top: '15mm', bottom: '15mm', left: '15mm', right: '15mm'}});
    expect(pageCount(pdf)).toBe(1);
  });
}
