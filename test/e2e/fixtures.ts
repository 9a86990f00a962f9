/**
 * The `page` every spec uses: it fails the test on any console error, uncaught page error, or
 * request to a host other than the site's own (127.0.0.1). It is one page per worker, reset before
 * each test (`reset`), which saves a renderer's start per test; `sharedPage` is another name for it.
 */
import {type Page, test as base, expect} from '@playwright/test';
import {BASE_URL} from '../playwright.config';

const ALLOWED_HOST = '127.0.0.1';
/**
 * What the site's worker registration (@docusaurus/plugin-pwa) logs when the browser refuses it, as
 * this suite's contexts do (playwright.config.ts blocks service workers; offline.spec.ts allows them).
 */
const SERVICE_WORKER_BLOCKED = /^registerSW failed/;

/** Collects the page's console errors, page errors and third-party requests until `stop()`. */
function watch(page: Page): {problems: string[]; stop: () => void} {
  const problems: string[] = [];
  const onConsole = (message: import('@playwright/test').ConsoleMessage) => {
    if (message.type() === 'error' && !SERVICE_WORKER_BLOCKED.test(message.text()))
      problems.push(`console error: ${message.text()}`);
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

/** The viewport every test starts with, unless its file asks for another (`test.use({viewport})`). */
const DEFAULT_VIEWPORT = {width: 1280, height: 720};

/**
 * Makes the worker's page as a new one would be: no listeners or routes a test left, no emulated media, the
 * viewport the test asks for, and none of the site's storage (the theme a test chose, say).
 */
async function reset(page: Page, viewport: {width: number; height: number} | null): Promise<void> {
  page.removeAllListeners();
  await page.unrouteAll({behavior: 'ignoreErrors'});
  await page.goto('about:blank');
  await page.emulateMedia({media: null, colorScheme: null, reducedMotion: null});
  await page.setViewportSize(viewport ?? DEFAULT_VIEWPORT);
  const context = page.context();
  await context.clearCookies();
  await context.clearPermissions();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {origin: new URL(BASE_URL).origin, storageTypes: 'all'});
  await cdp.detach();
}

export const test = base.extend<{page: Page; sharedPage: Page}, {workerPage: Page}>({
  // A new page costs about a second here (Chromium starts a renderer for it), against a fraction of
  // that to reset and navigate one already open: every test uses its worker's page, reset first.
  // Playwright starts a new worker after a failed test, so a failure never leaves its page to the next.
  workerPage: [
    async ({browser}, use) => {
      const context = await browser.newContext({baseURL: BASE_URL, viewport: DEFAULT_VIEWPORT});
      await use(await context.newPage());
      await context.close();
    },
    {scope: 'worker'},
  ],
  page: async ({workerPage, viewport}, use) => {
    await reset(workerPage, viewport);
    const {problems, stop} = watch(workerPage);
    await use(workerPage);
    stop();
    expect(problems, 'console errors, page errors and third-party requests').toEqual([]);
  },
  // The walks over every page name it so: the same page, reset the same way.
  sharedPage: async ({page}, use) => use(page),
});

export {expect};

/** Opens a path and waits until React has hydrated the page (src/clientModules/hydrated.ts). */
export async function openPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await page.locator('html[data-hydrated="true"]').waitFor();
}
