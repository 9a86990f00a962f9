/**
 * The `page` every spec uses: it fails the test on any console error, uncaught page error, or
 * request to a host other than the site's own (127.0.0.1). `sharedPage` is the same, for specs that
 * only read the pages they open: one page per worker, navigated from test to test.
 */
import {type Page, test as base, expect} from '@playwright/test';
import {BASE_URL} from '../playwright.config';

const ALLOWED_HOST = '127.0.0.1';

/** Collects the page's console errors, page errors and third-party requests until `stop()`. */
function watch(page: Page): {problems: string[]; stop: () => void} {
  const problems: string[] = [];
  const onConsole = (message: import('@playwright/test').ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onRequest = (request: import('@playwright/test').Request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== ALLOWED_HOST) {
      problems.push(`request to a third party: ${request.url()}`);
    }
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  return {
    problems,
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
    },
  };
}

export const test = base.extend<{page: Page; sharedPage: Page}, {workerPage: Page}>({
  page: async ({page}, use) => {
    const {problems} = watch(page);
    await use(page);
    expect(problems, 'console errors, page errors and third-party requests').toEqual([]);
  },
  // A new page costs about a second here (Chromium starts a renderer for it), against half a second
  // to navigate one already open: the walks over every page share one per worker. Playwright starts
  // a new worker after a failed test, so a failure never leaves its page to the next test.
  workerPage: [
    async ({browser}, use) => {
      const context = await browser.newContext({baseURL: BASE_URL});
      await use(await context.newPage());
      await context.close();
    },
    {scope: 'worker'},
  ],
  sharedPage: async ({workerPage}, use) => {
    const {problems, stop} = watch(workerPage);
    await use(workerPage);
    stop();
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
