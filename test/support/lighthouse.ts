/**
 * Lighthouse on one page of the served build, in the system Chromium: a fresh headless Chromium
 * that chrome-launcher starts, the desktop preset. Used by the Lighthouse spec (one run a page) and
 * by the Lighthouse bench (the median of three, as Lighthouse's guidance on variance advises).
 */
import {launch} from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** The key pages, and the scores each must reach: performance 95, accessibility 100. */
export const KEY_PAGES = [
  '/',
  '/compare',
  '/zh-Hans/advisor?goal=customer-experience&country=CN&currency=CNY&budget=500000',
  '/zh-Hans/standards/cccs-op',
];
export const BUDGETS = {performance: 0.95, accessibility: 1};

export interface Audit {
  scores: Record<string, number>;
  /** The ids of the binary audits that failed. */
  failing: string[];
}

export async function audit(baseUrl: string, path: string): Promise<Audit> {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const result = await lighthouse(
      `${baseUrl}${path}`,
      {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGETS)},
      {
        extends: 'lighthouse:default',
        settings: {
          formFactor: 'desktop',
          screenEmulation: {mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false},
          throttlingMethod: 'simulate',
          throttling: {
            rttMs: 40,
            throughputKbps: 10240,
            cpuSlowdownMultiplier: 1,
            requestLatencyMs: 0,
            downloadThroughputKbps: 0,
            uploadThroughputKbps: 0,
          },
        },
      },
    );
    const scores = Object.fromEntries(Object.keys(BUDGETS).map((c) => [c, result!.lhr.categories[c].score ?? 0]));
    const failing = Object.values(result!.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    return {scores, failing};
  } finally {
    chrome.kill();
  }
}
