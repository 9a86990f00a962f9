import {expect, test} from '@playwright/test';
import {openPage} from './fixtures';

// Every other spec fails on a console error, and a refused script is one: the whole suite runs under
// the policy. This one provokes refusals on purpose, so it uses Playwright's plain page and expects them.
for (const path of ['/', '/zh-Hans/advisor?goal=customer-experience']) {
  test(`the page at ${path} carries a Content Security Policy that refuses injected inline scripts and other origins`, async ({
    page,
  }) => {
    const refused: string[] = [];
    // The policy's refusals (the suite's blocked service workers log an error of their own, fixtures.ts).
    page.on(
      'console',
      (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()) && refused.push(m.text()),
    );
    await openPage(page, path);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);

    // What a successful injection would do: add an inline script, and load one from elsewhere.
    const ran = await page.evaluate(async () => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__injected = true;';
      document.body.append(inline);
      const foreign = document.createElement('script');
      foreign.src = 'http://127.0.0.2:9/evil.js';
      const loaded = new Promise<string>((resolve) => {
        foreign.onload = () => resolve('loaded');
        foreign.onerror = () => resolve('blocked');
      });
      document.body.append(foreign);
      return {inline: (window as unknown as {__injected?: boolean}).__injected === true, foreign: await loaded};
    });
    expect(ran).toEqual({inline: false, foreign: 'blocked'});
    expect(refused).toHaveLength(2);
    expect(refused.join('\n')).toMatch(/Executing inline script violates the following Content Security Policy/);
    expect(refused.join('\n')).toMatch(/Loading the script 'http:\/\/127\.0\.0\.2:9\/evil\.js' violates/);
  });
}
