/**
 * Browser tests against the production build, served on 127.0.0.1, in the system's Chromium
 * (no browser is downloaded: set CHROMIUM_PATH to use another binary).
 */
import {defineConfig} from '@playwright/test';

const PORT = Number(process.env.ATLAS_TEST_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    // The site's service worker saves the whole locale for offline use on every first visit: a
    // download each test would pay for. offline.spec.ts opens contexts of its own that allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {name: 'e2e', testIgnore: /lighthouse\.spec\.ts/},
    // Lighthouse times the page's own work: it runs alone, after every other spec, so no other
    // browser competes for the CPU while it measures.
    {name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['e2e']},
  ],
  webServer: {
    command: `npx docusaurus serve --host 127.0.0.1 --port ${PORT} --no-open`,
    cwd: '..',
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
