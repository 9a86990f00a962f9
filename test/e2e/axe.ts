/**
 * axe, as every spec runs it: every rule of WCAG 2.0, 2.1 and 2.2 at levels A and AA, on the page
 * as it stands; the violations, named by where they were found.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Legacy mode runs axe in the page itself; the default opens a second, blank page to merge the
 * results of every frame, which doubles the time of each audit here. The site has no frames, so
 * legacy mode audits exactly as much.
 *
 * `resultTypes: ['violations']` changes what axe reports, not what it checks: every rule still
 * runs on every node, and each violation comes with all its nodes, but the rules that pass (or are
 * left for review, or do not apply) are reported with one node each instead of all of them. On a
 * standard's page that is some 700 kB of results fewer, and about a third of the audit's time,
 * most of it spent writing a selector for each passing node. Options go before the tags:
 * `options()` replaces the whole set, tags included.
 */
const axe = (page: Page) =>
  new AxeBuilder({page})
    .options({resultTypes: ['violations']})
    .withTags(TAGS)
    .setLegacyMode(true);

/** axe's violations on the page as it stands, each as `where: rule (nodes) first node`. */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  const {violations} = await axe(page).analyze();
  return violations.map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}
