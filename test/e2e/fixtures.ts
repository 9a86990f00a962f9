/**
 * The `page` every spec uses: it fails the test on any console error, uncaught page error, or
 * request to a host other than the site's own (127.0.0.1).
 */
import {type Page, test as base, expect} from '@playwright/test';

const ALLOWED_HOST = '127.0.0.1';

export const test = base.extend<{page: Page}>({
  page: async ({page}, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== ALLOWED_HOST) {
        problems.push(`request to a third party: ${request.url()}`);
      }
    });
    await use(page);
    expect(problems, 'console errors, page errors and third-party requests').toEqual([]);
  },
});

export {expect};

/** Opens a path and waits until React has hydrated the page (src/clientModules/hydrated.ts). */
export async function openPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await page.locator('html[data-hydrated="true"]').waitFor();
}
