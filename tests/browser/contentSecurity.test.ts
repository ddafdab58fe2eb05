// The production build under its strict Content-Security-Policy (public/_headers, sent by the test server):
// no violation reported by Chromium while the app is used, and no request leaves the machine.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('content security policy', () => {
  it('is sent, and the app runs under it with zero violations', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    const response = await page.goto((await import('vitest')).inject('appUrl'));
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    // use the app: search, add, units, chart, measure
    const input = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
    await input.click();
    await input.pressSequentially('kyiv');
    await input.press('Enter');
    await page.locator('.units label', { hasText: 'mi' }).first().click();
    const map = (await page.locator('.range-map').boundingBox())!;
    await page.mouse.click(map.x + map.width * 0.3, map.y + map.height * 0.5);
    await page.waitForTimeout(1500);
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    await context.close();
  });

  it('is used by openApp pages too (the same server), with no error', async () => {
    const { page, watch } = await openApp(browser);
    await page.waitForTimeout(800);
    expect(watch.errors).toEqual([]);
  });
});
