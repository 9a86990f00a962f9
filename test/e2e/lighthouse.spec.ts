/**
 * Lighthouse budgets on the key pages (test/support/lighthouse.ts): performance at least 95 with the
 * desktop preset, accessibility 100. One run a page; a page whose run misses a budget gets two more.
 * Accessibility must hold in every run. Performance is judged on the best run: on a shared 2-core
 * machine the noise is one-sided (other work only adds blocking time), and /compare measured 0.91
 * to 0.99 on one unchanged build. `npm run bench` reports the median of three and the metrics.
 */
import {expect, test} from '@playwright/test';
import {BASE_URL} from '../playwright.config';
import {type Audit, BUDGETS, KEY_PAGES, audit} from '../support/lighthouse';

test.describe.configure({mode: 'serial'});

/** What a category's runs score: the best for performance (see above), the worst for the rest. */
const judged = (runs: Audit[], category: string) => {
  const scores = runs.map((r) => r.scores[category]);
  return category === 'performance' ? Math.max(...scores) : Math.min(...scores);
};
const categories = Object.keys(BUDGETS) as (keyof typeof BUDGETS)[];
const meetsBudgets = (runs: Audit[]) => categories.every((c) => judged(runs, c) >= BUDGETS[c]);

for (const path of KEY_PAGES) {
  test(`${path} scores at least ${BUDGETS.performance * 100} for performance and 100 for accessibility in Lighthouse`, async () => {
    test.setTimeout(240_000);
    const runs = [await audit(BASE_URL, path)];
    if (!meetsBudgets(runs)) runs.push(await audit(BASE_URL, path), await audit(BASE_URL, path));
    const failing = [...new Set(runs.flatMap((r) => r.failing))];
    for (const category of categories) {
      const budget = BUDGETS[category];
      const scores = runs.map((r) => r.scores[category]).join(', ');
      const metrics = runs.map((r) => JSON.stringify(r.metrics)).join('; ');
      expect(
        judged(runs, category),
        `${category}: ${scores} (failing audits: ${failing.join(', ') || 'none'}; ${metrics})`,
      ).toBeGreaterThanOrEqual(budget);
    }
  });
}
