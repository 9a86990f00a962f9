/**
 * Lighthouse budgets on the key pages (test/support/lighthouse.ts): performance at least 95 with the
 * desktop preset, accessibility 100. One run a page; `npm run bench` gives the median of three.
 */
import {expect, test} from '@playwright/test';
import {BASE_URL} from '../playwright.config';
import {BUDGETS, KEY_PAGES, audit} from '../support/lighthouse';

test.describe.configure({mode: 'serial'});

for (const path of KEY_PAGES) {
  test(`${path} scores at least 95 for performance and 100 for accessibility in Lighthouse`, async () => {
    test.setTimeout(120_000);
    const {scores, failing} = await audit(BASE_URL, path);
    for (const [category, budget] of Object.entries(BUDGETS)) {
      expect(scores[category], `${category} (failing audits: ${failing.join(', ') || 'none'})`).toBeGreaterThanOrEqual(budget);
    }
  });
}
